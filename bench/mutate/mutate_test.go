package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/mutate/mutants.golden")

const testModule = "../../testdata/mutate"

func loadTestModule(t *testing.T) (string, []*Mutant) {
	t.Helper()
	dir, err := filepath.Abs(testModule)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := load(context.Background(), dir, 1)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(ms, func(a, b *Mutant) int {
		return strings.Compare(fmt.Sprintf("%s:%06d:%s", a.File, a.Lo, a.Op), fmt.Sprintf("%s:%06d:%s", b.File, b.Lo, b.Op))
	})
	return dir, ms
}

// render shows each mutant as its operator, site and description, and
// the mutated lines of the site.
func render(t *testing.T, dir string, ms []*Mutant) string {
	var b strings.Builder
	for _, m := range ms {
		src, err := os.ReadFile(m.File)
		if err != nil {
			t.Fatal(err)
		}
		mut, lo, hi := m.apply(src)
		first := 1 + strings.Count(string(mut[:lo]), "\n")
		last := 1 + strings.Count(string(mut[:hi]), "\n")
		fmt.Fprintf(&b, "== %s %s %s:%d: %s\n%s", m.Rule, m.Op, relPath(dir, m.File), m.Line, m.Desc, snippet(mut, first, last))
	}
	return b.String()
}

// TestMutantsGolden checks every mutant of the test module, its site and
// its text, against testdata/mutate/mutants.golden.
func TestMutantsGolden(t *testing.T) {
	dir, ms := loadTestModule(t)
	got := render(t, dir, ms)
	golden := filepath.Join(testModule, "mutants.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("mutants differ from %s (go test ./bench/mutate -run Golden -update rewrites it):\n%s", golden, got)
	}
}

// TestEveryOperator: the test module has a site for every operator but the
// two that need real packages (gRPC codes, k8s reasons).
func TestEveryOperator(t *testing.T) {
	_, ms := loadTestModule(t)
	have := map[string]bool{}
	for _, m := range ms {
		have[m.Op] = true
	}
	for _, op := range operatorNames() {
		if op == "code-grpc" || op == "code-k8s" {
			continue
		}
		if !have[op] {
			t.Errorf("no %s mutant in the test module", op)
		}
	}
}

