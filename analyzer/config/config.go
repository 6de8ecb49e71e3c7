// Package config is apierrlint's one configuration schema: which rules run,
// every rule's options (the rules' own Config structs) and how suppression
// directives are checked. The same struct is read from a YAML file, from
// golangci-lint's settings and, one rule at a time, from the analyzers'
// flags, so the three cannot disagree on a name.
//
// Options are lists of objects, never maps keyed by identifiers:
// golangci-lint lower-cases map keys, which would break import paths and
// type names used as keys. Unknown keys are errors, not silently ignored.
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

// Config is the whole configuration. Each rule has one field, named after
// the rule; a test checks that the registry and this struct list the same
// rules.
type Config struct {
	// Enable names the rules to run. Empty means every rule that is on by
	// default.
	Enable []string `yaml:"enable,omitempty" json:"enable,omitempty"`
	// Disable names rules not to run, after Enable.
	Disable []string `yaml:"disable,omitempty" json:"disable,omitempty"`

	Errorder *errorder.Config `yaml:"errorder,omitempty" json:"errorder,omitempty"`
	Errcode  *errcode.Config  `yaml:"errcode,omitempty" json:"errcode,omitempty"`
	Errdrop  *errdrop.Config  `yaml:"errdrop,omitempty" json:"errdrop,omitempty"`

	Directives Directives `yaml:"directives" json:"directives"`
}

// Directives configures the checks of //apierrlint:ignore directives
// themselves. A directive without a reason is always reported.
type Directives struct {
	// ReportUnused reports //apierrlint:ignore directives that silence
	// nothing, so that stale ones are removed.
	ReportUnused bool `yaml:"report-unused" json:"report-unused"`
}

// Default returns the configuration apierrlint has when nothing sets it:
// every rule's DefaultConfig.
func Default() *Config {
	return &Config{
		Errorder: errorder.DefaultConfig(),
		Errcode:  errcode.DefaultConfig(),
		Errdrop:  errdrop.DefaultConfig(),
	}
}

// Fill gives every rule that c leaves out (a nil field) its default.
func (c *Config) Fill() {
	d := Default()
	if c.Errorder == nil {
		c.Errorder = d.Errorder
	}
	if c.Errcode == nil {
		c.Errcode = d.Errcode
	}
	if c.Errdrop == nil {
		c.Errdrop = d.Errdrop
	}
}

