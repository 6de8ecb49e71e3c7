package analyzer_test

// FuzzRules feeds Go source through every rule with full type information
// and fails on a panic, an analysis error or a diagnostic or fix that
// points outside the file. Each input is one file of a package that may
// import the standard library and every package under testdata/src (the
// stubs of API clients and the fixture packages), so that the seeds, which
// are the fixtures themselves, type-check and reach the rules.
//
// The rules run through a small in-process driver rather than
// go/analysis/checker: the imported packages are loaded and the taxonomy
// analyzer run on them once per process, and only the fuzzed package is
// analyzed per input. Facts go through gob as they do under go vet.
//
//	go test ./analyzer -run='^$' -fuzz='^FuzzRules$' -fuzztime=30m

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
)

// fuzzImports are standard packages that mutated seeds may import beyond
// what the fixtures import.
var fuzzImports = []string{
	"context", "errors", "fmt", "io", "io/fs", "iter", "log", "net/http",
	"os", "slices", "strconv", "strings", "sync", "time",
}

// A unit is one type-checked package that the driver can analyze.
type unit struct {
	pkg     *types.Package
	files   []*ast.File
	info    *types.Info
	imports []*unit

	results  map[*analysis.Analyzer]any // memoized results of the analyzers run on it
	objFacts map[objFactKey][]byte      // gob-encoded facts
	pkgFacts map[reflect.Type][]byte
}

type objFactKey struct {
	obj types.Object
	typ reflect.Type
}

// fuzzDriver holds the imported packages, analyzed once, and runs the rules
// on fuzzed packages.
type fuzzDriver struct {
	fset  *token.FileSet
	sizes types.Sizes
	units map[*types.Package]*unit // every dependency, by its types
	paths map[string]*unit         // every well-typed dependency, by import path
}

var (
	fuzzOnce sync.Once
	fuzzDrv  *fuzzDriver
	fuzzErr  error
)

func loadFuzzDriver(t testing.TB) *fuzzDriver {
	fuzzOnce.Do(func() { fuzzDrv, fuzzErr = newFuzzDriver() })
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzDrv
}

func newFuzzDriver() (*fuzzDriver, error) {
	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		return nil, err
	}
	patterns := append([]string(nil), fuzzImports...)
	err = filepath.WalkDir(filepath.Join(testdata, "src"), func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		m, err := filepath.Glob(filepath.Join(path, "*.go"))
		if err != nil || len(m) == 0 {
			return err
		}
		rel, err := filepath.Rel(filepath.Join(testdata, "src"), path)
		patterns = append(patterns, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		return nil, err
	}
	d := &fuzzDriver{
		fset:  token.NewFileSet(),
		sizes: types.SizesFor("gc", runtime.GOARCH),
		units: make(map[*types.Package]*unit),
		paths: make(map[string]*unit),
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps |
			packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedTypesSizes,
		Dir:  testdata,
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Fset: d.fset,
	}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	var build func(p *packages.Package) *unit
	byPkg := make(map[*packages.Package]*unit)
	build = func(p *packages.Package) *unit {
		if u, ok := byPkg[p]; ok {
			return u
		}
		u := &unit{pkg: p.Types, files: p.Syntax, info: p.TypesInfo}
		byPkg[p] = u
		if p.Types == nil {
			return u
		}
		paths := make([]string, 0, len(p.Imports))
		for path := range p.Imports {
			paths = append(paths, path)
		}
		sort.Strings(paths)
		for _, path := range paths {
			u.imports = append(u.imports, build(p.Imports[path]))
		}
		d.units[p.Types] = u
		if len(p.Errors) == 0 && !p.IllTyped {
			d.paths[p.PkgPath] = u
		}
		return u
	}
	for _, p := range roots {
		build(p)
	}
	if len(d.paths) < len(fuzzImports) {
		return nil, fmt.Errorf("loaded only %d packages for the fuzz driver", len(d.paths))
	}
	return d, nil
}

