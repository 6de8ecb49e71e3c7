package plugin_test

// End-to-end tests of the plugin in a real custom golangci-lint binary,
// built by build-custom-gcl.sh (CI does it, see .ci/run) and named by the
// environment variable APIERRLINT_GOLANGCI. Without it the tests skip:
// building golangci-lint takes minutes, too long for go test ./....

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/apierrlint/apierrlint/internal/sarifschema"
)

const archivePath = "../testdata/plugin/module.txtar"

// golangci returns the custom golangci-lint binary, or skips the test.
func golangci(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("APIERRLINT_GOLANGCI")
	if bin == "" {
		t.Skip("APIERRLINT_GOLANGCI is not set: build the binary with plugin/build-custom-gcl.sh and name it there")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// module writes the archive's files, less the golden ones, into a fresh
// directory and returns it with the archive.
func module(t *testing.T) (string, *txtar.Archive) {
	t.Helper()
	ar, err := txtar.ParseFile(archivePath)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		if strings.HasSuffix(f.Name, ".golden") {
			continue
		}
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, ar
}

// command returns golangci-lint with args in dir, offline, with a cache
// and a temporary directory of its own: golangci-lint refuses to run while
// another instance holds its lock in the temporary directory, and a
// private one keeps other golangci-lint runs on the machine out of the way.
func command(t *testing.T, dir, bin string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local",
		"GOLANGCI_LINT_CACHE="+t.TempDir(), "TMPDIR="+t.TempDir())
	return cmd
}

// run runs golangci-lint in dir, offline, with its own cache, and returns
// its standard output and exit code.
func run(t *testing.T, dir, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := command(t, dir, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("golangci-lint %s: %v", strings.Join(args, " "), err)
		}
		code = exit.ExitCode()
	}
	t.Logf("golangci-lint %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.Bytes(), stderr.Bytes())
	return stdout.String(), code
}

// A finding is one issue as an editor shows it.
type finding struct {
	file    string // absolute
	line    int
	col     int
	message string
}

// vscodeGo is the pattern vscode-go's runTool (extension/src/util.ts)
// matches each line of a lint tool's output with; a line that starts with
// a tab continues the previous message.
var vscodeGo = regexp.MustCompile(`^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$`)

// parseLikeVSCodeGo reads out as vscode-go does, resolving file names
// against dir, the directory it ran the tool in.
func parseLikeVSCodeGo(dir, out string) []finding {
	var fs []finding
	for l := range strings.SplitSeq(out, "\n") {
		if strings.HasPrefix(l, "\t") && len(fs) > 0 {
			fs[len(fs)-1].message += "\n" + l
			continue
		}
		m := vscodeGo.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		f := finding{file: m[2], message: m[7], line: number(m[4]), col: number(m[6])}
		if !filepath.IsAbs(f.file) {
			f.file = filepath.Join(dir, f.file)
		}
		fs = append(fs, f)
	}
	return fs
}

// number returns the decimal number s, or 0 when s is empty (a position
// without a column) or not a number (the extension's +colStr gives NaN).
func number(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// A want is one finding the archive's comment lists: "want file:line
// rule: text".
type want struct {
	file string // slash-separated, relative to the module
	line int
	rule string
	text string
}

var wantLine = regexp.MustCompile(`(?m)^want (\S+):(\d+) ([^:]+): (.+)$`)

func wanted(t *testing.T, ar *txtar.Archive) []want {
	t.Helper()
	var ws []want
	for _, m := range wantLine.FindAllStringSubmatch(string(ar.Comment), -1) {
		line, err := strconv.Atoi(m[2])
		if err != nil {
			t.Fatal(err)
		}
		ws = append(ws, want{m[1], line, m[3], m[4]})
	}
	if len(ws) == 0 {
		t.Fatalf("%s lists no finding", archivePath)
	}
	return ws
}

// check compares the findings with the archive's list, exactly: every
// listed finding, and nothing else (the settings' exclude, the nolint line
// and the directive with a reason stay silent).
func check(t *testing.T, dir string, ar *txtar.Archive, got []finding) {
	t.Helper()
	ws := wanted(t, ar)
	used := make([]bool, len(got))
	for _, w := range ws {
		file := filepath.Join(dir, filepath.FromSlash(w.file))
		found := false
		for i, f := range got {
			msg, _, _ := strings.Cut(f.message, "\n") // the source lines golangci-lint prints under it
			// golangci-lint prefixes the message of an analyzer whose
			// name differs from the linter's with the analyzer's name,
			// and ends it with the linter's name in parentheses.
			if !used[i] && f.file == file && f.line == w.line && f.col > 0 &&
				strings.HasPrefix(msg, w.rule+": ") && strings.Contains(msg, w.text) &&
				strings.HasSuffix(msg, "(apierrlint)") {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("no finding %s:%d %s: ...%s... (apierrlint)", w.file, w.line, w.rule, w.text)
		}
	}
	for i, f := range got {
		if !used[i] {
			t.Errorf("unexpected finding %s:%d:%d: %s", f.file, f.line, f.col, f.message)
		}
	}
}

// The tests do not run in parallel: golangci-lint refuses to run while
// another instance runs, and TestEditor must use vscode-go's command line
// as it is, without --allow-parallel-runners.

func TestFindings(t *testing.T) {
	bin := golangci(t)
	dir, ar := module(t)
	out, code := run(t, dir, bin, "run", "./...")
	if code != 1 {
		t.Errorf("golangci-lint run exited %d, want 1 (issues found)", code)
	}
	check(t, dir, ar, parseLikeVSCodeGo(dir, out))
}

// TestEditor runs golangci-lint as vscode-go runs it on the package of a
// saved file (extension/src/goLint.ts, "go.lintTool": "golangci-lint-v2"):
// in the file's directory, with the flags it appends, and parses the
// output with the extension's pattern.
func TestEditor(t *testing.T) {
	bin := golangci(t)
	dir, ar := module(t)
	pkg := filepath.Join(dir, "user")
	out, code := run(t, pkg, bin, "run", "--issues-exit-code=0", "--output.text.print-issued-lines=false",
		"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs")
	if code != 0 {
		t.Errorf("golangci-lint exited %d, want 0 (--issues-exit-code=0)", code)
	}
	got := parseLikeVSCodeGo(pkg, out)
	for _, f := range got {
		if !filepath.IsAbs(f.file) {
			t.Errorf("file %q is not absolute (--path-mode=abs)", f.file)
		}
	}
	check(t, dir, ar, got)
}

// TestFix checks that golangci-lint run --fix applies the rules' fixes.
func TestFix(t *testing.T) {
	bin := golangci(t)
	dir, ar := module(t)
	run(t, dir, bin, "run", "--fix", "./...")
	n := 0
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".golden")
		if !ok {
			continue
		}
		n++
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s after --fix differs from %s in %s:\n--- got\n%s--- want\n%s", name, f.Name, archivePath, got, f.Data)
		}
	}
	if n == 0 {
		t.Fatalf("%s has no golden file", archivePath)
	}
}

