// Package analyzer is the registry of apierrlint's rules. The command and
// the golangci-lint plugin both build from it, so they cannot drift apart.
package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
)

// A Rule is one rule of apierrlint with the metadata that its analyzer does
// not carry. The rule's name, doc and options are those of the analyzer
// itself (Name, Doc, Flags), so that the README, the command line and the
// plugin all read one source.
type Rule struct {
	Analyzer *analysis.Analyzer
	Since    string // the first release that has the rule, such as "v0.1.0"
	Default  bool   // whether the rule runs when the configuration does not name it
	Severity string // "error", "warning" or "info"
}

// Rules returns every rule in a stable order: the order of the README and
// of the command's output.
func Rules() []Rule {
	return []Rule{
		{Analyzer: errorder.Analyzer, Since: "v0.1.0", Default: true, Severity: "warning"},
		{Analyzer: errcode.Analyzer, Since: "v0.1.0", Default: true, Severity: "warning"},
		{Analyzer: errdrop.Analyzer, Since: "v0.1.0", Default: true, Severity: "warning"},
	}
}

// All returns the analyzers of every rule, in the order of Rules, each with
// its default configuration and its own command-line flags.
func All() []*analysis.Analyzer {
	rules := Rules()
	all := make([]*analysis.Analyzer, len(rules))
	for i, r := range rules {
		all[i] = r.Analyzer
	}
	return all
}