// check parses and type-checks src as package fuzz.example/p. It returns
// nil if the source does not compile: drivers do not run the rules then.
// Otherwise the caller calls done when it no longer needs the positions.
func (d *fuzzDriver) check(src []byte) (u *unit, done func()) {
	fset := d.fset
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if f != nil {
		// The file set is shared with the dependencies and lives as long
		// as the process: drop the file when the input is done.
		tf := fset.File(f.FileStart)
		defer func() {
			if done != nil {
				done = func() { fset.RemoveFile(tf) }
			} else {
				fset.RemoveFile(tf)
			}
		}()
	}
	if err != nil {
		return nil, nil
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	u = &unit{files: []*ast.File{f}, info: info}
	var typeErr bool
	conf := &types.Config{
		GoVersion: "go1.26",
		Sizes:     d.sizes,
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if dep, ok := d.paths[path]; ok {
				u.imports = append(u.imports, dep)
				return dep.pkg, nil
			}
			return nil, fmt.Errorf("no package %s", path)
		}),
		Error: func(error) { typeErr = true },
	}
	pkg, err := conf.Check("fuzz.example/p", fset, u.files, info)
	if err != nil || typeErr {
		return nil, nil
	}
	u.pkg = pkg
	return u, func() {}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// analyze runs a on u, after its prerequisites on u and, for an analyzer
// with facts, after a on every package u imports.
func (d *fuzzDriver) analyze(a *analysis.Analyzer, u *unit, report func(analysis.Diagnostic)) (any, error) {
	if r, ok := u.results[a]; ok {
		return r, nil
	}
	if len(a.FactTypes) > 0 {
		for _, dep := range u.imports {
			if dep.pkg != nil && dep.pkg != types.Unsafe && d.paths[dep.pkg.Path()] == dep {
				if _, err := d.analyze(a, dep, nil); err != nil {
					return nil, fmt.Errorf("%s on %s: %v", a.Name, dep.pkg.Path(), err)
				}
			}
		}
	}
	resultOf := make(map[*analysis.Analyzer]any)
	for _, req := range a.Requires {
		r, err := d.analyze(req, u, nil)
		if err != nil {
			return nil, err
		}
		resultOf[req] = r
	}
	if u.objFacts == nil {
		u.objFacts = make(map[objFactKey][]byte)
		u.pkgFacts = make(map[reflect.Type][]byte)
	}
	if report == nil {
		report = func(analysis.Diagnostic) {}
	}
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       d.fset,
		Files:      u.files,
		Pkg:        u.pkg,
		TypesInfo:  u.info,
		TypesSizes: d.sizes,
		ResultOf:   resultOf,
		Report:     report,
		ReadFile:   os.ReadFile,
		ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
			owner := d.owner(u, obj.Pkg())
			return owner != nil && decodeFact(owner.objFacts[objFactKey{obj, reflect.TypeOf(fact)}], fact)
		},
		ImportPackageFact: func(pkg *types.Package, fact analysis.Fact) bool {
			owner := d.owner(u, pkg)
			return owner != nil && decodeFact(owner.pkgFacts[reflect.TypeOf(fact)], fact)
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			if obj.Pkg() != u.pkg {
				panic(fmt.Sprintf("%s exported a fact about %v, which is not in package %s", a.Name, obj, u.pkg.Path()))
			}
			u.objFacts[objFactKey{obj, reflect.TypeOf(fact)}] = encodeFact(fact)
		},
		ExportPackageFact: func(fact analysis.Fact) {
			u.pkgFacts[reflect.TypeOf(fact)] = encodeFact(fact)
		},
		AllObjectFacts:  func() []analysis.ObjectFact { return nil },
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
	r, err := a.Run(pass)
	if err != nil {
		return nil, err
	}
	if u.results == nil {
		u.results = make(map[*analysis.Analyzer]any)
	}
	u.results[a] = r
	return r, nil
}

// owner returns the unit of pkg as seen from u: u itself or a dependency.
func (d *fuzzDriver) owner(u *unit, pkg *types.Package) *unit {
	if pkg == nil {
		return nil
	}
	if pkg == u.pkg {
		return u
	}
	return d.units[pkg]
}