// TestNotSites: the functions of app.go whose comment says "not a site"
// get no mutant of the kind named.
func TestNotSites(t *testing.T) {
	dir, ms := loadTestModule(t)
	src, err := os.ReadFile(filepath.Join(dir, "app", "app.go"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	span := func(fn string) (int, int) {
		for i, l := range lines {
			if strings.HasPrefix(l, "func "+fn+"(") || strings.HasPrefix(l, "func (store) "+fn+"(") {
				for j := i; j < len(lines); j++ {
					if lines[j] == "}" {
						return i + 1, j + 1
					}
				}
			}
		}
		t.Fatalf("no func %s in app.go", fn)
		return 0, 0
	}
	for _, c := range []struct{ fn, rule string }{
		{"Paint", ""},        // a Color is not a code type
		{"Cleanup", ""},      // os.Remove is not an API call
		{"Later", "errdrop"}, // err is captured by a closure
		{"Sync", ""},         // flush always returns nil
		{"flush", ""},
		{"NilIs", "errorder"}, // errors.Is(err, nil) holds for a nil error
	} {
		lo, hi := span(c.fn)
		for _, m := range ms {
			if filepath.Base(m.File) == "app.go" && m.Line >= lo && m.Line <= hi && (c.rule == "" || m.Rule == c.rule) {
				t.Errorf("%s: %s mutant at line %d: %s", c.fn, m.Op, m.Line, m.Desc)
			}
		}
	}
}

func TestOneEdits(t *testing.T) {
	got := oneEdits("abc")
	want := []string{"bc", "aabc", "bac", "ac", "abbc", "acb", "ab", "abcc"}
	if !slices.Equal(got, want) {
		t.Errorf("oneEdits(abc) = %q, want %q", got, want)
	}
	if got := oneEdits("a"); got != nil {
		t.Errorf("oneEdits(a) = %q, want none: one character has no near miss worth a code", got)
	}
}

func TestDigitEdits(t *testing.T) {
	got := digitEdits(404)
	want := []int64{4404, 44, 4004, 40, 4044} // 04 is no decimal literal
	if !slices.Equal(got, want) {
		t.Errorf("digitEdits(404) = %v, want %v", got, want)
	}
	if got := digitEdits(5); !slices.Equal(got, []int64{55}) {
		t.Errorf("digitEdits(5) = %v, want [55]", got)
	}
}

func TestApplyRegion(t *testing.T) {
	src := []byte("aaa\nbbb\nccc\n")
	// An insertion at the site's start and a replacement inside it: the
	// site in the mutant covers both.
	m := &Mutant{Lo: 4, Hi: 7, Edits: []Edit{{4, 4, "xx\n"}, {5, 6, "BBBB"}}}
	mut, lo, hi := m.apply(src)
	if string(mut) != "aaa\nxx\nbBBBBb\nccc\n" {
		t.Fatalf("apply = %q", mut)
	}
	if string(mut[lo:hi]) != "xx\nbBBBBb" {
		t.Errorf("site in the mutant = %q, want %q", mut[lo:hi], "xx\nbBBBBb")
	}
}

func TestParseVetJSON(t *testing.T) {
	out := []byte(`# example.com/p
{
	"example.com/p": {
		"errdrop": [{"posn": "/m/p/a.go:6:10", "end": "/m/p/a.go:6:22", "message": "lost"}]
	}
}
# example.com/p [example.com/p.test]
{
	"example.com/p [example.com/p.test]": {
		"errdrop": [{"posn": "/m/p/a.go:6:10", "message": "lost"}],
		"errorder": [{"posn": "/m/p/a_test.go:3:2", "message": "shadowed"}]
	}
}
`)
	got, err := parseVetJSON(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []diag{{"errdrop", "/m/p/a.go", 6, 10, "lost"}, {"errorder", "/m/p/a_test.go", 3, 2, "shadowed"}}
	slices.SortFunc(got, func(a, b diag) int { return strings.Compare(a.Rule, b.Rule) })
	if !slices.Equal(got, want) {
		t.Errorf("parseVetJSON = %v, want %v (the test variant's copy counted once)", got, want)
	}
	if _, err := parseVetJSON([]byte(`{"p": {"errdrop": {"error": "boom"}}}`)); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("a failed analysis gave %v, want its error", err)
	}
	if _, err := parseVetJSON([]byte("{not json")); err == nil {
		t.Error("malformed output gave no error")
	}
}

// TestRunMutants runs every mutant of the test module through go vet with
// apierrlint built from this checkout.
func TestRunMutants(t *testing.T) {
	if testing.Short() {
		t.Skip("builds apierrlint and runs go vet once per mutant")
	}
	bin := filepath.Join(t.TempDir(), "apierrlint")
	build := exec.Command("go", "build", "-o", bin, "github.com/apierrlint/apierrlint/cmd/apierrlint")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir, ms := loadTestModule(t)
	v := &vetter{bin: bin, mod: dir, timeout: 5 * time.Minute, baseline: map[string]*baselineRun{}}
	ctx := context.Background()
	status := map[string]map[string]int{}
	for i, m := range ms {
		out := v.try(ctx, filepath.Join(t.TempDir(), fmt.Sprint(i)), m)
		if status[m.Op] == nil {
			status[m.Op] = map[string]int{}
		}
		status[m.Op][out.status]++
		if out.status != "killed" {
			t.Logf("%s %s %s:%d: %s: %s %v", out.status, m.Op, relPath(dir, m.File), m.Line, m.Desc, out.detail, out.inSite)
		}
		if out.status == "error" || out.status == "pre" {
			t.Errorf("%s %s:%d: %s: %s %s", m.Op, relPath(dir, m.File), m.Line, m.Desc, out.status, out.detail)
		}
	}
	t.Logf("outcomes: %v", status)
	// Shapes every rule has had since it was written: these must be found.
	for _, op := range []string{"code-string", "code-http", "code-int", "swap", "dup", "nilguard", "blank", "defer", "overwrite", "nilreturn"} {
		if status[op]["killed"] == 0 || status[op]["survived"] > 0 {
			t.Errorf("%s: %v, want every buildable mutant killed", op, status[op])
		}
	}

	// A mutant that does not type-check is unbuildable, not a survivor.
	src := filepath.Join(dir, "app", "app.go")
	bad := &Mutant{Rule: "errdrop", Op: "blank", File: src, Dir: filepath.Dir(src), Edits: []Edit{{0, 0, "!"}}}
	if out := v.try(ctx, filepath.Join(t.TempDir(), "bad"), bad); out.status != "unbuildable" {
		t.Errorf("a mutant with a syntax error: %s, want unbuildable", out.status)
	}
	// A mutant that changes nothing is a survivor: the site was correct.
	same := &Mutant{Rule: "errdrop", Op: "blank", File: src, Dir: filepath.Dir(src), Lo: 0, Hi: 10}
	if out := v.try(ctx, filepath.Join(t.TempDir(), "same"), same); out.status != "survived" {
		t.Errorf("a mutant without edits: %s, want survived", out.status)
	}
}
