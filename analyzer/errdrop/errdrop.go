package errdrop

import (
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"runtime/debug"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
	"github.com/apierrlint/apierrlint/analyzer/internal/suppress"
)

//go:embed doc.go
var doc string

// Config is the configuration of the errdrop rule. The command line sets it
// through the analyzer's flags; golangci-lint decodes the same struct from
// its settings, under the same (lowercase) names.
type Config struct {
	// APIPackages narrows the rule to errors that come from functions and
	// methods of these packages: import paths, where a trailing "/..."
	// also matches every package below. Empty means every call.
	APIPackages []string `yaml:"api-packages" json:"api-packages"`
	// Exclude lists functions whose errors may be dropped, in errcheck's
	// syntax: "pkg/path.Func", "(pkg/path.T).Method", "(*pkg/path.T).Method".
	Exclude []string `yaml:"exclude" json:"exclude"`
	// Tests reports in _test.go files too.
	Tests bool `yaml:"tests" json:"tests"`
	// Generated reports in generated files too.
	Generated bool `yaml:"generated" json:"generated"`
}

// DefaultConfig returns the configuration errdrop runs with when nothing
// sets it: every package, no extra excludes, test files included.
func DefaultConfig() *Config {
	return &Config{Tests: true}
}

// Analyzer is the errdrop rule with its default configuration.
var Analyzer = suppress.Check(New(DefaultConfig()), suppress.Options{})

// New returns an errdrop analyzer bound to cfg: its flags write to cfg, and
// each run reads cfg, so a caller that fills cfg (golangci-lint settings)
// and one that parses flags (the command, go vet) configure the same thing.
//
// It requires no other pass. In particular it does not use
// passes/buildssa, whose ctrlflow prerequisite exports facts: under go vet
// that would make errdrop run in full on every dependency, the standard
// library included. errdrop builds the SSA form it needs itself (ssa.go).
func New(cfg *Config) *analysis.Analyzer {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	a := &analysis.Analyzer{
		Name: "errdrop",
		Doc:  ruledoc.Extract(doc, "errdrop"),
		URL:  "https://github.com/apierrlint/apierrlint#errdrop",
		Run:  func(pass *analysis.Pass) (any, error) { return run(pass, cfg) },
	}
	a.Flags.Var(&listFlag{&cfg.APIPackages, checkPattern}, "api-packages",
		"comma-separated import-path patterns (a trailing /... matches subpackages); report only errors from these packages")
	a.Flags.Var(&listFlag{&cfg.Exclude, checkExclude}, "exclude",
		"comma-separated functions whose errors may be dropped, as pkg.Func, (pkg.T).Method or (*pkg.T).Method with full import paths")
	a.Flags.BoolVar(&cfg.Tests, "tests", cfg.Tests, "also report in _test.go files")
	a.Flags.BoolVar(&cfg.Generated, "generated", cfg.Generated, "report in generated files too")
	return a
}

// listFlag is a comma-separated list flag. Set replaces the list, so that a
// flag given on the command line overrides the default instead of adding to
// it. Set checks every entry, so that a malformed one is a usage error (exit
// 2, naming the flag) before any package is loaded, not an analysis error
// repeated for every package.
type listFlag struct {
	list  *[]string
	check func(string) error
}

func (l *listFlag) String() string {
	if l == nil || l.list == nil {
		return ""
	}
	return strings.Join(*l.list, ",")
}

func (l *listFlag) Set(s string) error {
	var list []string
	for _, e := range strings.Split(s, ",") {
		if e = strings.TrimSpace(e); e == "" {
			continue
		}
		if err := l.check(e); err != nil {
			return fmt.Errorf("%q: %v", e, err)
		}
		list = append(list, e)
	}
	*l.list = list
	return nil
}

var _ flag.Value = (*listFlag)(nil)

