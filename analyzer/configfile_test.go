package analyzer_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer"
)

// quiet is an analysistest.Testing that ignores the complaints about
// diagnostics without want comments: these tests compare the findings
// under several configurations themselves.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}

// command returns the analyzers of All by name, as the command has them.
func command(t *testing.T) map[string]*analysis.Analyzer {
	t.Helper()
	m := map[string]*analysis.Analyzer{}
	for _, a := range analyzer.All() {
		m[a.Name] = a
	}
	if m[analyzer.ConfigAnalyzerName] == nil {
		t.Fatalf("All() has no analyzer %s", analyzer.ConfigAnalyzerName)
	}
	return m
}

// set sets the flags of the analyzers of as, given as "analyzer.flag=value",
// in order, as the command line does.
func set(t *testing.T, as map[string]*analysis.Analyzer, flags ...string) {
	t.Helper()
	for _, f := range flags {
		name, value, _ := strings.Cut(f, "=")
		a, fl, _ := strings.Cut(name, ".")
		if err := as[a].Flags.Set(fl, value); err != nil {
			t.Fatalf("-%s: %v", f, err)
		}
	}
}

// writeConfig writes a configuration file and returns its path.
func writeConfig(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "apierrlint.yml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// lines runs the rule a on the fixture pkg and returns the lines it
// reports.
func lines(t *testing.T, a *analysis.Analyzer, pkg string) []int {
	t.Helper()
	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, r := range analysistest.Run(quiet{}, testdata, a, pkg) {
		if r.Err != nil {
			t.Fatalf("%s on %s: %v", a.Name, pkg, r.Err)
		}
		for _, d := range r.Diagnostics {
			got = append(got, r.Pass.Fset.Position(d.Pos).Line)
		}
	}
	slices.Sort(got)
	return got
}

// TestConfigFilePrecedence checks the order in which the command applies
// its configuration to a rule: the defaults, then the file, then the
// rule's flags that the command line sets, whatever their order on the
// command line. The fixture errdrop/excluded drops the errors of
// os.Remove (line 21) and (*Cache).Flush (line 22), among others.
func TestConfigFilePrecedence(t *testing.T) {
	t.Parallel()
	const pkg = "errdrop/excluded"
	base := lines(t, command(t)["errdrop"], pkg)
	for _, l := range []int{21, 22} {
		if !slices.Contains(base, l) {
			t.Fatalf("without a file, errdrop reports lines %v of %s, which lack %d", base, pkg, l)
		}
	}
	without := func(drop ...int) []int {
		return slices.DeleteFunc(slices.Clone(base), func(l int) bool { return slices.Contains(drop, l) })
	}
	excludeRemove := writeConfig(t, "errdrop:\n  exclude: [os.Remove]\n")
	for _, tc := range []struct {
		name  string
		flags []string
		want  []int
	}{
		{"file", []string{"apierrlint.config=" + excludeRemove}, without(21)},
		// errdrop's -exclude replaces the list: the flag's list, not the
		// file's, applies, given before or after the file.
		{"flag after file", []string{"apierrlint.config=" + excludeRemove, "errdrop.exclude=(*errdrop/excluded.Cache).Flush"}, without(22)},
		{"flag before file", []string{"errdrop.exclude=(*errdrop/excluded.Cache).Flush", "apierrlint.config=" + excludeRemove}, without(22)},
		{"empty flag clears the file's list", []string{"apierrlint.config=" + excludeRemove, "errdrop.exclude="}, base},
		{"disabled by the file", []string{"apierrlint.config=" + writeConfig(t, "disable: [errdrop]\n")}, nil},
		{"not enabled by the file", []string{"apierrlint.config=" + writeConfig(t, "enable: [errorder]\n")}, nil},
		{"empty file", []string{"apierrlint.config=" + writeConfig(t, "# nothing\n")}, base},
		{"file given, then cleared", []string{"apierrlint.config=" + excludeRemove, "apierrlint.config="}, base},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			as := command(t)
			set(t, as, tc.flags...)
			if got := lines(t, as["errdrop"], pkg); !slices.Equal(got, tc.want) {
				t.Errorf("errdrop with %q reports lines %v, want %v", tc.flags, got, tc.want)
			}
		})
	}
}

// TestConfigFileBoolFlag checks a boolean flag over the file both ways:
// errdrop.tests is on by default, off in the file, and on again by the
// flag given without a value, as -errdrop.tests.
func TestConfigFileBoolFlag(t *testing.T) {
	t.Parallel()
	const pkg = "errdrop/testfiles"
	base := lines(t, command(t)["errdrop"], pkg)
	if len(base) == 0 {
		t.Fatalf("errdrop reports nothing in %s by default", pkg)
	}
	off := writeConfig(t, "errdrop:\n  tests: false\n")
	as := command(t)
	set(t, as, "apierrlint.config="+off)
	fileOnly := lines(t, as["errdrop"], pkg)
	if len(fileOnly) >= len(base) {
		t.Errorf("with tests: false in the file, errdrop reports lines %v, want fewer than the default %v", fileOnly, base)
	}
	as = command(t)
	set(t, as, "apierrlint.config="+off)
	if err := boolFlag(as["errdrop"], "tests"); err != nil {
		t.Fatal(err)
	}
	if got := lines(t, as["errdrop"], pkg); !slices.Equal(got, base) {
		t.Errorf("with tests: false in the file and -errdrop.tests, errdrop reports lines %v, want the default %v", got, base)
	}
}

