package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apierrlint/apierrlint/analyzer"
)

// A module whose package p, in a subdirectory, drops the error of
// os.Remove, which errdrop reports by default.
const moduleConfigSrc = `// Package p drops an error.
package p

import "os"

func Clean() {
	os.Remove("tmp")
}
`

// findings runs errdrop of as, the analyzers of one ModuleConfigured call,
// on the package in dir and returns its messages as "line: message".
func findings(t *testing.T, as []*analysis.Analyzer, dir string) []string {
	t.Helper()
	i := slices.IndexFunc(as, func(a *analysis.Analyzer) bool { return a.Name == "errdrop" })
	if i < 0 {
		t.Fatal("ModuleConfigured() has no errdrop")
	}
	cfg := &packages.Config{
		Mode: packages.LoadSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOFLAGS=", "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local"),
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the test module does not load")
	}
	g, err := checker.Analyze(as[i:i+1], pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, act := range g.Roots {
		if act.Err != nil {
			t.Fatalf("errdrop failed: %v", act.Err)
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			out = append(out, fmt.Sprintf("%s:%d:%d: %s", filepath.Base(p.Filename), p.Line, p.Column, d.Message))
		}
	}
	return out
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestModuleConfigured checks that the analyzers gopls runs read
// apierrlint.yml from the root of the package's module, read it again when
// it changes, and show a malformed one at the package clause.
func TestModuleConfigured(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "go.mod"), "module example.com/m\n\ngo 1.26\n")
	pkg := filepath.Join(root, "sub", "p")
	write(t, filepath.Join(pkg, "p.go"), moduleConfigSrc)
	cfg := filepath.Join(root, analyzer.ConfigFileName)
	as := analyzer.ModuleConfigured() // one set, across every edit below

	dropped := []string{"p.go:7:2: error returned by os.Remove is not checked; handle or return it"}
	steps := []struct {
		name   string
		config string // "" removes the file
		want   []string
	}{
		{"no file: the defaults", "", dropped},
		{"an exclude", "errdrop:\n  exclude:\n    - os.Remove\n", nil},
		{"the exclude edited out", "errdrop:\n  exclude: []\n", dropped},
		{"the rule disabled", "disable: [errdrop]\n", nil},
		{"the file removed", "", dropped},
		{"a malformed file", "errdrop:\n  exclud: []\n",
			[]string{"p.go:2:1: errdrop is not run: " + cfg + `:2: unknown key "errdrop.exclud" (known keys at this level: api-packages, exclude, generated, tests)`}},
		{"an unknown rule", "disable: [errdorp]\n",
			[]string{"p.go:2:1: errdrop is not run: " + cfg + `:1: disable names the unknown rule "errdorp" (rules: errorder, errcode, errdrop)`}},
	}
	for _, s := range steps {
		if s.config == "" {
			if err := os.Remove(cfg); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
		} else {
			write(t, cfg, s.config)
		}
		if got := findings(t, as, pkg); !slices.Equal(got, s.want) {
			t.Errorf("%s: got %q, want %q", s.name, got, s.want)
		}
	}

	// Only the module root's file counts: one in the package's directory
	// is not read (the module root has none here, so the defaults apply).
	if err := os.Remove(cfg); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(pkg, analyzer.ConfigFileName), "disable: [errdrop]\n")
	if got := findings(t, as, pkg); !slices.Equal(got, dropped) {
		t.Errorf("a file beside the package, none at the module root: got %q, want %q", got, dropped)
	}
}
