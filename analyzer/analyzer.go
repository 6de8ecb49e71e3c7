// Package analyzer is the registry of apierrlint's rules. The command and
// the golangci-lint plugin both build from it, so they cannot drift apart.
package analyzer

import (
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/config"
	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
	"github.com/apierrlint/apierrlint/analyzer/internal/suppress"
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

	// build returns the rule's analyzer configured by its part of cfg.
	build func(cfg *config.Config) *analysis.Analyzer
}

// registry lists the rules in a stable order: the order of the README and
// of the command's output. Every rule has a field of its name in
// config.Config; a test checks it.
var registry = []Rule{
	{Since: "v0.1.0", Default: true, Severity: "warning",
		build: func(c *config.Config) *analysis.Analyzer { return errorder.New(c.Errorder) }},
	{Since: "v0.1.0", Default: true, Severity: "warning",
		build: func(c *config.Config) *analysis.Analyzer { return errcode.New(c.Errcode) }},
	{Since: "v0.1.0", Default: true, Severity: "warning",
		build: func(c *config.Config) *analysis.Analyzer { return errdrop.New(c.Errdrop) }},
}

// Rules returns every rule in a stable order: the order of the README and
// of the command's output. Each rule's Analyzer has the default
// configuration and also reports the rule's malformed suppression
// directives. Each call returns new analyzers.
func Rules() []Rule {
	rules := slices.Clone(registry)
	for i, a := range build(config.Default(), nil) {
		rules[i].Analyzer = a
	}
	return rules
}

// All returns the analyzers of the command: every rule's, in the order of
// Rules, each with its default configuration and its own command-line
// flags, and last the analyzer of the configuration file, which is no
// rule: it reports nothing and has the flag -config (-apierrlint.config
// on the command line and with go vet). When that flag names a file, each
// rule runs as the file configures it, with the rule's flags that the
// command line sets applied on top (see fileConfig). Each call returns new
// analyzers, which share nothing with those of other calls.
func All() []*analysis.Analyzer {
	fc := new(fileConfig)
	all := build(config.Default(), nil)
	for _, a := range all {
		fc.wrap(a)
	}
	return append(all, fc.analyzer())
}

// New returns the analyzers of the rules that cfg enables, in the order of
// Rules, each configured by its part of cfg. A nil cfg is the default
// configuration; rules cfg leaves out get their defaults, in place. New
// fails when cfg names a rule that does not exist.
func New(cfg *config.Config) ([]*analysis.Analyzer, error) {
	if cfg == nil {
		cfg = config.Default()
	}
	cfg.Fill()
	if err := cfg.CheckRules(func(string, int) string { return "apierrlint" }); err != nil {
		return nil, err
	}
	// The registry lists the rules in config.RuleNames' order (a test
	// checks it).
	names := config.RuleNames()
	on := func(i int) bool {
		if slices.Contains(cfg.Disable, names[i]) {
			return false
		}
		if len(cfg.Enable) > 0 {
			return slices.Contains(cfg.Enable, names[i])
		}
		return registry[i].Default
	}
	return build(cfg, on), nil
}

// build returns the analyzers of the rules that on accepts (every rule when
// on is nil), each wrapped so that it reports its own malformed and, when
// cfg asks for it, unused suppression directives. The first one also
// reports the malformed directives that name every rule.
func build(cfg *config.Config, on func(int) bool) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	for i, r := range registry {
		if on != nil && !on(i) {
			continue
		}
		a := suppress.Check(r.build(cfg), suppress.Options{
			All:    len(out) == 0,
			Unused: cfg.Directives.ReportUnused,
		})
		out = append(out, a)
	}
	return out
}
