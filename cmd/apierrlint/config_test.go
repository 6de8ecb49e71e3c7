package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

const configArchivePath = "../../testdata/e2e/config.txtar"

// configModule writes the module of config.txtar into a fresh directory,
// with the configuration files given (name to contents), and returns the
// directory and the module's findings: the lines that end in a
// "// finding: <rule> <when>" comment, as "file:line" by "<rule> <when>".
func configModule(t *testing.T, files map[string]string) (string, map[string]string) {
	t.Helper()
	ar, err := txtar.ParseFile(configArchivePath)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
	}
	dir := t.TempDir()
	findings := map[string]string{}
	marker := regexp.MustCompile(`// finding: (.*)$`)
	for _, f := range ar.Files {
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(f.Data), "\n") {
			if m := marker.FindStringSubmatch(line); m != nil {
				findings[m[1]] = fmt.Sprintf("%s:%d", f.Name, i+1)
			}
		}
	}
	return dir, findings
}

// The findings of config.txtar, by the text of their comments.
const (
	orderDefault   = "errorder by default"
	orderGenerated = "errorder with errorder.generated"
	codeCatalog    = "errcode with the catalog"
	codeConstants  = "errcode with errcode.constants"
	dropDefault    = "errdrop by default, not with the exclude"
	dropUnused     = "errdrop with directives.report-unused"
)

// fullConfig sets an option of every rule, a catalog relative to the
// file (which lives in a directory of its own), an exclude and
// directives.report-unused.
const fullConfig = `# every rule configured
errorder:
  generated: true
errcode:
  constants: true
  catalogs:
    - file: ../codes.txt
      sites:
        - site: example.com/cfg/api.Error.Code
errdrop:
  exclude:
    - (*example.com/cfg/api.Client).Ping
directives:
  report-unused: true
`

// reported returns the lines of the findings in out, plain output of the
// command or of go vet, as "file:line" relative to dir, sorted; related
// lines (indented messages) are not findings.
func reported(dir, out string) []string {
	var got []string
	for _, d := range diagnostics(dir, out) {
		if !strings.HasPrefix(d.message, "\t") {
			got = append(got, fmt.Sprintf("%s:%d", d.file, d.line))
		}
	}
	slices.Sort(got)
	return slices.Compact(got)
}