// TestBadSettings checks that a typo in the settings stops golangci-lint
// with a message that names it.
func TestBadSettings(t *testing.T) {
	bin := golangci(t)
	dir, _ := module(t)
	conf := filepath.Join(dir, ".golangci.yml")
	data, err := os.ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ old, new, want string }{
		{"report-unused:", "report-unsued:", `unknown key "directives.report-unsued"`},
		// A value the rule cannot read stops golangci-lint when it reads
		// the settings, with the message the flag and the file give.
		{"- (*example.com/plugin/api.Client).Ping", "- (*example.com/plugin/api.Client.Ping", `apierrlint settings: errdrop.exclude[0]: "(*example.com/plugin/api.Client.Ping"`},
	} {
		bad := strings.Replace(string(data), tc.old, tc.new, 1)
		if bad == string(data) {
			t.Fatalf("%q is not in %s", tc.old, conf)
		}
		if err := os.WriteFile(conf, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := command(t, dir, bin, "run", "./...")
		out, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(string(out), tc.want) {
			t.Errorf("golangci-lint with %q: %v, want a failure containing %s\n%s", tc.new, err, tc.want, out)
		}
	}
}

// TestSARIF checks golangci-lint's own SARIF output of the plugin's
// findings: valid against the SARIF 2.1.0 JSON schema, one result per
// finding, under the linter's name.
func TestSARIF(t *testing.T) {
	bin := golangci(t)
	schema := sarifschema.Load(t)
	dir, ar := module(t)
	out := filepath.Join(t.TempDir(), "out.sarif")
	run(t, dir, bin, "run", "--output.sarif.path="+out, "./...")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if schema != nil {
		if err := sarifschema.Validate(schema, data); err != nil {
			t.Errorf("golangci-lint's SARIF does not validate against the SARIF 2.1.0 schema: %v\n%s", err, data)
		}
	}
	var log struct {
		Version string
		Runs    []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Message struct{ Text string }
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("SARIF version %q with %d runs, want 2.1.0 and one run", log.Version, len(log.Runs))
	}
	ws := wanted(t, ar)
	if got := log.Runs[0].Results; len(got) != len(ws) {
		t.Errorf("%d SARIF results, want %d", len(got), len(ws))
	}
	for _, r := range log.Runs[0].Results {
		if r.RuleID != "apierrlint" || !strings.HasPrefix(r.Message.Text, "err") {
			t.Errorf("SARIF result %s: %q, want rule apierrlint and the rule's name first", r.RuleID, r.Message.Text)
		}
	}
	if schema == nil {
		t.Skip("checked all but the schema: APIERRLINT_SARIF_SCHEMA is not set; .ci/run fetches sarif-schema-2.1.0.json and names it there")
	}
}

