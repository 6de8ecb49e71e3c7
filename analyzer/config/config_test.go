package config_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/analyzer/config"
)

// settings parses YAML as golangci-lint hands settings to a plugin: maps
// of strings to values, lists as []any.
func settings(t *testing.T, src string) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestDecode(t *testing.T) {
	t.Parallel()
	codes := filepath.Join(t.TempDir(), "codes.txt")
	if err := os.WriteFile(codes, []byte("ERR_1\nERR_2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Decode(settings(t, `
enable: [errdrop, errcode]
errdrop:
  exclude: ["(*example.com/api.Client).Ping"]
errcode:
  constants: true
  catalogs:
    - file: `+codes+`
      sites:
        - site: example.com/api.Error.Code
          format: ERR_%d
directives:
  report-unused: true
`))
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Errdrop.Tests {
		t.Errorf("errdrop.tests = false, want its default true when the settings leave it out")
	}
	if got := cfg.Errdrop.Exclude; !slices.Equal(got, []string{"(*example.com/api.Client).Ping"}) {
		t.Errorf("errdrop.exclude = %q", got)
	}
	if !cfg.Errcode.Constants || len(cfg.Errcode.Catalogs) != 1 || cfg.Errcode.Catalogs[0].Sites[0].Format != "ERR_%d" {
		t.Errorf("errcode = %+v", cfg.Errcode)
	}
	if cfg.Errorder == nil || !cfg.Directives.ReportUnused {
		t.Errorf("errorder = %v, directives = %+v", cfg.Errorder, cfg.Directives)
	}
	as, err := analyzer.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	if want := []string{"errcode", "errdrop"}; !slices.Equal(names, want) {
		t.Errorf("analyzers %v, want %v in the registry's order", names, want)
	}
}

func TestDecodeNil(t *testing.T) {
	t.Parallel()
	cfg, err := config.Decode(nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(config.Default())
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("Decode(nil) = %s, want the default %s", got, want)
	}
}

// TestDecodeErrors checks that every mistake gets a message naming it.
func TestDecodeErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ src, want string }{
		{"errdrop:\n  exclud: [x]", `apierrlint settings: unknown key "errdrop.exclud" (known keys at this level: api-packages, exclude, `},
		{"errcode:\n  catalogs:\n    - file: a\n      sites:\n        - sit: x", `unknown key "errcode.catalogs[0].sites[0].sit"`},
		{"errdorp: {}", `unknown key "errdorp" (known keys at this level: directives, disable, enable, errcode, errdrop, errorder)`},
		{"errdrop:\n  tests: maybe", `errdrop.tests`},
		// golangci-lint lower-cases map keys, so a map keyed by import
		// paths cannot be a setting: lists of objects are.
		{"errdrop:\n  exclude:\n    example.com/api: [Ping]", `cannot unmarshal object`},
		// The values a file is checked for, checked in the settings too.
		{"enable: [errodrer]", `apierrlint settings: enable names the unknown rule "errodrer"`},
		{"errdrop:\n  exclude: [\"(api.Client.Ping\"]", `apierrlint settings: errdrop.exclude[0]: "(api.Client.Ping"`},
		{"errcode:\n  catalogs:\n    - file: codes.txt\n      sites: [{site: not-a-site}]", `apierrlint settings: errcode.catalogs[0].sites[0].site: "not-a-site" is not`},
		{"errcode:\n  catalogs:\n    - file: /nonexistent/codes.txt\n      sites: [{site: example.com/api.Error.Code}]", `apierrlint settings: errcode.catalogs[0].file: `},
	} {
		_, err := config.Decode(settings(t, tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Decode(%q) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
}

func TestNewUnknownRule(t *testing.T) {
	t.Parallel()
	for _, cfg := range []*config.Config{{Enable: []string{"errodrer"}}, {Disable: []string{"nope"}}} {
		_, err := analyzer.New(cfg)
		if err == nil || !strings.Contains(err.Error(), "unknown rule") || !strings.Contains(err.Error(), "errorder, errcode, errdrop") {
			t.Errorf("New(%+v) = %v, want an error naming the unknown rule and the rules", cfg, err)
		}
	}
	as, err := analyzer.New(&config.Config{Disable: []string{"errcode"}})
	if err != nil || len(as) != len(analyzer.Rules())-1 {
		t.Errorf("New with errcode disabled: %d analyzers, %v", len(as), err)
	}
}

// TestParse checks the YAML file form: same keys, errors with the file
// name and line.
func TestParse(t *testing.T) {
	t.Parallel()
	cfg, err := config.Parse("apierrlint.yml", []byte("errdrop:\n  tests: false\n"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Errdrop.Tests || cfg.Errcode == nil {
		t.Errorf("Parse = %+v", cfg)
	}
	if _, err := config.Parse("apierrlint.yml", nil); err != nil {
		t.Errorf("an empty file: %v, want the default configuration", err)
	}
	_, err = config.Parse("apierrlint.yml", []byte("errdrop:\n  tests: false\n  exclud: [x]\n"))
	if err == nil || !strings.Contains(err.Error(), `apierrlint.yml:3: unknown key "errdrop.exclud" (known keys at this level: api-packages, exclude, generated, tests)`) {
		t.Errorf("Parse with an unknown key: %v, want the file, the line and the key", err)
	}
	// Parse checks the catalogs' bindings but does not read their files.
	cfg, err = config.Parse("conf/apierrlint.yml", []byte("errcode:\n  catalogs:\n    - file: codes.txt\n      sites: [{site: example.com/api.Error.Code}]\n    - file: /abs/codes.txt\n      sites: [{site: example.com/api.Error.Code}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	// A relative catalog is relative to the configuration file.
	if got, want := cfg.Errcode.Catalogs[0].File, filepath.Join("conf", "codes.txt"); got != want {
		t.Errorf("a relative catalog file is %q, want %q, next to the configuration", got, want)
	}
	if got := cfg.Errcode.Catalogs[1].File; got != "/abs/codes.txt" {
		t.Errorf("an absolute catalog file is %q, want it as it is", got)
	}
}

// TestLoad checks that Load reads the catalogs, relative to the file, and
// names the configuration's line when one is missing or malformed.
func TestLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, data string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("codes.txt", "E1\nE2\n")
	write("dup.txt", "E1\nE1\n")
	const binding = "      sites: [{site: example.com/api.Error.Code}]\n"
	cfg, err := config.Load(write("ok.yml", "errcode:\n  catalogs:\n    - file: codes.txt\n"+binding))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Errcode.Catalogs[0].File, filepath.Join(dir, "codes.txt"); got != want {
		t.Errorf("catalog file %q, want %q", got, want)
	}
	name := write("dup.yml", "errcode:\n  constants: true\n  catalogs:\n    - file: codes.txt\n"+binding+"    - file: dup.txt\n"+binding)
	_, err = config.Load(name)
	if want := name + ":6: errcode.catalogs[1].file: " + filepath.Join(dir, "dup.txt") + ":2: duplicate code"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Load with a malformed catalog: %v, want %q...", err, want)
	}
	if _, err := config.Load(filepath.Join(dir, "none.yml")); err == nil || !strings.Contains(err.Error(), "none.yml") {
		t.Errorf("Load of a missing file: %v", err)
	}
}

// TestSchemaCoversRegistry checks that every rule of the registry has its
// field in Config, named after the rule, and that the field's type is the
// rule's Config with yaml and json tags on every option.
func TestSchemaCoversRegistry(t *testing.T) {
	t.Parallel()
	fields := map[string]reflect.Type{}
	for f := range reflect.TypeFor[config.Config]().Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		yname, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name != yname {
			t.Errorf("Config.%s: json key %q, yaml key %q", f.Name, name, yname)
		}
		fields[name] = f.Type
	}
	var names []string
	for _, r := range analyzer.Rules() {
		names = append(names, r.Analyzer.Name)
	}
	if got := config.RuleNames(); !slices.Equal(got, names) {
		t.Errorf("config.RuleNames() = %v, want the registry's rules %v in its order", got, names)
	}
	for _, r := range analyzer.Rules() {
		ft, ok := fields[r.Analyzer.Name]
		if !ok {
			t.Errorf("config.Config has no field for rule %s", r.Analyzer.Name)
			continue
		}
		checkTags(t, r.Analyzer.Name, ft)
	}
}

func checkTags(t *testing.T, path string, ft reflect.Type) {
	t.Helper()
	for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
		ft = ft.Elem()
	}
	if ft.Kind() != reflect.Struct {
		if ft.Kind() == reflect.Map {
			t.Errorf("%s is a map: golangci-lint lower-cases map keys, use a list of objects", path)
		}
		return
	}
	for f := range ft.Fields() {
		if !f.IsExported() {
			continue
		}
		j, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		y, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if j == "" || j != y || j != strings.ToLower(j) {
			t.Errorf("%s.%s: json %q, yaml %q: want the same lowercase key in both", path, f.Name, j, y)
		}
		checkTags(t, path+"."+j, f.Type)
	}
}

// TestREADMEExample checks the example configuration of the README: it
// parses, and it shows every key of the schema, so that it stays the
// complete reference it claims to be.
func TestREADMEExample(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n### Configuration\n")
	if !ok {
		t.Fatal("README.md has no section ### Configuration")
	}
	_, block, ok := strings.Cut(section, "```yaml\n")
	if !ok {
		t.Fatal("the README's Configuration section has no yaml block")
	}
	block, _, _ = strings.Cut(block, "```")
	if _, err := config.Parse("README.md", []byte(block)); err != nil {
		t.Errorf("the README's example configuration: %v", err)
	}
	var doc any
	if err := yaml.Unmarshal([]byte(block), &doc); err != nil {
		t.Fatal(err)
	}
	// walk checks that v, the example's value at path, has every key of
	// the struct type ft; of a list, its first element does.
	var walk func(path string, ft reflect.Type, v any)
	walk = func(path string, ft reflect.Type, v any) {
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Slice {
			if list, ok := v.([]any); ok && len(list) > 0 {
				walk(path+"[0]", ft.Elem(), list[0])
			}
			return
		}
		if ft.Kind() != reflect.Struct {
			return
		}
		m, _ := v.(map[string]any)
		for f := range ft.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || name == "" {
				continue
			}
			fv, ok := m[name]
			if !ok {
				t.Errorf("the README's example configuration does not show %s", join(path, name))
				continue
			}
			walk(join(path, name), f.Type, fv)
		}
	}
	walk("", reflect.TypeFor[config.Config](), doc)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