func encodeFact(f analysis.Fact) []byte {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(f); err != nil {
		panic(fmt.Sprintf("encoding fact %T: %v", f, err))
	}
	return b.Bytes()
}

func decodeFact(data []byte, f analysis.Fact) bool {
	if data == nil {
		return false
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(f); err != nil {
		panic(fmt.Sprintf("decoding fact %T: %v", f, err))
	}
	return true
}

// ruleAnalyzers returns the analyzers of the rules with their defaults:
// those of All but the configuration file's, which reports nothing.
func ruleAnalyzers() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, r := range analyzer.Rules() {
		as = append(as, r.Analyzer)
	}
	return as
}

// fuzzConfigs are the rule sets an input runs with: the defaults, and every
// rule with its optional reports on.
func fuzzConfigs() [][]*analysis.Analyzer {
	return [][]*analysis.Analyzer{
		ruleAnalyzers(),
		{
			errorder.New(&errorder.Config{Generated: true}),
			errcode.New(&errcode.Config{Constants: true}),
			errdrop.New(&errdrop.Config{Tests: true}),
		},
	}
}

// fuzzSeeds returns every fixture source file under testdata/src and the
// extra seeds under testdata/robust/seeds.
func fuzzSeeds(t testing.TB) [][]byte {
	var seeds [][]byte
	for _, root := range []string{filepath.Join("..", "testdata", "src"), filepath.Join("..", "testdata", "robust", "seeds")} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			data, err := os.ReadFile(path)
			seeds = append(seeds, data)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return seeds
}

func FuzzRules(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, false)
		f.Add(s, true)
	}
	d := loadFuzzDriver(f)
	configs := fuzzConfigs()
	f.Fuzz(func(t *testing.T, src []byte, optional bool) {
		u, done := d.check(src)
		if u == nil {
			return
		}
		defer done()
		rules := configs[0]
		if optional {
			rules = configs[1]
		}
		tf := d.fset.File(u.files[0].FileStart)
		for _, a := range rules {
			report := func(diag analysis.Diagnostic) { checkDiagnostic(t, a.Name, tf, diag) }
			if _, err := d.analyze(a, u, report); err != nil {
				t.Fatalf("%s: %v", a.Name, err)
			}
		}
	})
}

// checkDiagnostic fails if a diagnostic, its related information or its
// fixes point outside the fuzzed file, or if a fix's edits overlap: the
// drivers refuse such fixes, or apply them to the wrong bytes.
func checkDiagnostic(t *testing.T, rule string, tf *token.File, diag analysis.Diagnostic) {
	t.Helper()
	in := func(p token.Pos) bool { return p.IsValid() && int(p) >= tf.Base() && int(p) <= tf.Base()+tf.Size() }
	if !in(diag.Pos) || (diag.End.IsValid() && (!in(diag.End) || diag.End < diag.Pos)) {
		t.Fatalf("%s: diagnostic %q at %d..%d outside the file [%d, %d]", rule, diag.Message, diag.Pos, diag.End, tf.Base(), tf.Base()+tf.Size())
	}
	if diag.Message == "" {
		t.Fatalf("%s: diagnostic without a message at %v", rule, tf.Position(diag.Pos))
	}
	for _, r := range diag.Related {
		if !r.Pos.IsValid() {
			t.Fatalf("%s: related information %q without a position", rule, r.Message)
		}
	}
	for _, fix := range diag.SuggestedFixes {
		edits := append([]analysis.TextEdit(nil), fix.TextEdits...)
		sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
		for i, e := range edits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			if !in(e.Pos) || !in(end) || end < e.Pos {
				t.Fatalf("%s: fix %q of %q edits %d..%d, outside the file [%d, %d]", rule, fix.Message, diag.Message, e.Pos, e.End, tf.Base(), tf.Base()+tf.Size())
			}
			if i > 0 && e.Pos < edits[i-1].End {
				t.Fatalf("%s: fix %q of %q has overlapping edits at %v", rule, fix.Message, diag.Message, tf.Position(e.Pos))
			}
		}
	}
}

