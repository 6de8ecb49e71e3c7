package main_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// copyTree copies the directory src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot reads every .go file under dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		files[path] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestFixTwice applies every suggested fix of every fixture package that
// has fixes (those with .golden files) with apierrlint -fix, on a copy of
// the GOPATH tree under testdata, with the options that give the fixtures
// their fixes. The fixed packages must compile, tests included, and a
// second -fix must change nothing.
func TestFixTwice(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Glob(filepath.Join(testdata, "src", "*", "*", "*.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no goldens under %s: %v", testdata, err)
	}
	pkgSet := make(map[string]bool)
	for _, g := range goldens {
		rel, err := filepath.Rel(filepath.Join(testdata, "src"), filepath.Dir(g))
		if err != nil {
			t.Fatal(err)
		}
		pkgSet[filepath.ToSlash(rel)] = true
	}
	var pkgs []string
	for p := range pkgSet {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)

	gopath := t.TempDir()
	copyTree(t, filepath.Join(testdata, "src"), filepath.Join(gopath, "src"))
	src := filepath.Join(gopath, "src")
	env := []string{"GOPATH=" + gopath, "GO111MODULE=off"}
	catalog := filepath.Join(src, "errcode", "catalog")
	flags := []string{
		"-fix",
		"-errcode.constants",
		"-errcode.catalog=file=" + filepath.Join(catalog, "acme-codes.txt") + ",site=errcode/acme.Error.Code,site=errcode/acme.HasCode,site=errcode/acme.HasNumber,format=E%d",
		"-errcode.catalog=file=" + filepath.Join(catalog, "acme-reasons.yaml") + ",site=(*errcode/acme.Error).Reason,site=errcode/acme.CodeOf",
	}
	// The ngrok fixture needs the real catalog, which lives outside the
	// repository (see errcode's TestNgrokCatalog).
	ngrok, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "data", "ngrok-error-codes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(ngrok); err == nil {
		flags = append(flags, "-errcode.catalog=file="+ngrok+
			",site=github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode,site=github.com/ngrok/ngrok-api-go/v7.IsErrorCode,format=ERR_NGROK_%d")
	} else {
		t.Logf("leaving out errcode/ngrok: %v", err)
		pkgs = slices.DeleteFunc(pkgs, func(p string) bool { return p == "errcode/ngrok" })
	}

	dirs := make(map[string]string) // package -> directory
	for _, pkg := range pkgs {
		dirs[pkg] = filepath.Join(src, filepath.FromSlash(pkg))
	}
	before := snapshot(t, src)
	out, code := runEnv(t, src, env, bin, append(flags, pkgs...)...)
	noCrash(t, "apierrlint -fix", out)
	if code == 1 {
		t.Fatalf("apierrlint -fix exited 1 (load or analysis error)")
	}
	fixed := snapshot(t, src)
	for _, pkg := range pkgs {
		changed := false
		for name, data := range fixed {
			if filepath.Dir(name) == dirs[pkg] && !bytes.Equal(before[name], data) {
				changed = true
			}
		}
		if !changed {
			t.Errorf("apierrlint -fix changed nothing in %s, which has goldens", pkg)
		}
	}

	out, code = runEnv(t, src, env, bin, append(flags, pkgs...)...)
	noCrash(t, "apierrlint -fix (second run)", out)
	if code == 1 {
		t.Errorf("the second apierrlint -fix exited 1")
	}
	for name, data := range snapshot(t, src) {
		if bytes.Equal(fixed[name], data) {
			continue
		}
		rel, err := filepath.Rel(src, name)
		if err != nil {
			t.Fatal(err)
		}
		t.Errorf("the second apierrlint -fix changed %s:\n--- after the first\n%s\n--- after the second\n%s", rel, fixed[name], data)
	}

	// The fixed packages compile, their tests included: go build for
	// those with non-test files, go test (which runs nothing) for those
	// with tests.
	var build, test []string
	for _, pkg := range pkgs {
		all, err := filepath.Glob(filepath.Join(dirs[pkg], "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		tests, err := filepath.Glob(filepath.Join(dirs[pkg], "*_test.go"))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) > len(tests) {
			build = append(build, pkg)
		}
		if len(tests) > 0 {
			test = append(test, pkg)
		}
	}
	if out, code := runEnv(t, src, env, "go", append([]string{"build"}, build...)...); code != 0 {
		t.Errorf("the fixed packages do not compile:\n%s", out)
	}
	if len(test) > 0 {
		if out, code := runEnv(t, src, env, "go", append([]string{"test", "-vet=off", "-count=1", "-run=^$"}, test...)...); code != 0 {
			t.Errorf("the fixed packages' tests do not compile:\n%s", out)
		}
	}
}
