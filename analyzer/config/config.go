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
	"io"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
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
	return cfg, nil
}

// Parse reads a YAML configuration. name, the file's name, prefixes every
// error, with the line when the YAML decoder knows it.
func Parse(name string, data []byte) (*Config, error) {
	cfg := Default()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("%s: %s", name, strings.Join(te.Errors, "; "))
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cfg.Fill()
	return cfg, nil
}

// Load reads the YAML configuration file name.
func Load(name string) (*Config, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
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