func lines(findings map[string]string, names ...string) []string {
	var out []string
	for _, n := range names {
		l, ok := findings[n]
		if !ok {
			panic("config.txtar has no finding " + n)
		}
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// TestConfigFile runs the command with configuration files: each rule's
// findings change with its options, a catalog, an exclude, enable and
// disable; the rules' flags on the command line override the file; the
// command exits 3 with findings and 0 without, as without a file.
func TestConfigFile(t *testing.T) {
	t.Parallel()
	dir, f := configModule(t, map[string]string{
		"conf/apierrlint.yml": fullConfig,
		"disable.yml":         "disable: [errorder]\n",
		"enable.yml":          "enable: [errcode]\nerrcode:\n  constants: true\n",
		"empty.yml":           "# nothing set: the defaults\n",
		"none.yml":            "disable: [errorder, errcode, errdrop]\n",
	})
	for _, tc := range []struct {
		name string
		args []string
		want []string // the findings' names
	}{
		{"no file", nil, []string{orderDefault, dropDefault}},
		{"empty file", []string{"-apierrlint.config=empty.yml"}, []string{orderDefault, dropDefault}},
		{"every rule configured", []string{"-apierrlint.config=conf/apierrlint.yml"},
			[]string{orderDefault, orderGenerated, codeCatalog, codeConstants, dropUnused}},
		// The flags override the file, given after it or before it; an
		// empty -errcode.catalog drops the file's catalogs.
		{"flags after the file", []string{"-apierrlint.config=conf/apierrlint.yml", "-errorder.generated=false", "-errdrop.exclude=", "-errcode.catalog="},
			[]string{orderDefault, codeConstants, dropDefault, dropUnused}},
		{"flags before the file", []string{"-errdrop.unused-directives=false", "-errcode.constants=false", "-apierrlint.config=conf/apierrlint.yml"},
			[]string{orderDefault, orderGenerated, codeCatalog}},
		{"disable", []string{"-apierrlint.config=disable.yml"}, []string{dropDefault}},
		{"enable", []string{"-apierrlint.config=enable.yml"}, []string{codeConstants}},
		// A rule named on the command line runs even if the file does not
		// enable it, with the file's options.
		{"rule named on the command line", []string{"-apierrlint.config=enable.yml", "-errorder"}, []string{orderDefault}},
		{"every rule disabled", []string{"-apierrlint.config=none.yml"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args := append(slices.Clone(tc.args), "./...")
			out, code := run(t, dir, bin, args...)
			want := lines(f, tc.want...)
			if got := reported(dir, out); !slices.Equal(got, want) {
				t.Errorf("apierrlint %s reported %v, want %v\n%s", strings.Join(args, " "), got, want, out)
			}
			wantCode := 3
			if len(want) == 0 {
				wantCode = 0
			}
			if code != wantCode {
				t.Errorf("apierrlint %s exited %d, want %d", strings.Join(args, " "), code, wantCode)
			}
		})
	}
}

// TestVetConfigFile runs go vet with the file: the same findings as the
// command, and a relative path refused with a message that says to give
// an absolute one (go vet runs the tool in each package's directory).
func TestVetConfigFile(t *testing.T) {
	t.Parallel()
	dir, f := configModule(t, map[string]string{"conf/apierrlint.yml": fullConfig})
	abs := filepath.Join(dir, "conf", "apierrlint.yml")
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "-apierrlint.config="+abs, "./...")
	want := lines(f, orderDefault, orderGenerated, codeCatalog, codeConstants, dropUnused)
	if got := reported(dir, out); !slices.Equal(got, want) {
		t.Errorf("go vet -apierrlint.config=%s reported %v, want %v", abs, got, want)
	}
	if code != 1 {
		t.Errorf("go vet with findings exited %d, want 1", code)
	}
	// A flag overrides the file under go vet too.
	out, _ = run(t, dir, "go", "vet", "-vettool="+bin, "-apierrlint.config="+abs, "-errorder.generated=false", "./gen")
	if got := reported(dir, out); len(got) != 0 {
		t.Errorf("go vet -errorder.generated=false over the file reported %v in package gen", got)
	}

	out, code = run(t, dir, "go", "vet", "-vettool="+bin, "-apierrlint.config=conf/apierrlint.yml", "./user")
	if code == 0 || !strings.Contains(out, "give the file's absolute path, such as -apierrlint.config=$PWD/conf/apierrlint.yml") {
		t.Errorf("go vet with a relative -apierrlint.config exited %d without asking for an absolute path", code)
	}
	if got := reported(dir, out); len(got) != 0 {
		t.Errorf("go vet with a relative -apierrlint.config reported %v, want nothing analyzed", got)
	}
}

// TestBadConfigFile gives the command malformed configuration files. Each
// is a usage error: exit 2 before any package is analyzed, with a message
// that names the file and the line. Under go vet the tool fails the same
// way, and vet fails.
func TestBadConfigFile(t *testing.T) {
	t.Parallel()
	const binding = "      sites:\n        - site: example.com/cfg/api.Error.Code\n"
	dir, _ := configModule(t, map[string]string{
		"syntax.yml":  "errdrop:\n  exclude: [x\nerrorder: {}\n",
		"key.yml":     "errorder:\n  generated: true\nerrdrop:\n  tests: false\n  exclud: [x]\n",
		"type.yml":    "errdrop:\n  tests: maybe\n",
		"rule.yml":    "enable:\n  - errorder\n  - errodrer\n",
		"exclude.yml": "errdrop:\n  exclude:\n    - notafunc\n",
		"site.yml":    "errcode:\n  catalogs:\n    - file: codes.txt\n      sites:\n        - site: nodot\n",
		"missing.yml": "errcode:\n  catalogs:\n    - file: missing.txt\n" + binding,
		"dup.yml":     "errcode:\n  catalogs:\n    - file: dup.txt\n" + binding,
		"dup.txt":     "E1\nE2\nE1\n",
	})
	for _, c := range []struct {
		file string
		want string // regexp on the output, after "<file>:"; empty for a file that does not exist
	}{
		{"syntax.yml", `\d+: did not find expected ',' or ']'`},
		{"key.yml", `5: unknown key "errdrop\.exclud" \(known keys at this level: api-packages, exclude, generated, tests\)`},
		{"type.yml", "2: cannot unmarshal !!str `maybe` into bool"},
		{"rule.yml", `3: enable names the unknown rule "errodrer" \(rules: errorder, errcode, errdrop\)`},
		{"exclude.yml", `3: errdrop\.exclude\[0\]: "notafunc": want pkg/path\.Func`},
		{"site.yml", `5: errcode\.catalogs\[0\]\.sites\[0\]\.site: "nodot" is not`},
		{"missing.yml", `3: errcode\.catalogs\[0\]\.file: reading code catalog: open missing\.txt: no such file`},
		{"dup.yml", `3: errcode\.catalogs\[0\]\.file: dup\.txt:3: duplicate code "E1", first on line 1`},
		{"no-such-file.yml", ``},
	} {
		want := regexp.QuoteMeta(c.file) + `:` + c.want
		if c.want == "" {
			want = `open ` + regexp.QuoteMeta(c.file) + `: no such file or directory`
		}
		re := regexp.MustCompile(`invalid value "` + regexp.QuoteMeta(c.file) + `" for flag -apierrlint\.config: ` + want)
		out, code := run(t, dir, bin, "-apierrlint.config="+c.file, "./...")
		noCrash(t, "apierrlint -apierrlint.config="+c.file, out)
		if code != 2 {
			t.Errorf("apierrlint -apierrlint.config=%s exited %d, want 2 (usage error)", c.file, code)
		}
		if !re.MatchString(out) {
			t.Errorf("apierrlint -apierrlint.config=%s: output does not match %q:\n%s", c.file, re, out)
		}
		if got := reported(dir, out); len(got) != 0 {
			t.Errorf("apierrlint -apierrlint.config=%s analyzed packages despite the bad file: %v", c.file, got)
		}
	}
	// go vet: the vet tool fails for the package, naming the file.
	abs := filepath.Join(dir, "key.yml")
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "-apierrlint.config="+abs, "./user")
	noCrash(t, "go vet -apierrlint.config="+abs, out)
	if code == 0 || !strings.Contains(out, abs+`:5: unknown key "errdrop.exclud"`) {
		t.Errorf("go vet -vettool=apierrlint with a bad file exited %d without naming the file and line", code)
	}
}
