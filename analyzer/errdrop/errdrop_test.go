package errdrop_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errdrop"
)

// testdata returns the top-level testdata directory, absolute because the
// go command refuses a relative GOPATH entry.
func testdata(t testing.TB) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDefaults(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), errdrop.New(errdrop.DefaultConfig()),
		"errdrop/calls", "errdrop/overwrite", "errdrop/shadow", "errdrop/closers",
		"errdrop/testfiles", "errdrop/generated", "errdrop/generics", "errdrop/oddities")
}

func TestFixes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata(t), errdrop.New(errdrop.DefaultConfig()), "errdrop/checked")
}

func TestAPIPackages(t *testing.T) {
	t.Parallel()
	cfg := errdrop.DefaultConfig()
	cfg.APIPackages = []string{"errdrop/stub/..."}
	analysistest.Run(t, testdata(t), errdrop.New(cfg), "errdrop/apionly")
}

func TestExclude(t *testing.T) {
	t.Parallel()
	cfg := errdrop.DefaultConfig()
	cfg.Exclude = []string{"os.Remove", "(*errdrop/excluded.Cache).Flush", "(errdrop/excluded.Store).Put", "(io.Closer).Close"}
	analysistest.Run(t, testdata(t), errdrop.New(cfg), "errdrop/excluded")
}

func TestNoTests(t *testing.T) {
	t.Parallel()
	cfg := errdrop.DefaultConfig()
	cfg.Tests = false
	analysistest.Run(t, testdata(t), errdrop.New(cfg), "errdrop/notests")
}

// TestFlags sets the options through the flags of the package's Analyzer,
// as the command line and go vet do, and restores them afterwards.
func TestFlags(t *testing.T) {
	a := errdrop.Analyzer
	for name, value := range map[string]string{
		"exclude":      " os.Remove, (*errdrop/excluded.Cache).Flush ,(errdrop/excluded.Store).Put,(io.Closer).Close",
		"api-packages": "",
		"tests":        "true",
	} {
		f := a.Flags.Lookup(name)
		if f == nil {
			t.Fatalf("no flag -%s", name)
		}
		old := f.Value.String()
		t.Cleanup(func() {
			if err := a.Flags.Set(name, old); err != nil {
				t.Errorf("restoring -%s: %v", name, err)
			}
		})
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatalf("-%s=%q: %v", name, value, err)
		}
	}
	analysistest.Run(t, testdata(t), a, "errdrop/excluded")
}

// recorder collects the errors analysistest reports.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestBadConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cfg  errdrop.Config
		want string
	}{
		{errdrop.Config{APIPackages: []string{"github.com/aws/ ..."}}, `errdrop: bad -api-packages pattern "github.com/aws/ ..."`},
		{errdrop.Config{APIPackages: []string{"./local"}}, `errdrop: bad -api-packages pattern "./local"`},
		{errdrop.Config{Exclude: []string{"Remove"}}, `errdrop: bad -exclude entry "Remove": want pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method`},
		{errdrop.Config{Exclude: []string{"(*os.File.Close"}}, `errdrop: bad -exclude entry "(*os.File.Close"`},
		{errdrop.Config{Exclude: []string{"(os.File).Close()"}}, `errdrop: bad -exclude entry "(os.File).Close()"`},
	} {
		cfg := tc.cfg
		r := &recorder{}
		analysistest.Run(r, testdata(t), errdrop.New(&cfg), "errdrop/badconfig")
		if len(r.errs) == 0 || !strings.Contains(strings.Join(r.errs, "\n"), tc.want) {
			t.Errorf("config %+v: got errors %q, want one containing %q", tc.cfg, r.errs, tc.want)
		}
	}
}

func TestDefaultConfig(t *testing.T) {
	t.Parallel()
	cfg := errdrop.DefaultConfig()
	if !cfg.Tests || len(cfg.APIPackages) != 0 || len(cfg.Exclude) != 0 {
		t.Errorf("DefaultConfig() = %+v, want tests on and no lists", cfg)
	}
	if errdrop.DefaultConfig() == cfg {
		t.Error("DefaultConfig returns a shared value")
	}
}

// TestGoldensCompile type-checks every .golden file of the fixtures: a
// suggested fix must leave code that compiles.
func TestGoldensCompile(t *testing.T) {
	t.Parallel()
	goldens, err := filepath.Glob(filepath.Join(testdata(t), "src", "errdrop", "*", "*.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatal("no .golden files")
	}
	for _, g := range goldens {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, g, nil, 0)
		if err != nil {
			t.Errorf("%s: %v", g, err)
			continue
		}
		conf := types.Config{Importer: importer.Default()}
		if _, err := conf.Check(f.Name.Name, fset, []*ast.File{f}, nil); err != nil {
			t.Errorf("%s does not compile: %v", g, err)
		}
	}
}
