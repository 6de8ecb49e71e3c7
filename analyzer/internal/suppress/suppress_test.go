package suppress_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/analyzer/config"
)

// recorder is an analysistest.Testing that keeps the complaints about
// unexpected diagnostics: the fixture has no want comments, and the test
// checks the diagnostics itself.
type recorder struct{}

func (recorder) Errorf(string, ...any) {}

// findings runs the analyzers cfg enables on the directives fixture and
// returns "rule:line: message" for each diagnostic.
func findings(t *testing.T, cfg *config.Config) []string {
	t.Helper()
	as, err := analyzer.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		for _, r := range analysistest.Run(recorder{}, analysistest.TestData(), a, "directives") {
			if r.Err != nil {
				t.Fatalf("%s: %v", a.Name, r.Err)
			}
			for _, d := range r.Diagnostics {
				got = append(got, fmt.Sprintf("%s:%d: %s", a.Name, r.Pass.Fset.Position(d.Pos).Line, d.Message))
			}
		}
	}
	slices.Sort(got)
	return got
}

const (
	noReason = "apierrlint:ignore directive has no reason and silences nothing: write why after the rule name (//apierrlint:ignore %s <reason>)"
	noRule   = "apierrlint:ignore directive names no rule: write //apierrlint:ignore <rule> <reason>"
	unused   = "apierrlint:ignore directive for %s silences nothing: remove it"
	dropped  = "error returned by del is not checked; handle or return it"
	misspelt = "nolint directive silences nothing: golangci-lint reads %q as a linter name; write the reason after //, as in //nolint:%s // <reason>"
)

func TestDirectives(t *testing.T) {
	t.Parallel()
	base := []string{
		"errdrop:19: " + fmt.Sprintf(noReason, "errdrop"),
		"errdrop:20: " + dropped, // the directive without a reason silences nothing
		"errdrop:33: " + dropped, // the directive names another rule
		"errdrop:39: " + dropped, // "all" without a reason silences nothing
		"errorder:38: " + fmt.Sprintf(noReason, "all"),
		"errorder:44: " + noRule,
		// nolintForms: the directives golangci-lint does not read as
		// covering errdrop.
		"errdrop:62: " + dropped,
		"errdrop:63: " + dropped,
		"errdrop:64: " + dropped,
		"errdrop:65: " + dropped,
		// nolintMisspelt
		"errdrop:72: " + fmt.Sprintf(misspelt, "errdrop because the janitor retries", "errdrop"),
		"errdrop:72: " + dropped,
		"errorder:73: " + fmt.Sprintf(misspelt, "apierrlint best effort", "apierrlint"),
		"errdrop:73: " + dropped,
		"errdrop:74: " + dropped, // another linter's misspelt directive is not ours to report
	}
	for _, tc := range []struct {
		name   string
		cfg    *config.Config
		extra  []string
		remove []string
	}{
		{name: "default", cfg: config.Default()},
		{name: "report-unused", cfg: &config.Config{Directives: config.Directives{ReportUnused: true}},
			extra: []string{"errdrop:26: " + fmt.Sprintf(unused, "errdrop"), "errorder:32: " + fmt.Sprintf(unused, "errorder")}},
		// Without errorder, the first rule reports the directives that
		// name every rule or none.
		{name: "errdrop only", cfg: &config.Config{Enable: []string{"errdrop"}},
			extra: []string{"errdrop:38: " + fmt.Sprintf(noReason, "all"), "errdrop:44: " + noRule,
				"errdrop:73: " + fmt.Sprintf(misspelt, "apierrlint best effort", "apierrlint")},
			remove: []string{"errorder:38: " + fmt.Sprintf(noReason, "all"), "errorder:44: " + noRule,
				"errorder:73: " + fmt.Sprintf(misspelt, "apierrlint best effort", "apierrlint")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			want := slices.DeleteFunc(slices.Concat(base, tc.extra), func(s string) bool { return slices.Contains(tc.remove, s) })
			slices.Sort(want)
			got := findings(t, tc.cfg)
			if !slices.Equal(got, want) {
				t.Errorf("findings:\n\t%s\nwant:\n\t%s", join(got), join(want))
			}
		})
	}
}

// TestUnusedFlag checks that each rule's -unused-directives flag turns the
// report on for the command line and go vet.
func TestUnusedFlag(t *testing.T) {
	t.Parallel()
	as, err := analyzer.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		if a.Flags.Lookup("unused-directives") == nil {
			t.Errorf("%s has no -unused-directives flag", a.Name)
		}
	}
	a := as[len(as)-1]
	if err := a.Flags.Set("unused-directives", "true"); err != nil {
		t.Fatal(err)
	}
	var got []analysis.Diagnostic
	for _, r := range analysistest.Run(recorder{}, analysistest.TestData(), a, "directives") {
		got = append(got, r.Diagnostics...)
	}
	if !slices.ContainsFunc(got, func(d analysis.Diagnostic) bool { return d.Message == fmt.Sprintf(unused, a.Name) }) {
		t.Errorf("%s -unused-directives=true reported no unused directive", a.Name)
	}
}

// TestStatements runs each rule on its fixture ignorestmt in the
// top-level testdata: a directive covers the statement it is attached to,
// wherever in it the finding is, and nothing after it. Unused directives
// are reported, so that a directive that covers a finding only through
// its statement counts as used.
func TestStatements(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range []string{"errorder", "errcode", "errdrop"} {
		t.Run(rule, func(t *testing.T) {
			t.Parallel()
			as, err := analyzer.New(&config.Config{Enable: []string{rule}, Directives: config.Directives{ReportUnused: true}})
			if err != nil {
				t.Fatal(err)
			}
			analysistest.Run(t, testdata, as[0], rule+"/ignorestmt")
		})
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "\n\t"
		}
		out += x
	}
	return out
}