// Decode reads golangci-lint's settings for apierrlint (the value under
// linters.settings.custom.apierrlint.settings, as golangci-lint passes it
// to the plugin) into a Config. Keys left out keep their defaults; an
// unknown key is an error that names it with its path and the keys that
// would be accepted there.
func Decode(settings any) (*Config, error) {
	cfg := Default()
	if settings == nil {
		return cfg, nil
	}
	if err := checkKeys(settings, reflect.TypeFor[Config](), ""); err != nil {
		return nil, fmt.Errorf("apierrlint settings: %w", err)
	}
	data, err := json.Marshal(settings)
	if err != nil {
		return nil, fmt.Errorf("apierrlint settings: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("apierrlint settings: %w", err)
	}
	cfg.Fill()
	// The values a file is checked for, checked here too, so that
	// golangci-lint stops when it reads its configuration rather than
	// when the analysis runs, with the same messages. Catalog files are
	// read as written: relative to golangci-lint's working directory.
	if err := check(cfg, func(...any) string { return "apierrlint settings" }); err != nil {
		return nil, err
	}
	if err := loadCatalogs(cfg, func(int) string { return "apierrlint settings" }); err != nil {
		return nil, err
	}
	return cfg, nil
}

// loadCatalogs reads every catalog file cfg names, so that a missing or
// malformed one is an error when the configuration is read; at(i) says
// where catalog i is configured.
func loadCatalogs(cfg *Config, at func(i int) string) error {
	for i, c := range cfg.Errcode.Catalogs {
		if _, err := taxonomy.LoadCodeCatalog(c.File); err != nil {
			return fmt.Errorf("%s: errcode.catalogs[%d].file: %v", at(i), i, err)
		}
	}
	return nil
}

// Parse reads a YAML configuration. name, the file's name, prefixes every
// error with the line, as name:line: message. Unknown keys, values of the
// wrong type, rules that do not exist and malformed entries (a catalog
// without a site, a site or format errcode cannot read, an errdrop pattern
// or exclude the flag would refuse) are errors. A relative catalog file is
// made relative to the directory of name, so that a configuration file
// means the same from wherever it is read. Parse does not read the
// catalog files; Load does.
func Parse(name string, data []byte) (*Config, error) {
	cfg, _, err := parse(name, data)
	return cfg, err
}

// Load reads the YAML configuration file name, as Parse does, and also
// reads every catalog file it names, so that a missing or malformed
// catalog is an error now, naming the configuration's line and the
// catalog's own file and line.
func Load(name string) (*Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	cfg, root, err := parse(name, data)
	if err != nil {
		return nil, err
	}
	if err := loadCatalogs(cfg, func(i int) string {
		return fmt.Sprintf("%s:%d", name, lineOf(root, "errcode", "catalogs", i, "file"))
	}); err != nil {
		return nil, err
	}
	return cfg, nil
}

// yamlLine is the position the YAML decoder puts in its messages.
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

func parse(name string, data []byte) (*Config, *yaml.Node, error) {
	cfg := Default()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, nil, fmt.Errorf("%s", yamlError(name, err.Error()))
	}
	if len(root.Content) == 0 { // an empty file, or only comments
		cfg.Fill()
		return cfg, &root, nil
	}
	if err := checkNodeKeys(name, root.Content[0], reflect.TypeFor[Config](), ""); err != nil {
		return nil, nil, err
	}
	if err := root.Content[0].Decode(cfg); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			msgs := make([]string, len(te.Errors))
			for i, e := range te.Errors {
				msgs[i] = yamlError(name, e)
			}
			return nil, nil, fmt.Errorf("%s", strings.Join(msgs, "; "))
		}
		return nil, nil, fmt.Errorf("%s", yamlError(name, err.Error()))
	}
	cfg.Fill()
	dir := filepath.Dir(name)
	for i := range cfg.Errcode.Catalogs {
		if f := cfg.Errcode.Catalogs[i].File; f != "" && !filepath.IsAbs(f) {
			cfg.Errcode.Catalogs[i].File = filepath.Join(dir, f)
		}
	}
	if err := check(cfg, func(path ...any) string {
		return fmt.Sprintf("%s:%d", name, lineOf(&root, path...))
	}); err != nil {
		return nil, nil, err
	}
	return cfg, &root, nil
}

// yamlError turns "yaml: line 3: msg" into "name:3: msg".
func yamlError(name, msg string) string {
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s:%s: %s", name, m[1], msg[len(m[0]):])
	}
	return name + ": " + strings.TrimPrefix(msg, "yaml: ")
}

// RuleNames returns the names of the rules, the keys of Config that hold
// a rule's options, in the order of the struct.
func RuleNames() []string {
	var names []string
	for f := range reflect.TypeFor[Config]().Fields() {
		if f.Type.Kind() == reflect.Pointer {
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			names = append(names, name)
		}
	}
	return names
}

// CheckRules reports the first name in Enable or Disable that is no rule.
// at(key, i) says where entry i of the list key is, and prefixes the error.
func (c *Config) CheckRules(at func(key string, i int) string) error {
	rules := RuleNames()
	for _, list := range []struct {
		key   string
		names []string
	}{{"enable", c.Enable}, {"disable", c.Disable}} {
		for i, n := range list.names {
			if !slices.Contains(rules, n) {
				return fmt.Errorf("%s: %s names the unknown rule %q (rules: %s)", at(list.key, i), list.key, n, strings.Join(rules, ", "))
			}
		}
	}
	return nil
}