// TestBrokenInput runs the plugin in golangci-lint on the broken and odd
// modules of testdata/robust (syntax and type errors, a missing import,
// cgo, build tags, vendored code), with the plugin's configuration: a
// clear error or silence, never a panic.
func TestBrokenInput(t *testing.T) {
	bin := golangci(t)
	_, plugin := module(t)
	var conf []byte
	for _, f := range plugin.Files {
		if f.Name == ".golangci.yml" {
			conf = f.Data
		}
	}
	if conf == nil {
		t.Fatalf("%s has no .golangci.yml", archivePath)
	}
	archives, err := filepath.Glob("../testdata/robust/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no archives in testdata/robust: %v", err)
	}
	for _, path := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			files := append(slices.Clone(ar.Files), txtar.File{Name: ".golangci.yml", Data: conf})
			for _, f := range files {
				name := filepath.Join(dir, filepath.FromSlash(f.Name))
				if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cmd := command(t, dir, bin, "run", "./...")
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if err != nil && !errors.As(err, &exit) {
				t.Fatalf("golangci-lint on %s: %v", path, err)
			}
			t.Logf("exit %d\n%s", cmd.ProcessState.ExitCode(), out)
			for _, bad := range []string{"panic:", "goroutine ", "internal error"} {
				if strings.Contains(string(out), bad) {
					t.Errorf("golangci-lint on %s printed %q:\n%s", path, bad, out)
				}
			}
			code := cmd.ProcessState.ExitCode()
			if code < 0 || code > 7 {
				t.Errorf("golangci-lint on %s did not finish normally (exit %d):\n%s", path, code, out)
			}
			// Broken code is named, file and line, and fails the run.
			switch name := filepath.Base(path); name {
			case "syntax.txtar", "typeerr.txtar":
				if code == 0 || !strings.Contains(string(out), "p/p.go:") {
					t.Errorf("golangci-lint on %s: exit %d, want a failure naming p/p.go:\n%s", name, code, out)
				}
			}
			// Vendored code is not linted.
			for line := range strings.SplitSeq(string(out), "\n") {
				if strings.HasPrefix(line, "vendor/") {
					t.Errorf("a finding in vendored code: %s", line)
				}
			}
		})
	}
}
