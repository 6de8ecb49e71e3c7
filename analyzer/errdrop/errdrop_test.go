package errdrop_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/internal/fixturetest"
	"github.com/apierrlint/apierrlint/analyzer/internal/suppress"
)

func testdata(t testing.TB) string { return fixturetest.Dir(t) }

func TestDefaults(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), suppress.Check(errdrop.New(errdrop.DefaultConfig()), suppress.Options{}),
		"errdrop/calls", "errdrop/overwrite", "errdrop/shadow", "errdrop/closers",
		"errdrop/testfiles", "errdrop/generated", "errdrop/generics", "errdrop/oddities",
		"errdrop/infallibleconstants", "errdrop/panictests", "errdrop/alwaysnilerror", "errdrop/nolintnilerr",
		"errdrop/complementaryconditions", "errdrop/bufferedmemory",
		"errdrop/responsewriter", "errdrop/setenvconstant", "errdrop/createdunwritten",
		"errdrop/binarywritememory", "errdrop/alwaysnilclose", "errdrop/harmlessparam", "errdrop/marshalbasic",
		"errdrop/deferclosechecked", "errdrop/stdalias", "errdrop/dnsreply", "errdrop/settled",
		"errdrop/ptrfieldconds", "errdrop/draindiscard", "errdrop/guardedsetter", "errdrop/encodermemory",
		"errdrop/constrequest", "errdrop/delegatinghelpers", "errdrop/failuretested", "errdrop/reopenedfile", "errdrop/seekmemory", "errdrop/exitingflags", "errdrop/commandoutput",
		"errdrop/iterchan", "errdrop/replaced", "errdrop/memory")
}

func TestFixes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata(t), errdrop.New(errdrop.DefaultConfig()), "errdrop/checked")
}

// TestReplacedFixes checks the fix that wraps a replaced API error into
// the error returned instead (Go 1.20 multi-%w for a sentinel).
func TestReplacedFixes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata(t), errdrop.New(errdrop.DefaultConfig()), "errdrop/replaced")
}

// TestGeneratedOn: -errdrop.generated reports in generated files too.
func TestGeneratedOn(t *testing.T) {
	t.Parallel()
	cfg := errdrop.DefaultConfig()
	cfg.Generated = true
	analysistest.Run(t, testdata(t), errdrop.New(cfg), "errdrop/generatedon")
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

// TestGoldensCompile: a fix must leave code that compiles.
func TestGoldensCompile(t *testing.T) {
	t.Parallel()
	fixturetest.GoldensCompile(t, testdata(t), "errdrop")
}