// TestFuzzSeedsReachRules guards FuzzRules against a driver that quietly
// stops working: most seeds must type-check, and the rules must report on
// them, or the fuzzer explores nothing but the parser.
func TestFuzzSeedsReachRules(t *testing.T) {
	d := loadFuzzDriver(t)
	seeds := fuzzSeeds(t)
	checked, reported := 0, map[string]int{}
	for _, src := range seeds {
		u, done := d.check(src)
		if u == nil {
			continue
		}
		checked++
		for _, a := range ruleAnalyzers() {
			if _, err := d.analyze(a, u, func(analysis.Diagnostic) { reported[a.Name]++ }); err != nil {
				t.Errorf("%s: %v", a.Name, err)
			}
		}
		done()
	}
	t.Logf("%d of %d seeds type-check; findings per rule: %v", checked, len(seeds), reported)
	if checked < len(seeds)/2 {
		t.Errorf("only %d of %d seeds type-check as one-file packages", checked, len(seeds))
	}
	for _, a := range ruleAnalyzers() {
		if reported[a.Name] == 0 {
			t.Errorf("%s reported nothing on the seeds", a.Name)
		}
	}
}

// FuzzRulesStatements reaches the rules more often than FuzzRules, whose
// byte mutations rarely leave code that type-checks: it takes a seed and
// reshapes its statement lists (deletes, swaps, duplicates and moves
// statements) at the syntax level, so that the result is more often a
// well-typed program with other control flow: checks in other orders,
// errors assigned again, returns in other places.
//
//	go test ./analyzer -run='^$' -fuzz='^FuzzRulesStatements$' -fuzztime=10m
func FuzzRulesStatements(f *testing.F) {
	seeds := fuzzSeeds(f)
	for i := range seeds {
		f.Add(uint16(i), []byte{}, false)
		f.Add(uint16(i), []byte{0, 1, 1, 5, 2, 9}, true)
	}
	d := loadFuzzDriver(f)
	configs := fuzzConfigs()
	f.Fuzz(func(t *testing.T, seed uint16, ops []byte, optional bool) {
		src := reshape(seeds[int(seed)%len(seeds)], ops)
		if src == nil {
			return
		}
		u, done := d.check(src)
		if u == nil {
			return
		}
		defer done()
		rules := configs[0]
		if optional {
			rules = configs[1]
		}
		tf := d.fset.File(u.files[0].FileStart)
		for _, a := range rules {
			report := func(diag analysis.Diagnostic) { checkDiagnostic(t, a.Name, tf, diag) }
			if _, err := d.analyze(a, u, report); err != nil {
				t.Fatalf("%s: %v\n%s", a.Name, err, src)
			}
		}
	})
}

// reshape applies ops, read two bytes at a time (which statement list,
// then which edit where), to the statement lists of src and prints the
// result; nil if src does not parse.
func reshape(src, ops []byte) []byte {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		return nil
	}
	var lists []*[]ast.Stmt
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			lists = append(lists, &n.List)
		case *ast.CaseClause:
			lists = append(lists, &n.Body)
		case *ast.CommClause:
			lists = append(lists, &n.Body)
		}
		return true
	})
	if len(lists) == 0 {
		return src
	}
	for k := 0; k+1 < len(ops); k += 2 {
		list := lists[int(ops[k])%len(lists)]
		n := len(*list)
		if n == 0 {
			continue
		}
		op, i := ops[k+1]%4, int(ops[k+1]/4)%n
		switch op {
		case 0: // delete
			*list = append((*list)[:i:i], (*list)[i+1:]...)
		case 1: // swap with the next
			if i+1 < n {
				(*list)[i], (*list)[i+1] = (*list)[i+1], (*list)[i]
			}
		case 2: // duplicate
			*list = append((*list)[:i+1:i+1], (*list)[i:]...)
		case 3: // move to the front
			s := (*list)[i]
			copy((*list)[1:i+1], (*list)[:i])
			(*list)[0] = s
		}
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		return nil
	}
	return b.Bytes()
}
