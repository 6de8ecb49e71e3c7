package main_test

// End-to-end tests of the apierrlint binary: built once, run standalone and
// as go vet's vet tool on the small module of testdata/e2e/module.txtar.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// bin is the apierrlint binary that TestMain builds.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "apierrlint-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "apierrlint")
	code := 1
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building apierrlint: %v\n%s", err, out)
	} else {
		code = m.Run()
	}
	if err := os.RemoveAll(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

const archivePath = "../../testdata/e2e/module.txtar"

// module writes the files of the e2e archive, less the golden ones, into a
// fresh directory and returns it with the archive.
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

// run runs a command in dir, offline and outside any workspace, and returns
// its combined output and exit code.
func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
		}
		code = exit.ExitCode()
	}
	t.Logf("%s %s: exit %d\n%s", filepath.Base(name), strings.Join(args, " "), code, out)
	return string(out), code
}

// A diagnostic is one line of plain output: file:line:col: message.
type diagnostic struct {
	file    string // slash-separated, relative to the module when it is inside it
	line    int
	message string
}

var diagLine = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):\d+: (.*)$`)

func diagnostics(dir, out string) []diagnostic {
	var diags []diagnostic
	for _, m := range diagLine.FindAllStringSubmatch(out, -1) {
		file := m[1]
		if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsAbs(file) && !strings.HasPrefix(rel, "..") {
			file = rel
		}
		line, err := strconv.Atoi(m[2])
		if err != nil {
			panic(err) // the regexp matched digits
		}
		diags = append(diags, diagnostic{strings.TrimPrefix(filepath.ToSlash(file), "./"), line, m[3]})
	}
	return diags
}

var wantLine = regexp.MustCompile(`(?m)^want (\S+:\d+) (\w+)$`)

// wanted returns the findings of rule that the archive's comment lists, as
// "file:line".
func wanted(ar *txtar.Archive, rule string) []string {
	var want []string
	for _, m := range wantLine.FindAllSubmatch(ar.Comment, -1) {
		if string(m[2]) == rule {
			want = append(want, string(m[1]))
		}
	}
	return want
}

// errorderMessage is the stable part of errorder's message, such as
// "errors.As(err, &nf) can never succeed: errors.As(err, &base) on line 14
// matches first (*api.NotFoundError implements api.Error); check the
// specific error first".
var errorderMessage = regexp.MustCompile(`can never succeed: .* matches first`)

// checkErrorder checks that errorder reported each line that the archive
// lists, and nothing in package clean. The relations it needs are declared
// in package api: reporting them in package user proves that they crossed
// the package boundary as facts.
func checkErrorder(t *testing.T, dir string, ar *txtar.Archive, out string) {
	t.Helper()
	diags := diagnostics(dir, out)
	var got []string
	for _, d := range diags {
		if errorderMessage.MatchString(d.message) {
			got = append(got, fmt.Sprintf("%s:%d", d.file, d.line))
		}
		if strings.HasPrefix(d.file, "clean/") {
			t.Errorf("reported in package clean, which has nothing to report: %s:%d: %s", d.file, d.line, d.message)
		}
	}
	want := wanted(ar, "errorder")
	if len(want) == 0 {
		t.Fatalf("%s lists no errorder finding", archivePath)
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("no errorder diagnostic matching %q at %s; got errorder findings at %v", errorderMessage, w, got)
		}
	}
}

func TestVet(t *testing.T) {
	t.Parallel()
	dir, ar := module(t)
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code == 0 {
		t.Errorf("go vet exited 0, want non-zero: the module has findings")
	}
	checkErrorder(t, dir, ar, out)
}

// TestVetFlags checks that go vet passes a rule's flag through to the tool
// and refuses one that the tool does not list.
func TestVetFlags(t *testing.T) {
	t.Parallel()
	out, _ := run(t, ".", bin, "-flags")
	var flags []struct{ Name string }
	if err := json.Unmarshal([]byte(out), &flags); err != nil {
		t.Fatalf("apierrlint -flags: %v", err)
	}
	const flag = "errdrop.tests"
	if !slices.ContainsFunc(flags, func(f struct{ Name string }) bool { return f.Name == flag }) {
		t.Skipf("no rule has the flag -%s yet: nothing to pass through", flag)
	}

	dir, ar := module(t)
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "-"+flag+"=false", "./...")
	if code == 0 {
		t.Errorf("go vet -%s=false exited 0, want non-zero: the module has findings", flag)
	}
	if strings.Contains(out, "flag provided but not defined") {
		t.Errorf("go vet did not pass -%s through", flag)
	}
	checkErrorder(t, dir, ar, out)

	out, code = run(t, dir, "go", "vet", "-vettool="+bin, "-errorder.no-such-flag=1", "./...")
	if code == 0 || !strings.Contains(out, "no-such-flag") {
		t.Errorf("go vet accepted a flag that no rule has (exit %d)", code)
	}
}

func TestStandalone(t *testing.T) {
	t.Parallel()
	dir, ar := module(t)
	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Errorf("apierrlint ./... exited %d, want 3 (findings)", code)
	}
	checkErrorder(t, dir, ar, out)

	out, code = run(t, dir, bin, "./clean")
	if code != 0 || strings.TrimSpace(out) != "" {
		t.Errorf("apierrlint ./clean exited %d with output %q, want 0 and nothing", code, out)
	}

	out, code = run(t, dir, bin, "./no-such-package")
	if code != 1 {
		t.Errorf("apierrlint on a package that does not exist exited %d, want 1\n%s", code, out)
	}
}

func TestJSON(t *testing.T) {
	t.Parallel()
	dir, _ := module(t)
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		t.Errorf("apierrlint -json ./...: %v, want exit 0 whatever it finds", err)
	}
	// package path -> analyzer -> diagnostics
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
		t.Fatalf("apierrlint -json printed no JSON object: %v\n%s", err, stdout.Bytes())
	}
	if _, ok := tree["example.com/e2e/user"]["errorder"]; !ok {
		t.Errorf("apierrlint -json reported no errorder finding in example.com/e2e/user:\n%s", stdout.Bytes())
	}
}

func TestFix(t *testing.T) {
	t.Parallel()
	dir, ar := module(t)
	if _, code := run(t, dir, bin, "-fix", "./..."); code != 0 {
		t.Errorf("apierrlint -fix ./... exited %d, want 0 once the fixes are applied", code)
	}
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".golden")
		if !ok {
			continue
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s after -fix differs from %s in %s:\n--- got\n%s--- want\n%s", name, f.Name, archivePath, got, f.Data)
		}
	}
}

// TestVetFix checks go vet -fix with apierrlint as the vet tool: it applies
// the same fixes as apierrlint -fix, and go vet then finds nothing.
func TestVetFix(t *testing.T) {
	t.Parallel()
	dir, ar := module(t)
	if _, code := run(t, dir, "go", "vet", "-vettool="+bin, "-fix", "./..."); code != 0 {
		t.Errorf("go vet -fix exited %d, want 0 once the fixes are applied", code)
	}
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".golden")
		if !ok {
			continue
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("%s after go vet -fix differs from %s in %s:\n--- got\n%s--- want\n%s", name, f.Name, archivePath, got, f.Data)
		}
	}
	if out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./..."); code != 0 {
		t.Errorf("go vet after -fix exited %d, want 0 (nothing left to report)\n%s", code, out)
	}
}

// TestVetExitCodes checks the exit codes the README documents for go vet:
// 1 with findings, 0 with -json whatever it finds.
func TestVetExitCodes(t *testing.T) {
	t.Parallel()
	dir, _ := module(t)
	if _, code := run(t, dir, "go", "vet", "-vettool="+bin, "./user"); code != 1 {
		t.Errorf("go vet on a package with findings exited %d, want 1", code)
	}
	if _, code := run(t, dir, "go", "vet", "-vettool="+bin, "-json", "./user"); code != 0 {
		t.Errorf("go vet -json exited %d, want 0", code)
	}
	if _, code := run(t, dir, "go", "vet", "-vettool="+bin, "./clean"); code != 0 {
		t.Errorf("go vet on a clean package exited %d, want 0", code)
	}
}