// boolFlag sets a's flag name as the command line does for -rule.name
// without a value: only a flag that says it is boolean can be.
func boolFlag(a *analysis.Analyzer, name string) error {
	f := a.Flags.Lookup(name)
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	if !ok || !b.IsBoolFlag() {
		return fmt.Errorf("-%s.%s is no longer a boolean flag", a.Name, name)
	}
	return a.Flags.Set(name, "true")
}

// TestConfigFileFlags checks that the rules' flags in All look to the
// command line and go vet (-flags) as those of Rules do: same names,
// defaults, usage and kind.
func TestConfigFileFlags(t *testing.T) {
	t.Parallel()
	as := command(t)
	for _, r := range analyzer.Rules() {
		r.Analyzer.Flags.VisitAll(func(want *flag.Flag) {
			got := as[r.Analyzer.Name].Flags.Lookup(want.Name)
			if got == nil {
				t.Errorf("All's %s has no flag %s", r.Analyzer.Name, want.Name)
				return
			}
			if got.DefValue != want.DefValue || got.Usage != want.Usage || got.Value.String() != want.Value.String() || isBool(got) != isBool(want) {
				t.Errorf("-%s.%s: All has %q (bool %v), Rules %q (bool %v)", r.Analyzer.Name, want.Name, got.Value, isBool(got), want.Value, isBool(want))
			}
		})
	}
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// TestConfigFileErrors checks that a bad file fails the flag, with the
// file's name and line, and that the analyzers then run as without one.
func TestConfigFileErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		src  string
		line string // the line the message names; `\d+` where YAML's parser decides
		want string
	}{
		{"errdrop:\n  exclude: [x\n", `\d+`, `did not find expected ',' or ']'`},
		{"errdrop:\n  tests: true\n  exclud: [x]\n", "3", `unknown key "errdrop.exclud" (known keys at this level: api-packages, exclude, generated, tests)`},
		{"errdrop:\n  tests: maybe\n", "2", "cannot unmarshal !!str `maybe` into bool"},
		{"enable: [errdrop]\ndisable:\n  - errodrer\n", "3", `disable names the unknown rule "errodrer" (rules: errorder, errcode, errdrop)`},
		{"errdrop:\n  exclude:\n    - os.Remove\n    - notafunc\n", "4", `errdrop.exclude[1]: "notafunc": want pkg/path.Func`},
		{"errcode:\n  catalogs:\n    - file: codes.txt\n      sites:\n        - site: nodot\n", "5", `errcode.catalogs[0].sites[0].site: "nodot" is not`},
		{"errcode:\n  catalogs:\n    - file: missing.txt\n      sites: [{site: example.com/api.Error.Code}]\n", "3", `errcode.catalogs[0].file: reading code catalog: open `},
	} {
		path := writeConfig(t, tc.src)
		as := command(t)
		err := as[analyzer.ConfigAnalyzerName].Flags.Set("config", path)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !regexp.MustCompile(`^`+regexp.QuoteMeta(path)+`:`+tc.line+`: `).MatchString(err.Error()) {
			t.Errorf("-apierrlint.config with\n%s: %v, want an error starting with the file's name and line %s and containing %q", tc.src, err, tc.line, tc.want)
			continue
		}
		if got := as[analyzer.ConfigAnalyzerName].Flags.Lookup("config").Value.String(); got != "" {
			t.Errorf("after a bad file the flag is %q, want empty", got)
		}
	}
	err := command(t)[analyzer.ConfigAnalyzerName].Flags.Set("config", filepath.Join(t.TempDir(), "none.yml"))
	if err == nil || !strings.Contains(err.Error(), "none.yml") {
		t.Errorf("a file that does not exist: %v, want an error naming it", err)
	}
}

// TestAllIndependent checks that the analyzers of two calls of All share
// no configuration: the command's flags set those of one call only.
func TestAllIndependent(t *testing.T) {
	t.Parallel()
	const pkg = "errdrop/excluded"
	a, b := command(t), command(t)
	set(t, a, "apierrlint.config="+writeConfig(t, "disable: [errdrop]\n"), "errdrop.exclude=os.Remove")
	if got := lines(t, a["errdrop"], pkg); len(got) != 0 {
		t.Errorf("errdrop disabled by the file reports lines %v", got)
	}
	if got := lines(t, b["errdrop"], pkg); !slices.Contains(got, 21) {
		t.Errorf("another All's errdrop reports lines %v, without line 21: it saw the first one's configuration", got)
	}
}
