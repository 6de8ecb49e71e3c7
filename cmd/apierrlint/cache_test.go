package main_test

// Tests of the cache behind apierrlint ./... (go vet's, which the command
// runs with itself as the vet tool): a re-run with nothing changed analyzes
// no package, and each kind of edit (a file, a dependency, the
// configuration file, a catalog in place) changes the findings on the next
// run and analyzes again only what it reaches. The tool writes each unit it
// analyzes to APIERRLINT_VETLOG; a unit that go vet finds in its cache runs
// no tool and writes nothing.

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// cacheModule writes testdata/e2e/cache.txtar into a fresh directory.
func cacheModule(t *testing.T) string {
	t.Helper()
	ar, err := txtar.ParseFile("../../testdata/e2e/cache.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A cachedRun is what one run of the command printed and analyzed.
type cachedRun struct {
	stdout, stderr string
	code           int
	units          []string // the units the vet tool analyzed, of this module
	findings       []string // "file:line rule", from stdout
}

// runCached runs the command in dir with args and returns what it did.
func runCached(t *testing.T, dir string, args ...string) cachedRun {
	t.Helper()
	vetlog := filepath.Join(t.TempDir(), "vetlog")
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local", "APIERRLINT_VETLOG="+vetlog)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	r := cachedRun{}
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("apierrlint %s: %v", strings.Join(args, " "), err)
		}
		r.code = exit.ExitCode()
	}
	r.stdout, r.stderr = stdout.String(), stderr.String()
	data, err := os.ReadFile(vetlog)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	for _, u := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(u, "example.com/cache/") {
			r.units = append(r.units, u)
		}
	}
	slices.Sort(r.units)
	for _, d := range diagnostics(dir, r.stdout) {
		rule := d.message[strings.LastIndex(d.message, "(")+1 : len(d.message)-1]
		r.findings = append(r.findings, d.file+":"+strconv.Itoa(d.line)+" "+rule)
	}
	t.Logf("apierrlint %s: exit %d, analyzed %v\nstdout:\n%sstderr:\n%s", strings.Join(args, " "), r.code, r.units, r.stdout, r.stderr)
	return r
}

// edit replaces old by repl in the file name of dir; old must be there.
func edit(t *testing.T, dir, name, old, repl string) {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(name))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s has no %q", name, old)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(old), []byte(repl), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func checkFindings(t *testing.T, step string, r cachedRun, want ...string) {
	t.Helper()
	got := r.findings
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s: findings %v, want %v", step, got, want)
	}
	if len(want) > 0 && r.code != 3 {
		t.Errorf("%s: exit %d, want 3 (findings)", step, r.code)
	}
}

// checkUnits checks that the run analyzed exactly the packages named (by
// path under example.com/cache/).
func checkUnits(t *testing.T, step string, r cachedRun, want ...string) {
	t.Helper()
	for i := range want {
		want[i] = "example.com/cache/" + want[i]
	}
	slices.Sort(want)
	if !slices.Equal(r.units, want) {
		t.Errorf("%s: analyzed %v, want %v", step, r.units, want)
	}
}

func TestCache(t *testing.T) {
	t.Parallel()
	dir := cacheModule(t)
	args := []string{"-apierrlint.config=apierrlint.yml", "./..."}

	r := runCached(t, dir, args...)
	checkFindings(t, "first run", r, "user/user.go:16 errorder", "user/user.go:25 errcode")
	checkUnits(t, "first run", r, "api", "clean", "leaf", "user")
	if strings.TrimSpace(r.stderr) != "" {
		t.Errorf("first run: findings or messages on stderr:\n%s", r.stderr)
	}

	r = runCached(t, dir, args...)
	checkFindings(t, "re-run, nothing changed", r, "user/user.go:16 errorder", "user/user.go:25 errcode")
	checkUnits(t, "re-run, nothing changed", r)

	// A file of a package nothing imports: that package alone.
	edit(t, dir, "leaf/leaf.go", "return c.Ping()", "c.Ping()\n\treturn nil")
	r = runCached(t, dir, args...)
	checkFindings(t, "leaf edited", r, "leaf/leaf.go:8 errdrop", "user/user.go:16 errorder", "user/user.go:25 errcode")
	checkUnits(t, "leaf edited", r, "leaf")

	// A dependency: NotFoundError no longer unwraps to Error, so user's
	// order is right, though user's files did not change.
	edit(t, dir, "api/api.go", "func (e *NotFoundError) Unwrap() error { return &e.Err }", "func (e *NotFoundError) Cause() error { return &e.Err }")
	r = runCached(t, dir, args...)
	checkFindings(t, "dependency edited", r, "leaf/leaf.go:8 errdrop", "user/user.go:25 errcode")
	checkUnits(t, "dependency edited", r, "api", "leaf", "user")

	// The configuration file, same name, new contents.
	edit(t, dir, "apierrlint.yml", "errcode:", "disable: [errdrop]\nerrcode:")
	r = runCached(t, dir, args...)
	checkFindings(t, "configuration edited", r, "user/user.go:25 errcode")

	// A catalog edited in place: E1020 becomes a known code.
	edit(t, dir, "codes.txt", "E1002 conflict", "E1002 conflict\nE1020 gone")
	r = runCached(t, dir, args...)
	checkFindings(t, "catalog edited", r)
	if r.code != 0 {
		t.Errorf("catalog edited: exit %d, want 0 (no findings)", r.code)
	}
	r = runCached(t, dir, args...)
	checkUnits(t, "re-run after the catalog edit", r)

	// Without the cache every package is analyzed again, with the same
	// findings.
	r = runCached(t, dir, append([]string{"-cache=false"}, args...)...)
	checkFindings(t, "-cache=false", r)
	checkUnits(t, "-cache=false", r, "api", "clean", "leaf", "user")
}

