package errcode_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
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
