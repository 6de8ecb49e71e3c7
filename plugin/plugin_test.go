package plugin_test

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"gopkg.in/yaml.v3"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/plugin"
)

func TestRegistered(t *testing.T) {
	t.Parallel()
	newPlugin, err := register.GetPlugin(plugin.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"disable": []any{"errcode"}, "errdrop": map[string]any{"tests": false}})
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	if len(as) != len(analyzer.Rules())-1 || strings.Contains(strings.Join(names, " "), "errcode") {
		t.Errorf("analyzers %v, want every rule but errcode", names)
	}
	if a := as[len(as)-1]; a.Flags.Lookup("tests").Value.String() != "false" {
		t.Errorf("errdrop -tests = %s, want false from the settings", a.Flags.Lookup("tests").Value)
	}
	if _, err := newPlugin(map[string]any{"errdrop": map[string]any{"test": false}}); err == nil ||
		!strings.Contains(err.Error(), `unknown key "errdrop.test"`) {
		t.Errorf("a misspelt key: %v, want an error naming it", err)
	}
	if _, err := newPlugin(map[string]any{"enable": []any{"errdorp"}}); err == nil ||
		!strings.Contains(err.Error(), `unknown rule "errdorp"`) {
		t.Errorf("an unknown rule: %v, want an error naming it", err)
	}
}

// customGCL is the part of golangci-lint custom's configuration that
// users copy from .custom-gcl.yml.
type customGCL struct {
	Version     string `yaml:"version"`
	Name        string `yaml:"name"`
	Destination string `yaml:"destination"`
	Plugins     []struct {
		Module  string `yaml:"module"`
		Import  string `yaml:"import"`
		Version string `yaml:"version"`
		Path    string `yaml:"path"`
	} `yaml:"plugins"`
}

// TestCustomGCL checks the shipped .custom-gcl.yml: it names the plugin
// package and the golangci-lint version CI builds and tests.
func TestCustomGCL(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../.custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c customGCL
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^golangci_version=(\S+)$`).FindSubmatch(ci)
	if m == nil || c.Version != "v"+string(m[1]) {
		t.Errorf(".custom-gcl.yml builds golangci-lint %s, .ci/run tests %s", c.Version, m)
	}
	if len(c.Plugins) != 1 || c.Plugins[0].Module != "github.com/apierrlint/apierrlint" ||
		c.Plugins[0].Import != "github.com/apierrlint/apierrlint/plugin" || c.Plugins[0].Version == "" {
		t.Errorf(".custom-gcl.yml plugins = %+v, want the module, the plugin package and a version", c.Plugins)
	}
}

// TestSameAsCommand checks that the plugin with no settings runs what the
// command runs: the same rules, in the same order, with the same flags.
func TestSameAsCommand(t *testing.T) {
	t.Parallel()
	p, err := plugin.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	// The command also has the configuration file's analyzer, which is no
	// rule: golangci-lint's settings take its place in the plugin.
	want := slices.DeleteFunc(analyzer.All(), func(a *analysis.Analyzer) bool { return a.Name == analyzer.ConfigAnalyzerName })
	if len(got) != len(want) {
		t.Fatalf("plugin: %d analyzers, command: %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Name != want[i].Name || got[i].URL != want[i].URL {
			t.Errorf("analyzer %d: plugin %s %s, command %s %s", i, got[i].Name, got[i].URL, want[i].Name, want[i].URL)
		}
		got[i].Flags.VisitAll(func(f *flag.Flag) {
			if w := want[i].Flags.Lookup(f.Name); w == nil || w.DefValue != f.DefValue {
				t.Errorf("%s: flag -%s=%s in the plugin, %v in the command", got[i].Name, f.Name, f.DefValue, w)
			}
		})
	}
}
