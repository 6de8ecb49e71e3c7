package errdrop_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apierrlint/apierrlint/analyzer/errdrop"
)

// BenchmarkErrdrop analyses a large generated package: many functions, each
// with checked, overwritten, dropped and deferred errors, so that both the
// syntax pass and the SSA pass have work on every function.
func BenchmarkErrdrop(b *testing.B) {
	dir := b.TempDir()
	pkgDir := filepath.Join(dir, "src", "big")
	if err := os.MkdirAll(pkgDir, 0o755); err != nil {
		b.Fatal(err)
	}
	const files, funcs = 20, 100
	for f := range files {
		var sb strings.Builder
		sb.WriteString("package big\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n")
		if f == 0 {
			sb.WriteString("type Client struct{}\n\nfunc (c *Client) Get(k string) ([]byte, error) { return nil, nil }\nfunc (c *Client) Delete(k string) error { return nil }\n\n")
		}
		for i := range funcs {
			// Each function has one overwritten error and one dropped
			// Delete; the rest is checked.
			fmt.Fprintf(&sb, `func F%d_%d(c *Client, keys []string) ([]byte, error) {
	var out []byte
	for _, k := range keys {
		data, err := c.Get(k)
		if err != nil {
			return nil, fmt.Errorf("get %%s: %%w", k, err)
		}
		out = append(out, data...)
	}
	err := c.Delete("a") // want "overwritten"
	err = c.Delete("b")
	if err != nil {
		return nil, err
	}
	c.Delete("c") // want "not checked"
	f, err := os.Create("x")
	if err != nil {
		return nil, err
	}
	defer f.Close() // want "not checked in defer"
	if _, err := f.Write(out); err != nil {
		return nil, err
	}
	return out, nil
}

`, f, i)
		}
		if err := os.WriteFile(filepath.Join(pkgDir, fmt.Sprintf("f%d.go", f)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	a := errdrop.New(errdrop.DefaultConfig())
	b.ResetTimer()
	for b.Loop() {
		analysistest.Run(b, dir, a, "big")
	}
}

// BenchmarkErrdropRun runs errdrop alone on packages loaded once, so that
// its own cost shows: a client package that imports a large generated API
// package (apiTypes message types with apiMethods getters each, like
// protobuf code) and uses a few of its functions, with functions that
// have errors to follow and functions that have none. The SSA form is
// built only for the functions with errors, with members only for what
// the client uses of the API package: before that, a run allocated for
// every getter of the API package and every function of the client.
func BenchmarkErrdropRun(b *testing.B) { benchmarkRun(b, 0) }

// BenchmarkErrdropRunSettled is BenchmarkErrdropRun with 800 functions
// more, each with the idiom x, err := f(); if err != nil { return ..., err }
// (wrapped), which the syntax settles: their SSA form is not built.
func BenchmarkErrdropRunSettled(b *testing.B) { benchmarkRun(b, 800) }

func benchmarkRun(b *testing.B, settled int) {
	const apiTypes, apiMethods, withErrs, withoutErrs = 300, 20, 200, 800
	dir := b.TempDir()
	var api strings.Builder
	api.WriteString("package api\n\nimport \"errors\"\n\nvar ErrNotFound = errors.New(\"not found\")\n\n")
	for t := range apiTypes {
		fmt.Fprintf(&api, "type M%d struct{ v int }\n\nfunc NewM%d() (*M%d, error) { return &M%d{}, nil }\n\n", t, t, t, t)
		for m := range apiMethods {
			fmt.Fprintf(&api, "func (x *M%d) GetF%d() int { if x == nil { return 0 }; return x.v + %d }\n", t, m, m)
		}
		api.WriteString("\n")
	}
	var client strings.Builder
	if settled > 0 {
		client.WriteString("package client\n\nimport (\n\t\"fmt\"\n\n\t\"bench/api\"\n)\n\n")
	} else {
		client.WriteString("package client\n\nimport \"bench/api\"\n\n")
	}
	for i := range settled {
		fmt.Fprintf(&client, `func Check%d(x int) (int, error) {
	m, err := api.NewM%d()
	if err != nil {
		return 0, fmt.Errorf("new: %%w", err)
	}
	return m.GetF%d() + x, nil
}

`, i, i%apiTypes, i%apiMethods)
	}
	for i := range withErrs {
		fmt.Fprintf(&client, `func Use%d() (int, error) {
	_, err := api.NewM%d()
	m, err := api.NewM%d()
	if err != nil {
		return 0, err
	}
	return m.GetF%d(), nil
}

`, i, (i+1)%apiTypes, i%apiTypes, i%apiMethods)
	}
	for i := range withoutErrs {
		fmt.Fprintf(&client, `func Sum%d(xs []int) int {
	n := 0
	for _, x := range xs {
		if x > %d {
			n += x
		}
	}
	return n
}

`, i, i)
	}
	for name, data := range map[string]string{
		"go.mod":           "module bench\n\ngo 1.26\n",
		"api/api.go":       api.String(),
		"client/client.go": client.String(),
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOFLAGS=", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, "./client")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading the generated packages: %v", err)
	}
	a := errdrop.New(errdrop.DefaultConfig())
	b.ReportAllocs()
	for b.Loop() {
		g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range g.All() {
			if act.Err != nil {
				b.Fatal(act.Err)
			}
			// Each Use function overwrites the error of its first call.
			if act.Analyzer == a && len(act.Diagnostics) != withErrs {
				b.Fatalf("%d findings, want %d", len(act.Diagnostics), withErrs)
			}
		}
	}
}
