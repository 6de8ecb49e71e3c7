package analyzer_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
)

var update = flag.Bool("update", false, "rewrite the rule section of ../README.md from the registry")

const (
	readmePath  = "../README.md"
	beginMarker = "<!-- BEGIN RULES -->\n"
	endMarker   = "<!-- END RULES -->\n"
)

// rulesSection renders the README's rule section from the registry: the
// metadata of Rules, each analyzer's Doc and its Flags.
func rulesSection() string {
	var b strings.Builder
	b.WriteString(beginMarker)
	b.WriteString("<!-- Generated from the registry and each rule's doc.go: `go test ./analyzer -run README -update` rewrites it. -->\n")
	for _, r := range analyzer.Rules() {
		a := r.Analyzer
		m := ruledoc.Meta{
			Name:     a.Name,
			Since:    r.Since,
			Default:  r.Default,
			Severity: r.Severity,
			Options:  ruledoc.Options(&a.Flags),
		}
		b.WriteString("\n")
		b.WriteString(ruledoc.Markdown(m, a.Doc))
	}
	b.WriteString("\n")
	b.WriteString(endMarker)
	return b.String()
}

// TestREADME fails when the rule section of README.md is not what the
// registry renders; -update rewrites it.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	begin := strings.Index(text, beginMarker)
	end := strings.Index(text, endMarker)
	if begin < 0 || end < begin {
		t.Fatalf("%s lacks the markers %q and %q, in this order", readmePath, strings.TrimSpace(beginMarker), strings.TrimSpace(endMarker))
	}
	got := text[begin : end+len(endMarker)]
	want := rulesSection()
	if got == want {
		return
	}
	if *update {
		updated := text[:begin] + want + text[end+len(endMarker):]
		if err := os.WriteFile(readmePath, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote the rule section of %s", readmePath)
		return
	}
	t.Errorf("the rule section of %s is stale; run `go test ./analyzer -run README -update` (- README, + registry):\n%s",
		readmePath, lineDiff(got, want))
}

// TestREADMECommands checks that the commands .ci/run runs for the README
// are the ones the README tells a reader to run, word for word.
func TestREADMECommands(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile("../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^readme_(\w+)_cmd='([^']+)'$`)
	cmds := re.FindAllSubmatch(script, -1)
	if len(cmds) < 2 {
		t.Fatalf(".ci/run defines %d readme_*_cmd variables, want the test and the example commands", len(cmds))
	}
	for _, c := range cmds {
		line := append([]byte("\n"), c[2]...)
		line = append(line, '\n')
		if !bytes.Contains(readme, line) {
			t.Errorf("README.md has no line %q, which .ci/run runs as readme_%s_cmd", c[2], c[1])
		}
	}
}

var (
	ruleName  = regexp.MustCompile(`^[a-z][a-z0-9]*$`)
	semver    = regexp.MustCompile(`^v\d+\.\d+\.\d+$`)
	flagName  = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
	severitys = map[string]bool{"error": true, "warning": true, "info": true}
)

// TestRules checks the registry against the project's conventions.
func TestRules(t *testing.T) {
	rules := analyzer.Rules()
	all := analyzer.All()
	// All is the rules' analyzers and, last, the configuration file's,
	// which is no rule.
	if len(all) != len(rules)+1 || all[len(rules)].Name != analyzer.ConfigAnalyzerName {
		t.Fatalf("All() has %d analyzers (%s last), want Rules()' %d and %s", len(all), all[len(all)-1].Name, len(rules), analyzer.ConfigAnalyzerName)
	}
	seen := map[string]bool{}
	for i, r := range rules {
		a := r.Analyzer
		if a == nil {
			t.Fatalf("rule %d has no analyzer", i)
		}
		if all[i].Name != a.Name {
			t.Errorf("All()[%d] is %s, Rules()[%d] is %s", i, all[i].Name, i, a.Name)
		}
		if a.Name == analyzer.ConfigAnalyzerName {
			t.Errorf("rule %d is named %s, the name of the configuration file's analyzer", i, a.Name)
		}
		if !ruleName.MatchString(a.Name) || seen[a.Name] {
			t.Errorf("rule name %q is not a fresh lowercase identifier", a.Name)
		}
		seen[a.Name] = true
		if want := "https://github.com/apierrlint/apierrlint#" + a.Name; a.URL != want {
			t.Errorf("%s: URL = %q, want the README anchor %q", a.Name, a.URL, want)
		}
		if !semver.MatchString(r.Since) {
			t.Errorf("%s: Since = %q, want a version such as v0.1.0", a.Name, r.Since)
		}
		if !severitys[r.Severity] {
			t.Errorf("%s: Severity = %q, want error, warning or info", a.Name, r.Severity)
		}
		title := ruledoc.Title(a.Doc)
		if title == "" || len(title) >= 60 || strings.HasSuffix(title, ".") || strings.ToLower(title[:1]) != title[:1] {
			t.Errorf("%s: title %q: want a lowercase phrase under 60 characters without a period", a.Name, title)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !flagName.MatchString(f.Name) || f.Usage == "" {
				t.Errorf("%s: flag %q: want a lowercase name and a usage text", a.Name, f.Name)
			}
		})
	}
}

// lineDiff returns the lines that differ between a and b, marked - and +,
// from a longest common subsequence of their lines.
func lineDiff(a, b string) string {
	x, y := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	// lcs[i][j] is the length of a longest common subsequence of x[i:] and y[j:].
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			i, j = i+1, j+1
		case j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&out, "+%d: %s", j+1, y[j])
			j++
		default:
			fmt.Fprintf(&out, "-%d: %s", i+1, x[i])
			i++
		}
	}
	return out.String()
}