// TestCachedFix checks -fix and -diff from a warm cache: the fixes of a
// chain whose findings were replayed from the cache are applied, and the
// next run reports only what has no fix.
func TestCachedFix(t *testing.T) {
	t.Parallel()
	dir := cacheModule(t)
	args := []string{"-apierrlint.config=apierrlint.yml", "./..."}
	runCached(t, dir, args...)
	r := runCached(t, dir, args...)
	checkUnits(t, "warm run", r)

	r = runCached(t, dir, append([]string{"-diff"}, args...)...)
	if r.code != 0 || !strings.Contains(r.stdout, "+\tif errors.As(err, &nf) {") || !strings.Contains(r.stdout, `+	return errors.As(err, &e) && e.Code == "E1002"`) {
		t.Errorf("-diff: exit %d, want 0 and a diff with both fixes", r.code)
	}
	data, err := os.ReadFile(filepath.Join(dir, "user", "user.go"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(`"E1002"`)) {
		t.Errorf("-diff changed user/user.go")
	}

	// A finding without a fix, in the file the fixes change: it must
	// still be there after -fix, named by its file.
	path := filepath.Join(dir, "user", "user.go")
	data, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "\n// Drop drops the error of Ping.\nfunc Drop(c *api.Client) { c.Ping() }\n"...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}

	r = runCached(t, dir, append([]string{"-fix"}, args...)...)
	if r.code != 0 {
		t.Errorf("-fix: exit %d, want 0", r.code)
	}
	if !strings.Contains(r.stderr, "apierrlint: applied 2 fixes, 1 file updated") {
		t.Errorf("-fix did not say it applied both fixes to one file")
	}
	// The run after -fix finds the fixed contents in the cache, computed by
	// -fix's last round through an overlay, and must name the real file,
	// not the overlay's copy.
	r = runCached(t, dir, args...)
	if len(r.findings) != 1 || !strings.HasPrefix(r.findings[0], "user/user.go:") || !strings.HasSuffix(r.findings[0], " errdrop") {
		t.Errorf("after -fix: findings %v, want the one errdrop finding in user/user.go", r.findings)
	}
	if strings.Contains(r.stdout+r.stderr, filepath.Join("apierrlint", "fix")) {
		t.Errorf("after -fix: the output names the overlay's copies")
	}
}

// TestVetDigest checks that the vet tool refuses a digest that does not
// match the configuration: a stale key must not pass for a fresh one.
func TestVetDigest(t *testing.T) {
	t.Parallel()
	dir := cacheModule(t)
	cfg := filepath.Join(dir, "apierrlint.yml")
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "-apierrlint.config="+cfg, "-apierrlint.digest=0123", "./user")
	if code == 0 || !strings.Contains(out, "does not match the configuration and catalog files") {
		t.Errorf("go vet with a wrong -apierrlint.digest: exit %d, want a failure that says the digest does not match", code)
	}
}

// TestVetDigestRoute checks the go vet route with the digest that
// apierrlint digest prints. go vet keys a package's result by the flags'
// text, so a result cached under a digest was computed from files that
// matched it (the tool checks): after a catalog is edited in place, the
// recomputed digest changes the findings, and a tool run under the old
// digest fails instead of computing results that would be cached under a
// key that does not describe them.
func TestVetDigestRoute(t *testing.T) {
	t.Parallel()
	dir := cacheModule(t)
	cfgFlag := "-apierrlint.config=" + filepath.Join(dir, "apierrlint.yml")
	digest := func() string {
		t.Helper()
		out, _, code := runSplit(t, dir, "digest", cfgFlag)
		if code != 0 || len(strings.TrimSpace(out)) != 64 {
			t.Fatalf("apierrlint digest: exit %d, output %q, want a SHA-256 in hex", code, out)
		}
		return "-apierrlint.digest=" + strings.TrimSpace(out)
	}
	vet := func(digestFlag, pkg string) (string, int) {
		t.Helper()
		return run(t, dir, "go", "vet", "-vettool="+bin, cfgFlag, digestFlag, pkg)
	}
	const finding = `"E1020" is not a known code in codes.txt`
	d1 := digest()
	if out, code := vet(d1, "./user"); code == 0 || !strings.Contains(out, finding) {
		t.Errorf("go vet before the edit: exit %d, want 1 with the errcode finding", code)
	}
	edit(t, dir, "codes.txt", "E1002 conflict", "E1002 conflict\nE1020 gone")
	d2 := digest()
	if d2 == d1 {
		t.Fatalf("apierrlint digest did not change when a catalog changed")
	}
	if out, _ := vet(d2, "./user"); strings.Contains(out, finding) {
		t.Errorf("go vet after the edit, with the new digest, still reports %s", finding)
	}
	// Package leaf was never analyzed under d1: the tool runs, and the
	// files no longer match d1.
	if out, code := vet(d1, "./leaf"); code == 0 || !strings.Contains(out, "does not match the configuration and catalog files") {
		t.Errorf("go vet with the digest of the files before the edit: exit %d, want a failure naming the mismatch", code)
	}
}
