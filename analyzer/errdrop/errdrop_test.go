package errdrop_test

import (
	"path/filepath"
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

func TestErrdrop(t *testing.T) {
	analysistest.Run(t, testdata(t), errdrop.New(errdrop.DefaultConfig()), "errdrop/calls", "errdrop/overwrite", "errdrop/shadow")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), errdrop.New(errdrop.DefaultConfig()), "errdrop/checked")
}
