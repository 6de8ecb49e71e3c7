// Package analyzer is the registry of apierrlint's rules. The command and
// the golangci-lint plugin both build from it, so they cannot drift apart.
package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
)

// All returns the analyzers of every rule, in a stable order, each with
// its default configuration and its own command-line flags.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		errorder.Analyzer,
		errcode.Analyzer,
		errdrop.Analyzer,
	}
}
