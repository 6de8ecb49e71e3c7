// Package fixturetest holds what the rules' tests share about the
// fixtures under the top-level testdata directory.
package fixturetest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// Dir returns the absolute path of the top-level testdata directory, from
// a test in analyzer/<rule>.
func Dir(t testing.TB) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// GoldensCompile type-checks every fixture package of a rule with its
// .golden files in place of the sources: a suggested fix must leave code
// that compiles.
func GoldensCompile(t *testing.T, testdata, rule string) {
	t.Helper()
	goldens, err := filepath.Glob(filepath.Join(testdata, "src", rule, "*", "*.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no goldens for %s: %v", rule, err)
	}
	overlay := make(map[string][]byte)
	pkgs := make(map[string]bool)
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		overlay[strings.TrimSuffix(g, ".golden")] = data
		pkgs[rule+"/"+filepath.Base(filepath.Dir(g))] = true
	}
	var patterns []string
	for p := range pkgs {
		patterns = append(patterns, p)
	}
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Tests:   true, // goldens of _test.go files too
		Dir:     testdata,
		Env:     append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		Overlay: overlay,
	}
	loaded, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(loaded, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	seen := make(map[string]bool)
	for _, p := range loaded {
		seen[p.PkgPath] = true
	}
	for _, p := range patterns {
		if !seen[p] {
			t.Errorf("%s was not loaded", p)
		}
	}
}
