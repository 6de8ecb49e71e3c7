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
			d := Directive{Pos: cm.Slash, Line: fset.Position(cm.Slash).Line}
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
// findings pass through the suppression directives: a finding on a line
// carrying //nolint:apierrlint (or //nolint:<rule>, //nolint:all), or on
// the line of or after //apierrlint:ignore <rule> <reason> (or all), is
// dropped. The reason is required: a directive without one silences
// nothing and is reported itself, as is, with opts.Unused, a directive
// naming the rule that silences nothing. Check changes a in place and
// returns it, with a flag -unused-directives that sets opts.Unused. The
// rules report every finding and leave the directives to Check.
func Check(a *analysis.Analyzer, opts Options) *analysis.Analyzer {
	rule, run := a.Name, a.Run
	a.Flags.BoolVar(&opts.Unused, "unused-directives", opts.Unused,
		"report //apierrlint:ignore directives for the rule that silence nothing")
	a.Run = func(pass *analysis.Pass) (any, error) {
		type fileLine struct {
			file string
			line int
		}
		// silenced maps a line to the index in active of the directive
		// that silences it, or -1 for a nolint comment.
		silenced := make(map[fileLine]int)
		var active []Directive // reasoned directives naming the rule or all
		for _, f := range pass.Files {
			name := pass.Fset.Position(f.Package).Filename
			for line := range nolintLines(pass.Fset, f, rule) {
				silenced[fileLine{name, line}] = -1
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
					for _, line := range []int{d.Line, d.Line + 1} {
						if _, ok := silenced[fileLine{name, line}]; !ok {
							silenced[fileLine{name, line}] = len(active)
						}
					}
					active = append(active, d)
				}
			}
		}
		if len(silenced) == 0 {
			return run(pass)
		}
		used := make([]bool, len(active))
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			p := pass.Fset.Position(d.Pos)
			if i, ok := silenced[fileLine{p.Filename, p.Line}]; ok {
				if i >= 0 {
					used[i] = true
				}
				return
			}
			pass.Report(d)
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
