package errcode_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

// benchFuncs is the size of the generated package: each function makes
// eight code comparisons, two of them wrong.
const benchFuncs = 2000

// writeBenchModule writes a module with one package of benchFuncs
// functions comparing HTTP statuses, a local code type and a
// catalog-bound string code, and returns its directory.
func writeBenchModule(b *testing.B) string {
	dir := b.TempDir()
	var src strings.Builder
	src.WriteString(`package bench

import "net/http"

type Code int

const (
	CodeNotFound Code = 1000 + iota
	CodeConflict
	CodeRateLimited
)

type Error struct {
	Code      Code
	ErrorCode string // bound to the ngrok catalog
	StatusCode int
}

func (e *Error) Error() string { return "bench" }
`)
	for i := range benchFuncs {
		fmt.Fprintf(&src, `
func f%d(resp *http.Response, e *Error, n int) bool {
	if resp.StatusCode == http.StatusNotFound || resp.StatusCode == 4040 || resp.StatusCode == n {
		return true
	}
	switch e.Code {
	case CodeNotFound, 1003:
		return true
	}
	if e.ErrorCode == "ERR_NGROK_7014" || e.ErrorCode != "ERR_NGROK_%d" {
		return false
	}
	return e.StatusCode >= 500 && e.StatusCode != 503
}
`, i, 100+i%1000)
	}
	files := map[string]string{
		"go.mod":   "module bench\n\ngo 1.26\n",
		"bench.go": src.String(),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkErrcode checks the generated package, the standard library
// packages it imports included (as go vet does, for facts), with the
// taxonomy alone (what every rule pays) and with errcode on top, with and
// without the ngrok catalog bound.
func BenchmarkErrcode(b *testing.B) {
	dir := writeBenchModule(b)
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOFLAGS=", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading the generated package: %v", err)
	}
	withCatalog := func() *analysis.Analyzer {
		needNgrokCatalog(b)
		return errcode.New(&errcode.Config{Catalogs: []errcode.Catalog{{
			File:  ngrokCatalog,
			Sites: []errcode.Binding{{Site: "bench.Error.ErrorCode"}},
		}}})
	}
	for _, bc := range []struct {
		name string
		a    func() *analysis.Analyzer
	}{
		{"taxonomy", func() *analysis.Analyzer { return taxonomy.Analyzer }},
		{"errcode", func() *analysis.Analyzer { return errcode.New(errcode.DefaultConfig()) }},
		{"errcode+catalog", withCatalog},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a := bc.a()
			for b.Loop() {
				g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for act := range g.All() {
					if act.Err != nil {
						b.Fatal(act.Err)
					}
					if act.Analyzer == a && act.Package.PkgPath == "bench" {
						n = len(act.Diagnostics)
					}
				}
				if a != taxonomy.Analyzer && n < 2*benchFuncs {
					b.Fatalf("%d findings, want at least %d", n, 2*benchFuncs)
				}
			}
		})
	}
}

// BenchmarkCatalogLoad reads and parses the real ngrok catalog and builds
// its code set through a format, what an analyzer does once per catalog.
func BenchmarkCatalogLoad(b *testing.B) {
	needNgrokCatalog(b)
	f, err := taxonomy.ParseCodeFormat("ERR_NGROK_%d")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c, err := taxonomy.LoadCodeCatalog(ngrokCatalog)
		if err != nil {
			b.Fatal(err)
		}
		if set := taxonomy.CatalogCodeSet(c, f); len(set.Codes) != 1608 {
			b.Fatalf("%d codes", len(set.Codes))
		}
	}
}
