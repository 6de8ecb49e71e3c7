package main_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBadFlags gives the command malformed options: unknown flags, values
// of the wrong type, malformed catalogs and patterns. Each is a usage
// error: exit 2 before any package is analyzed, with a message that names
// the flag, and the file and line for a catalog; never a panic, never a
// run with a default in its place. Under go vet the tool fails the same
// way for the package, and vet fails.
func TestBadFlags(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, data string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	badYAML := write("bad.yaml", "codes:\n  - [unclosed\n")
	dupText := write("dup.txt", "# codes\nE1\nE2\nE1 again\n")
	empty := write("empty.txt", "# nothing\n")
	badType := write("type.yaml", "codes:\n  - code: {a: b}\n")
	const site = ",site=example.com/x.Error.Code"
	cases := []struct {
		flag string
		want string // regexp on the output
	}{
		{"-errorder.no-such-option=1", `flag provided but not defined: -errorder\.no-such-option`},
		{"-no-such-rule.option=1", `flag provided but not defined: -no-such-rule\.option`},
		{"-errorder.generated=maybe", `invalid boolean value "maybe" for -errorder\.generated`},
		{"-errdrop.tests=2", `invalid boolean value "2" for -errdrop\.tests`},
		{"-errcode.catalog=codes.txt", `invalid value .* for flag -errcode\.catalog: .*is not key=value`},
		{"-errcode.catalog=file=" + dupText, `for flag -errcode\.catalog: catalog .*: no site`},
		{"-errcode.catalog=file=" + dupText + ",site=nodot", `site "nodot" is not`},
		{"-errcode.catalog=file=" + dupText + site + ",format=E%q", `for flag -errcode\.catalog: .*%q`},
		{"-errcode.catalog=file=" + filepath.Join(dir, "missing.txt") + site, `for flag -errcode\.catalog: .*missing\.txt: no such file`},
		{"-errcode.catalog=file=" + badYAML + site, `for flag -errcode\.catalog: .*bad\.yaml: yaml: line \d+`},
		{"-errcode.catalog=file=" + dupText + site, `for flag -errcode\.catalog: .*dup\.txt:4: duplicate code "E1", first on line 2`},
		{"-errcode.catalog=file=" + empty + site, `for flag -errcode\.catalog: .*empty\.txt: the catalog has no codes`},
		{"-errcode.catalog=file=" + badType + site, `for flag -errcode\.catalog: .*type\.yaml:2`},
		{"-errdrop.api-packages=github.com/ok/...,/abs/path", `invalid value .* for flag -errdrop\.api-packages: "/abs/path"`},
		{"-errdrop.exclude=os.Remove,notafunc", `invalid value .* for flag -errdrop\.exclude: "notafunc"`},
	}
	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.want)
		out, code := runEnv(t, example, nil, bin, c.flag, "./...")
		noCrash(t, "apierrlint "+c.flag, out)
		if code != 2 {
			t.Errorf("apierrlint %s exited %d, want 2 (usage error)", c.flag, code)
		}
		if !re.MatchString(out) {
			t.Errorf("apierrlint %s: output does not match %q:\n%s", c.flag, c.want, out)
		}
		if d := diagnostics(example, out); len(d) > 0 {
			t.Errorf("apierrlint %s analyzed packages despite the bad option: %v", c.flag, d[0])
		}
	}
	// go vet: the vet tool validates the same flags.
	for _, c := range cases[len(cases)-3:] {
		out, code := runEnv(t, example, nil, "go", "vet", "-vettool="+bin, c.flag, "./...")
		noCrash(t, "go vet "+c.flag, out)
		if code == 0 || !strings.Contains(out, strings.SplitN(strings.TrimPrefix(c.flag, "-"), "=", 2)[0]) {
			t.Errorf("go vet -vettool=apierrlint %s exited %d without naming the flag", c.flag, code)
		}
	}
}