// check reports the first value of cfg that no rule would accept. at
// returns the position of a path of keys and indices, as "file:line".
func check(cfg *Config, at func(path ...any) string) error {
	if err := cfg.CheckRules(func(key string, i int) string { return at(key, i) }); err != nil {
		return err
	}
	for i, c := range cfg.Errcode.Catalogs {
		if c.File == "" {
			return fmt.Errorf("%s: errcode.catalogs[%d]: no file", at("errcode", "catalogs", i), i)
		}
		if len(c.Sites) == 0 {
			return fmt.Errorf("%s: errcode.catalogs[%d]: no site to bind the catalog to", at("errcode", "catalogs", i), i)
		}
		for j, b := range c.Sites {
			if _, ok := taxonomy.NormalizeSiteKey(b.Site); !ok {
				return fmt.Errorf("%s: errcode.catalogs[%d].sites[%d].site: %q is not path.Type.Field, (path.Type).Method or path.Func", at("errcode", "catalogs", i, "sites", j, "site"), i, j, b.Site)
			}
			if _, err := taxonomy.ParseCodeFormat(b.Format); err != nil {
				return fmt.Errorf("%s: errcode.catalogs[%d].sites[%d].format: %v", at("errcode", "catalogs", i, "sites", j, "format"), i, j, err)
			}
		}
	}
	// errdrop's own flags check its lists: a file and a flag accept the
	// same entries, with the same message.
	flags := errdrop.New(&errdrop.Config{}).Flags
	for _, list := range []struct {
		key     string
		entries []string
	}{{"api-packages", cfg.Errdrop.APIPackages}, {"exclude", cfg.Errdrop.Exclude}} {
		for i, e := range list.entries {
			if strings.Contains(e, ",") {
				return fmt.Errorf("%s: errdrop.%s[%d]: %q: one entry per list item, without commas", at("errdrop", list.key, i), list.key, i, e)
			}
			if err := flags.Set(list.key, e); err != nil {
				return fmt.Errorf("%s: errdrop.%s[%d]: %v", at("errdrop", list.key, i), list.key, i, err)
			}
		}
	}
	return nil
}

// lineOf returns the line of the value at path in the YAML document root:
// keys are strings, list indices ints. When the path ends early, it is the
// line of the deepest value found.
func lineOf(root *yaml.Node, path ...any) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := n.Line
	for _, p := range path {
		var next *yaml.Node
		switch p := p.(type) {
		case string:
			if n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == p {
						next = n.Content[i+1]
					}
				}
			}
		case int:
			if n.Kind == yaml.SequenceNode && p < len(n.Content) {
				next = n.Content[p]
			}
		}
		if next == nil {
			break
		}
		n, line = next, next.Line
	}
	return line
}

// checkNodeKeys reports the first key of the YAML value n that t has no
// field for, as checkKeys does for golangci-lint's settings, with the
// key's line.
func checkNodeKeys(name string, n *yaml.Node, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return nil // a type mismatch: the decoder names it
		}
		fields := make(map[string]reflect.Type)
		for f := range t.Fields() {
			key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || key == "-" || key == "" {
				continue
			}
			fields[key] = f.Type
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok {
				known := slices.Sorted(maps.Keys(fields))
				return fmt.Errorf("%s:%d: unknown key %q (known keys at this level: %s)", name, k.Line, join(path, k.Value), strings.Join(known, ", "))
			}
			if err := checkNodeKeys(name, n.Content[i+1], ft, join(path, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return nil
		}
		for i, e := range n.Content {
			if err := checkNodeKeys(name, e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkKeys reports the first key of v, a decoded JSON-like value, that t
// has no field for. Keys are those of the json tags.
func checkKeys(v any, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return nil // a type mismatch: the JSON decoder names it
		}
		fields := make(map[string]reflect.Type)
		for f := range t.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" || name == "" {
				continue
			}
			fields[name] = f.Type
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ft, ok := fields[k]
			if !ok {
				known := make([]string, 0, len(fields))
				for name := range fields {
					known = append(known, name)
				}
				slices.Sort(known)
				return fmt.Errorf("unknown key %q (known keys at this level: %s)", join(path, k), strings.Join(known, ", "))
			}
			if err := checkKeys(m[k], ft, join(path, k)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return nil
		}
		for i, e := range list {
			if err := checkKeys(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