// checker holds what one run needs: the pass, the compiled options and
// what the syntax pass collected for the SSA pass.
type checker struct {
	pass *analysis.Pass
	opts *options
	skip map[*token.File]bool // generated files, and tests when -tests=false
	// comments are the lines that carry a comment, which explain a return
	// that drops an error on purpose.
	comments map[*token.File]map[int]bool
	// nolints are the lines that end in a //nolint directive, which
	// golangci-lint users write on a return that drops an error on
	// purpose: return nil //nolint:nilerr.
	nolints map[*token.File]map[int]bool
	errType *types.Interface
	// writeFiles are the variables and fields that hold a file opened
	// for writing, whose Close must be checked.
	writeFiles map[*types.Var]bool
	// fileAssigns are the assignments of calls to the variables and
	// fields of type *os.File, and seals the Close statements of local
	// variables that end a file's life (writer.go).
	fileAssigns map[*types.Var][]fileAssign
	seals       map[*types.Var][]seal
	// nilErrs says, for the functions declared in the package, whether
	// they always return a nil error (filled on first use).
	nilErrs map[*types.Func]bool
	// funcBodies are the bodies of the package's functions, by function
	// (filled with nilErrs).
	funcBodies map[*types.Func]*ast.BlockStmt
	// guards are the conditions under which the package's functions
	// return a non-nil error, where guards.go can read them (nil
	// otherwise; filled on first use).
	guards map[*types.Func][]guard
	// isErr caches isError by type.
	isErr map[types.Type]bool
	// conds are the functions' branch-correlation contexts (filled on
	// first use).
	conds map[*ssa.Function]*condCtx
	// localWriters are the local variables that only ever hold a
	// standard stream, or a bufio, gzip or zlib Writer over a harmless
	// writer (localwriters.go; filled on first use).
	localWriters *localWriters
	// unwritten says, for the local variables that hold a file opened for
	// writing, whether nothing is ever written through them (filled on
	// first use).
	unwritten map[*types.Var]bool
	// harmlessParams are the io.Writer parameters of the package's
	// functions that are only ever given harmless writers (filled on
	// first use).
	harmlessParams map[*types.Var]bool
	// settle is unsettled's scratch space (settled.go).
	settle *settleState
}

func run(pass *analysis.Pass, cfg *Config) (_ any, err error) {
	opts, err := compile(cfg)
	if err != nil {
		return nil, err
	}
	// A panic in a vet tool aborts the whole build; turn an unexpected one
	// into an error naming the package, which is easier to report.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("errdrop: internal error on package %s: %v\n%s", pass.Pkg.Path(), r, debug.Stack())
		}
	}()
	c := &checker{
		pass:       pass,
		opts:       opts,
		skip:       map[*token.File]bool{},
		comments:   map[*token.File]map[int]bool{},
		nolints:    map[*token.File]map[int]bool{},
		errType:    types.Universe.Lookup("error").Type().Underlying().(*types.Interface),
		writeFiles: map[*types.Var]bool{},

		fileAssigns: map[*types.Var][]fileAssign{},
		seals:       map[*types.Var][]seal{},
	}
	var files []*ast.File
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		if (!cfg.Generated && ast.IsGenerated(f)) || (!cfg.Tests && strings.HasSuffix(tf.Name(), "_test.go")) {
			c.skip[tf] = true
			continue
		}
		lines, nolints := map[int]bool{}, map[int]bool{}
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				lines[tf.Line(cm.Slash)] = true
				if _, ok := suppress.Nolint(cm.Text); ok {
					nolints[tf.Line(cm.Slash)] = true
				}
			}
		}
		c.comments[tf] = lines
		c.nolints[tf] = nolints
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, nil
	}
	// An Inspector of its own, of the checked files only, rather than the
	// inspect pass's: the checker keeps every pass's inputs until the end
	// of the run, and this one is garbage as soon as run returns.
	cands := c.checkCalls(files)
	c.checkHeld(files, cands) // walk.go
	if cands.empty() {
		return nil, nil // nothing for the data-flow checks: skip building SSA
	}
	c.checkFlow(cands)
	return nil, nil
}

// report emits d unless its file is skipped; the suppression directives
// are applied around the rule (see suppress.Check).
func (c *checker) report(d analysis.Diagnostic) {
	tf := c.pass.Fset.File(d.Pos)
	if tf == nil || c.skip[tf] {
		return
	}
	c.pass.Report(d)
}
