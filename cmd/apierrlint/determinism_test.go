package main_test

import (
	"path/filepath"
	"testing"
)

// TestDeterminism runs apierrlint on every fixture package under
// testdata/src several times, with GOMAXPROCS 1 and 2 and as JSON and
// text: the same input must give byte-identical output, so that CI logs,
// SARIF uploads and baselines do not churn.
func TestDeterminism(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(testdata, "src")
	catalog := filepath.Join(src, "errcode", "catalog")
	args := []string{
		"-errcode.constants",
		"-errcode.catalog=file=" + filepath.Join(catalog, "acme-codes.txt") + ",site=errcode/acme.Error.Code,site=errcode/acme.HasCode,site=errcode/acme.HasNumber,format=E%d",
		"-errcode.catalog=file=" + filepath.Join(catalog, "acme-reasons.yaml") + ",site=(*errcode/acme.Error).Reason,site=errcode/acme.CodeOf",
		"errorder/...", "errcode/...", "errdrop/...",
	}
	for _, mode := range []string{"-json", "-text"} {
		var first string
		var firstEnv string
		runs := []string{"1", "2", "1", "2"}
		if mode == "-text" {
			runs = runs[:2]
		}
		for _, procs := range runs {
			env := []string{"GOPATH=" + testdata, "GO111MODULE=off", "GOMAXPROCS=" + procs}
			a := args
			if mode == "-json" {
				a = append([]string{"-json"}, args...)
			}
			out, code := runEnv(t, src, env, bin, a...)
			noCrash(t, "apierrlint "+mode, out)
			if code == 1 {
				t.Fatalf("apierrlint %s exited 1 on the fixtures", mode)
			}
			if len(out) == 0 {
				t.Fatalf("apierrlint %s printed nothing on the fixtures", mode)
			}
			if first == "" {
				first, firstEnv = out, procs
				continue
			}
			if out != first {
				t.Errorf("apierrlint %s with GOMAXPROCS=%s printed other output than with GOMAXPROCS=%s:\n--- first\n%s\n--- now\n%s", mode, procs, firstEnv, first, out)
			}
		}
	}
}
