package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"sync"

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

// deferred holds the files whose //apierrlint:ignore directives for a rule
// Check applies itself, so that it can tell which of them silenced a
// finding. An entry lives only while the rule runs on the file's package,
// and a file belongs to one package, so concurrent passes never share one.
// It is how Check sees the findings a rule would otherwise drop before
// reporting them, without every rule having to know about it.
var deferred sync.Map // fileRule -> true

type fileRule struct {
	file *ast.File
	rule string
}

// Options says what Check reports besides the rule's own findings.
type Options struct {
	// All makes the rule also report the directives that name "all"
	// without a reason; exactly one rule of a run should set it.
	All bool
	// Unused reports the directives naming the rule that silence nothing.
	Unused bool
}

// Check wraps the Run of a, a rule's analyzer that reads its directives
// with Lines, so that the rule also reports its directives that lack a
// reason and, with opts.Unused, those that silence nothing. It changes a
// in place and returns it, with a flag -unused-directives that sets
// opts.Unused.
func Check(a *analysis.Analyzer, opts Options) *analysis.Analyzer {
	rule, run := a.Name, a.Run
	a.Flags.BoolVar(&opts.Unused, "unused-directives", opts.Unused,
		"report //apierrlint:ignore directives for the rule that silence nothing")
	a.Run = func(pass *analysis.Pass) (any, error) {
		var active []Directive // reasoned directives naming the rule
		for _, f := range pass.Files {
			for _, d := range Directives(pass.Fset, f) {
				switch {
				case d.Rule == "" && opts.All:
					pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "directive",
						Message: "apierrlint:ignore directive names no rule: write //apierrlint:ignore <rule> <reason>"})
				case d.Reason == "" && (d.Rule == rule || d.Rule == "all" && opts.All):
					pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "directive",
						Message: fmt.Sprintf("apierrlint:ignore directive has no reason and silences nothing: write why after the rule name (//apierrlint:ignore %s <reason>)", d.Rule)})
				case d.Reason != "" && d.Rule == rule && opts.Unused:
					active = append(active, d)
				}
			}
		}
		if len(active) == 0 {
			return run(pass)
		}
		// The rule must report what these directives silence, so that
		// Check can see which of them are used: Lines ignores them while
		// the rule runs, and the Report below filters instead.
		for _, f := range pass.Files {
			deferred.Store(fileRule{f, rule}, true)
		}
		defer func() {
			for _, f := range pass.Files {
				deferred.Delete(fileRule{f, rule})
			}
		}()
		type fileLine struct {
			file string
			line int
		}
		byLine := make(map[fileLine]int) // silenced line -> index in active
		for i, d := range active {
			name := pass.Fset.File(d.Pos).Name()
			byLine[fileLine{name, d.Line}] = i
			if _, ok := byLine[fileLine{name, d.Line + 1}]; !ok {
				byLine[fileLine{name, d.Line + 1}] = i
			}
		}
		used := make([]bool, len(active))
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			p := pass.Fset.Position(d.Pos)
			if i, ok := byLine[fileLine{p.Filename, p.Line}]; ok {
				used[i] = true
				return
			}
			pass.Report(d)
		}
		res, err := run(&inner)
		if err != nil {
			return res, err
		}
		for i, d := range active {
			if !used[i] {
				pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "directive",
					Message: fmt.Sprintf("apierrlint:ignore directive for %s silences nothing: remove it", rule)})
			}
		}
		return res, nil
	}
	return a
}
