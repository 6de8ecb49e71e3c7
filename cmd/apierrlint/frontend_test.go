package main_test

// Tests of the command's front end as a user meets it: where findings go
// and how they read, the usage, bad options, the output formats, and -fix
// on the README's own example.

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/apierrlint/apierrlint/internal/sarifschema"
)

// runSplit runs the command in dir and returns its stdout, its stderr and
// its exit code.
func runSplit(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := 0
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("apierrlint %s: %v", strings.Join(args, " "), err)
		}
		code = exit.ExitCode()
	}
	t.Logf("apierrlint %s: exit %d\nstdout:\n%sstderr:\n%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	return stdout.String(), stderr.String(), code
}

// TestTextOutput checks that findings go to standard output, so that
// apierrlint ./... > out.txt keeps them, each line naming its rule, once
// each although a package and its test variant both report them.
func TestTextOutput(t *testing.T) {
	t.Parallel()
	dir, ar := module(t)
	stdout, stderr, code := runSplit(t, dir, "./...")
	if code != 3 {
		t.Errorf("exit %d, want 3", code)
	}
	if strings.TrimSpace(stderr) != "" {
		t.Errorf("stderr is not empty on a module that loads:\n%s", stderr)
	}
	line := regexp.MustCompile(`^\S+\.go:\d+:\d+: .+ \((errorder|errcode|errdrop)\)$`)
	seen := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if !line.MatchString(l) {
			t.Errorf("line %q is not file:line:col: message (rule)", l)
		}
		if seen[l] {
			t.Errorf("line %q printed twice", l)
		}
		seen[l] = true
		if filepath.IsAbs(strings.SplitN(l, ":", 2)[0]) {
			t.Errorf("line %q: a file inside the current directory is not named relative to it", l)
		}
	}
	checkErrorder(t, dir, ar, stdout)
}

// TestUsage checks -help (every flag, to stdout, exit 0, none of the
// analysis framework's dead or internal flags) and that a bad option gets
// its error and one line pointing at -help, not the whole usage.
func TestUsage(t *testing.T) {
	t.Parallel()
	stdout, _, code := runSplit(t, ".", "-help")
	if code != 0 {
		t.Errorf("-help exited %d, want 0", code)
	}
	for _, want := range []string{"-fix", "-diff", "-json", "-format", "-cache", "-errcode.catalog", "-apierrlint.config", "-tags", "-test"} {
		if !strings.Contains(stdout, "  "+want+" ") && !strings.Contains(stdout, "  "+want+"\n") {
			t.Errorf("-help does not list %s", want)
		}
	}
	// The framework's flags that do nothing here, the vet protocol's, and
	// the internal analyzers' enable flags and names.
	for _, dead := range []string{"-all", "-source", "-v", "-debug", "-cpuprofile", "-memprofile", "-trace", "-flags", "-V", "-apierrlint", "-apierrlint.digest"} {
		if strings.Contains(stdout, "  "+dead+" ") || strings.Contains(stdout, "  "+dead+"\n") {
			t.Errorf("-help lists %s", dead)
		}
	}
	for _, word := range []string{"deprecated", "apierrtaxonomy"} {
		if strings.Contains(stdout, word) {
			t.Errorf("-help mentions %q", word)
		}
	}

	example, err := filepath.Abs(filepath.Join("..", "..", "testdata", "example"))
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "apierrlint.yml")
	if err := os.WriteFile(bad, []byte("errdrop:\n  exclud: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-apierrlint.config=" + bad, "./..."},
		{"-no-such-flag", "./..."},
		{"-format=xml", "./..."},
		{},
	} {
		stdout, stderr, code := runSplit(t, example, args...)
		if code != 2 {
			t.Errorf("apierrlint %v exited %d, want 2", args, code)
		}
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if len(lines) != 2 || lines[1] != "run 'apierrlint -help' for usage" || stdout != "" {
			t.Errorf("apierrlint %v: want its error and one line pointing at -help on stderr, got stdout %q, stderr:\n%s", args, stdout, stderr)
		}
	}
	_, stderr, _ := runSplit(t, example, "-apierrlint.config="+bad, "./...")
	if !strings.Contains(stderr, "apierrlint.yml:2: unknown key") {
		t.Errorf("a bad configuration file's error does not name the file and line:\n%s", stderr)
	}
}

