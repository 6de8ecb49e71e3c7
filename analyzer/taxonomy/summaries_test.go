package taxonomy_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

// TestSummaries checks the facts the taxonomy proves of the shapes real
// predicates, code functions and functions that never return have; the
// lines without a want must get no fact.
func TestSummaries(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, taxonomy.Analyzer, "taxonomy/funcs")
}
