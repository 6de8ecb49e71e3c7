package errcode_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/internal/fixturetest"
)

// testdata is the top-level testdata directory (GOPATH for the fixtures
// and the client stubs they import); analysistest needs it absolute.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// ngrokCatalog is the real catalog of ngrok's 1,608 error codes, kept
// outside the repository.
var ngrokCatalog = filepath.Join("..", "..", "..", "shared", "data", "ngrok-error-codes.txt")

func TestGRPC(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/grpc")
}

func needNgrokCatalog(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(ngrokCatalog); err != nil {
		t.Skipf("the ngrok catalog %s is absent (it lives outside the repository, in shared/data): %v", ngrokCatalog, err)
	}
}

func TestHTTP(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/http")
}

func TestStripe(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/stripe")
}

func TestKubernetes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/k8s")
}

func TestAzure(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/azure")
}

func TestSmithy(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/smithy")
}

// TestNgrokCatalog binds the real ngrok catalog to the ErrorCode field and,
// through a format, to the integer arguments of IsErrorCode.
func TestNgrokCatalog(t *testing.T) {
	t.Parallel()
	needNgrokCatalog(t)
	cfg := &errcode.Config{Catalogs: []errcode.Catalog{{
		File: ngrokCatalog,
		Sites: []errcode.Binding{
			{Site: "github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode"},
			{Site: "github.com/ngrok/ngrok-api-go/v7.IsErrorCode", Format: "ERR_NGROK_%d"},
		},
	}}}
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.New(cfg), "errcode/ngrok")
}

// acmeConfig binds the catalogs of the fixture errcode/catalog: plain text
// to a field and two predicates (one through a format), YAML to a method
// and a function.
func acmeConfig() *errcode.Config {
	dir := filepath.Join(testdata, "src", "errcode", "catalog")
	return &errcode.Config{Catalogs: []errcode.Catalog{
		{File: filepath.Join(dir, "acme-codes.txt"), Sites: []errcode.Binding{
			{Site: "errcode/acme.Error.Code"},
			{Site: "errcode/acme.HasCode"},
			{Site: "errcode/acme.HasNumber", Format: "E%d"},
		}},
		{File: filepath.Join(dir, "acme-reasons.yaml"), Sites: []errcode.Binding{
			{Site: "(*errcode/acme.Error).Reason"},
			{Site: "errcode/acme.CodeOf"},
		}},
	}}
}

func TestCatalogs(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.New(acmeConfig()), "errcode/catalog")
}

func TestConstants(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.New(&errcode.Config{Constants: true}), "errcode/constants")
}

func TestTyped(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/typed")
}

func TestSuppress(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/suppress")
}

// TestFlags configures the package-level Analyzer through its flags, as
// the command line and go vet do, and restores them.
func TestFlags(t *testing.T) {
	a := errcode.Analyzer
	t.Cleanup(func() {
		if err := a.Flags.Set("catalog", ""); err != nil {
			t.Error(err)
		}
	})
	dir := filepath.Join(testdata, "src", "errcode", "catalog")
	for _, v := range []string{
		"file=" + filepath.Join(dir, "acme-codes.txt") + ",site=errcode/acme.Error.Code,site=errcode/acme.HasCode,site=errcode/acme.HasNumber,format=E%d",
		"file=" + filepath.Join(dir, "acme-reasons.yaml") + ",site=(*errcode/acme.Error).Reason,site=errcode/acme.CodeOf",
	} {
		if err := a.Flags.Set("catalog", v); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.RunWithSuggestedFixes(t, testdata, a, "errcode/catalog")
}

func TestConstantsFlag(t *testing.T) {
	a := errcode.Analyzer
	if err := a.Flags.Set("constants", "true"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := a.Flags.Set("constants", "false"); err != nil {
			t.Error(err)
		}
	})
	analysistest.RunWithSuggestedFixes(t, testdata, a, "errcode/constants")
}

func TestCatalogFlagErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ value, want string }{
		{"file=codes.txt", "catalog codes.txt: no site to bind it to"},
		{"site=x.io/a.F", "catalog without a file"},
		{"file=codes.txt,site=F", `site "F" is not path.Type.Field, (path.Type).Method or path.Func`},
		{"file=codes.txt,format=E%d,site=x.io/a.F", "format=E%d must follow the site it applies to"},
		{"file=codes.txt,site=x.io/a.F,format=E%q", "verb %q is not one of %d, %s, %v"},
		{"file=codes.txt,site=x.io/a.F,colour=red", `unknown key "colour", want file, site or format`},
		{"file=a.txt,file=b.txt,site=x.io/a.F", "more than one file"},
		{"codes.txt", `"codes.txt" is not key=value`},
	} {
		a := errcode.New(errcode.DefaultConfig())
		err := a.Flags.Set("catalog", tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("-catalog=%s: error %v, want %q", tc.value, err, tc.want)
		}
	}
}

// errorsOnly records the errors analysistest reports.
type errorsOnly struct{ errs []string }

func (e *errorsOnly) Errorf(format string, args ...any) {
	e.errs = append(e.errs, fmt.Sprintf(format, args...))
}

// TestMalformedCatalog checks that a malformed catalog stops the analysis
// with an error naming the file and line, for settings that bypass the
// flag's checks too.
func TestMalformedCatalog(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("codes:\n  - code: E1\n  - code: E1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cat  errcode.Catalog
		want string
	}{
		{errcode.Catalog{File: bad, Sites: []errcode.Binding{{Site: "errcode/acme.Error.Code"}}}, bad + `:3: duplicate code "E1", first on line 2`},
		{errcode.Catalog{File: filepath.Join(dir, "missing.txt"), Sites: []errcode.Binding{{Site: "errcode/acme.Error.Code"}}}, "missing.txt: no such file"},
		{errcode.Catalog{File: bad, Sites: []errcode.Binding{{Site: "acme.Error.Code)"}}}, `site "acme.Error.Code)" is not`},
	} {
		rec := new(errorsOnly)
		analysistest.Run(rec, testdata, errcode.New(&errcode.Config{Catalogs: []errcode.Catalog{tc.cat}}), "errcode/catalog")
		if len(rec.errs) == 0 || !strings.Contains(strings.Join(rec.errs, "\n"), tc.want) {
			t.Errorf("catalog %+v: errors %q, want one with %q", tc.cat, rec.errs, tc.want)
		}
	}
}

// TestGoldensCompile: a fix must leave code that compiles.
func TestGoldensCompile(t *testing.T) {
	t.Parallel()
	fixturetest.GoldensCompile(t, testdata, "errcode")
}

func TestGenerated(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, errcode.New(&errcode.Config{Constants: true}), "errcode/generated")
}

// TestGeneratedOn: -errcode.generated reports in generated files too.
func TestGeneratedOn(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, errcode.New(&errcode.Config{Generated: true}), "errcode/generatedon")
}

// TestNonstandardStatus is the regression test of Vault's 472 and 473,
// reported on cert-manager when every status missing from net/http was.
func TestNonstandardStatus(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/nonstandardstatus")
}

// TestRoundTrip is the regression test of k8s.io/apiserver's audit test,
// which writes the status 42 and checks it back.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/roundtrip")
}

// TestReached: code types reached from error types through fields, and
// compared by predicates (taxonomy.CodeTypesFact), in another package
// than the one that declares them.
func TestReached(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, testdata, errcode.Analyzer, "errcode/reach")
}
