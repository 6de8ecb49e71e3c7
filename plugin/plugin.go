// Package plugin makes apierrlint a golangci-lint v2 module plugin. A
// custom golangci-lint binary that blank-imports it (see .custom-gcl.yml)
// runs every rule of the registry under the linter name apierrlint,
// configured by linters.settings.custom.apierrlint.settings, which is
// decoded into the same schema as the YAML file and the analyzers' flags.
package plugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/analyzer/config"
)

// Name is the plugin's name: golangci-lint finds the plugin's settings
// under linters.settings.custom.<Name>, and //nolint:<Name> silences it.
const Name = "apierrlint"

func init() { register.Plugin(Name, New) }

// New decodes golangci-lint's settings for apierrlint. It fails on an
// unknown key or rule, so a typo in .golangci.yml is not silently ignored.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := config.Decode(settings)
	if err != nil {
		return nil, err
	}
	// Build once here, so that a bad configuration fails when the plugin
	// loads, with its message, rather than later.
	if _, err := analyzer.New(cfg); err != nil {
		return nil, err
	}
	return &plugin{cfg: cfg}, nil
}

type plugin struct{ cfg *config.Config }

// BuildAnalyzers returns the analyzers of the rules the settings enable.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return analyzer.New(p.cfg) }

// GetLoadMode asks for type information: every rule needs it.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
