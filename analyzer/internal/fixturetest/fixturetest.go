// Package fixturetest holds what the rules' tests share about the
// fixtures under the top-level testdata directory.
package fixturetest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
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

// RealClients returns the module testdata/realclients, which requires real
// API client modules at pinned versions, once they are in the module
// cache: it downloads them through the Go module proxy first (analysistest
// loads a module with GOPROXY=off). Where they cannot be had (no cache and
// no proxy) the test is skipped with the reason; under CI it fails, since
// CI reaches the proxy.
func RealClients(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(Dir(t), "realclients")
	realClientsOnce.Do(func() {
		cmd := exec.Command("go", "mod", "download")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			realClientsErr = fmt.Errorf("go mod download in %s: %v\n%s", dir, err, out)
		}
	})
	if realClientsErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the real client modules are needed under CI: %v", realClientsErr)
		}
		t.Skipf("skipped: the real client modules cannot be had (no module cache and no proxy?): %v", realClientsErr)
	}
	return dir
}

var (
	realClientsOnce sync.Once
	realClientsErr  error
)
