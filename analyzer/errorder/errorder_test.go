package errorder_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errorder"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestChains(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/chain")
}

func TestSentinels(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/sentinels/...")
}

func TestStyles(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/styles")
}

func TestClients(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/clients")
}
