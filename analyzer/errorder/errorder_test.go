package errorder_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errorder"
	"github.com/apierrlint/apierrlint/analyzer/internal/fixturetest"
)

func testdata(t *testing.T) string { return fixturetest.Dir(t) }

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

func TestModern(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/modern")
}

// TestFixes applies every suggested fix and compares with the .golden
// file, which compiles (the test of the golden package checks it).
func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), errorder.Analyzer, "errorder/fixes")
}

// TestGoldensCompile: a fix must leave code that compiles.
func TestGoldensCompile(t *testing.T) {
	fixturetest.GoldensCompile(t, testdata(t), "errorder")
}

func TestSuppressed(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/suppressed")
}

// TestSummaries: predicates, code functions and functions that never
// return, read from their code (the k8s and gRPC stubs have the real
// bodies).
func TestSummaries(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/summaries")
}

// TestRealClients runs errorder over a module that requires the real
// k8s.io/apimachinery and google.golang.org/grpc: the summaries are read
// from their code, not from stubs of it.
func TestRealClients(t *testing.T) {
	analysistest.Run(t, fixturetest.RealClients(t), errorder.Analyzer, "./errorder/...")
}

// TestMethods: As and Is methods read from their SSA form.
func TestMethods(t *testing.T) {
	analysistest.Run(t, testdata(t), errorder.Analyzer, "errorder/methods")
}
