package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Directive is one //apierrlint:ignore comment.
type Directive struct {
	Pos    token.Pos
	Line   int
	Rule   string // the rule it names, or "all"
	Reason string // empty when the directive has none

	groupEnd token.Pos // the end of the comment group it is in
}

// Directives returns the //apierrlint:ignore comments of f, in order. A
// bare "//apierrlint:ignore" names no rule and is returned with Rule "".
func Directives(fset *token.FileSet, f *ast.File) []Directive {
	var ds []Directive
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			rest, ok := strings.CutPrefix(cm.Text, "//apierrlint:ignore")
			if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
				continue
			}
			d := Directive{Pos: cm.Slash, Line: fset.Position(cm.Slash).Line, groupEnd: cg.End()}
			fields := strings.Fields(rest)
			if len(fields) > 0 {
				d.Rule = fields[0]
				d.Reason = strings.Join(fields[1:], " ")
			}
			ds = append(ds, d)
		}
	}
	return ds
}

// Options says what Check reports besides the rule's own findings.
type Options struct {
	// All makes the rule also report the directives that name "all"
	// without a reason; exactly one rule of a run should set it.
	All bool
	// Unused reports the directives naming the rule that silence nothing.
	Unused bool
}

// Check wraps the Run of a, a rule's analyzer, so that the rule's
// findings pass through the suppression directives: a finding covered by
// //nolint:apierrlint (or //nolint:<rule>, //nolint:all), or by
// //apierrlint:ignore <rule> <reason> (or all), is dropped. A directive
// covers the statement it is attached to (see the package comment). The
// reason is required: a directive without one silences nothing and is
// reported itself, as is, with opts.Unused, a directive naming the rule
// that silences nothing. A nolint directive meant for the rule that
// golangci-lint reads as naming another linter (//nolint:errdrop because)
// is reported too (misspeltNolint). Check changes a in place and returns it, with a
// flag -unused-directives that sets opts.Unused. The rules report every
// finding and leave the directives to Check.
func Check(a *analysis.Analyzer, opts Options) *analysis.Analyzer {
	rule, run := a.Name, a.Run
	a.Flags.BoolVar(&opts.Unused, "unused-directives", opts.Unused,
		"report //apierrlint:ignore directives for the rule that silence nothing")
	a.Run = func(pass *analysis.Pass) (any, error) {
		// A cover is the span of one directive: of active[dir], or, when
		// dir is -1, of a //nolint comment.
		type cover struct {
			span
			dir int
		}
		covers := make(map[*token.File][]cover)
		var active []Directive // reasoned directives naming the rule or all
		for _, f := range pass.Files {
			anchors, bad := nolints(f, rule, opts.All)
			for _, m := range bad {
				pass.Report(analysis.Diagnostic{Pos: m.pos, Category: "directive",
					Message: fmt.Sprintf("nolint directive silences nothing: golangci-lint reads %q as a linter name; write the reason after //, as in //nolint:%s // <reason>", m.read, m.meant)})
			}
			dirs := make([]int, len(anchors))
			for i := range dirs {
				dirs[i] = -1
			}
			for _, d := range Directives(pass.Fset, f) {
				switch {
				case d.Rule == "" && opts.All:
					pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "directive",
						Message: "apierrlint:ignore directive names no rule: write //apierrlint:ignore <rule> <reason>"})
				case d.Reason == "" && (d.Rule == rule || d.Rule == "all" && opts.All):
					pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "directive",
						Message: fmt.Sprintf("apierrlint:ignore directive has no reason and silences nothing: write why after the rule name (//apierrlint:ignore %s <reason>)", d.Rule)})
				case d.Reason != "" && (d.Rule == rule || d.Rule == "all"):
					anchors = append(anchors, anchor{slash: d.Pos, groupEnd: d.groupEnd})
					dirs = append(dirs, len(active))
					active = append(active, d)
				}
			}
			if len(anchors) == 0 {
				continue // no walk of the syntax of a file without directives
			}
			tf := pass.Fset.File(f.FileStart)
			if tf == nil {
				continue
			}
			for i, s := range spans(tf, f, anchors) {
				covers[tf] = append(covers[tf], cover{s, dirs[i]})
			}
		}
		if len(covers) == 0 {
			return run(pass)
		}
		used := make([]bool, len(active))
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			silenced := false
			if tf := pass.Fset.File(d.Pos); tf != nil {
				line := tf.Line(d.Pos)
				// Every directive that covers the finding is used, even
				// when another covers it too: none of them is stale.
				for _, c := range covers[tf] {
					if c.has(line) {
						silenced = true
						if c.dir >= 0 {
							used[c.dir] = true
						}
					}
				}
			}
			if !silenced {
				pass.Report(d)
			}
		}
		res, err := run(&inner)
		if err != nil || !opts.Unused {
			return res, err
		}
		// A directive naming all may be meant for a rule that is off.
		for i, d := range active {
			if !used[i] && d.Rule == rule {
				pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "directive",
					Message: fmt.Sprintf("apierrlint:ignore directive for %s silences nothing: remove it", rule)})
			}
		}
		return res, nil
	}
	return a
}