// TestFormats checks -json and -format=sarif: one JSON object of the
// analysis framework's shape, and a SARIF log with the rules' results.
func TestFormats(t *testing.T) {
	t.Parallel()
	dir, _ := module(t)
	stdout, _, code := runSplit(t, dir, "-json", "./...")
	if code != 0 {
		t.Errorf("-json exited %d, want 0", code)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json: not one JSON object: %v", err)
	}
	if _, ok := tree["example.com/e2e/user"]["errorder"]; !ok {
		t.Errorf("-json: no errorder finding in example.com/e2e/user")
	}

	for _, flag := range []string{"-format=sarif", "-f=sarif"} {
		stdout, _, code = runSplit(t, dir, flag, "./...")
		if code != 3 {
			t.Errorf("%s exited %d, want 3 (findings)", flag, code)
		}
		var log struct {
			Version string
			Runs    []struct {
				Results []struct{ RuleID string }
			}
		}
		if err := json.Unmarshal([]byte(stdout), &log); err != nil {
			t.Fatalf("%s: not JSON: %v", flag, err)
		}
		if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
			t.Fatalf("%s: not a SARIF 2.1.0 log with results: %.300s", flag, stdout)
		}
		// Against the SARIF 2.1.0 JSON schema, when it is at hand (see
		// internal/sarifschema; in CI it always is).
		if s := sarifschema.Load(t); s != nil {
			if err := sarifschema.Validate(s, []byte(stdout)); err != nil {
				t.Errorf("%s: the log does not validate against the SARIF 2.1.0 schema: %v", flag, err)
			}
		}
		found := false
		for _, r := range log.Runs[0].Results {
			found = found || r.RuleID == "errorder"
		}
		if !found {
			t.Errorf("%s: no errorder result", flag)
		}
	}
}

// TestFixOneRun checks that one -diff run on the README's example holds
// every fix, those that overlap included: errorder's reorder of a chain
// and errcode's fix of the literal inside a clause it moves, and the swap
// of the predicate with the return before it.
func TestFixOneRun(t *testing.T) {
	t.Parallel()
	stdout, _, code := runSplit(t, filepath.Join("..", ".."), "-diff", "./testdata/example/...")
	if code != 0 {
		t.Errorf("-diff exited %d, want 0", code)
	}
	for _, want := range []string{
		"+\tif storeclient.IsNotFound(err) {",
		"+\tif errors.As(err, &nf) {",
		"+\t\tif apiErr.StatusCode == 404 {",
		"+\tif errors.Is(err, storeclient.ErrBucketNotFound) {",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-diff has no line %q", want)
		}
	}
}

// TestTypeErrorMessages checks that a package with a type error is
// reported by go's own message, with the file and line, and that the
// registry's internal analyzers (the taxonomy pass, the configuration
// file's) never surface by name; the other packages are still analyzed.
func TestTypeErrorMessages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":   "module example.com/te\n\ngo 1.26\n",
		"p/p.go":   "package p\n\nfunc F() int { return \"x\" }\n",
		"q/q.go":   "package q\n\nimport \"os\"\n\n// G drops the error of Remove.\nfunc G() { os.Remove(\"x\") }\n",
		"q/doc.go": "// Package q has a finding.\npackage q\n",
	}
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := runSplit(t, dir, "./...")
	if code != 3 {
		t.Errorf("exit %d, want 3: q has a finding (and p a type error)", code)
	}
	if !strings.Contains(stderr, "p/p.go:3:23: cannot use") {
		t.Errorf("stderr does not report p's type error with its position:\n%s", stderr)
	}
	if !strings.Contains(stdout, "q/q.go:6:12: ") || !strings.HasSuffix(strings.TrimSpace(stdout), "(errdrop)") {
		t.Errorf("stdout does not report q's errdrop finding:\n%s", stdout)
	}
	for _, internal := range []string{"apierrtaxonomy", "analysis skipped", "apierrlint.config"} {
		if strings.Contains(stdout+stderr, internal) {
			t.Errorf("the output names %q", internal)
		}
	}
	if _, _, code := runSplit(t, dir, "./p"); code != 1 {
		t.Errorf("apierrlint ./p exited %d, want 1 (a type error, no findings)", code)
	}
}
