package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// recall is killed / (buildable mutants not already reported before the
// mutation), or "-" when there are none.
func (r *row) recall() string {
	n := r.built - r.pre
	if n <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(r.killed)/float64(n))
}

// table is one Markdown row per module, rule and operator that
// has sites, then the totals per rule and operator when there are several
// modules.
func table(results []*moduleResult) string {
	var b strings.Builder
	b.WriteString("| module | rule | operator | sites | tried | built | killed | noisy | flagged before | recall |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|\n")
	total := map[string]*row{}
	for _, res := range results {
		for _, op := range operatorNames() {
			r := res.rows[op]
			if r == nil || r.sites == 0 {
				continue
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %d | %d | %d | %d | %s |\n",
				res.module, ruleOf(op), op, r.sites, r.tried, r.built, r.killed, r.noisy, r.pre, r.recall())
			t := total[op]
			if t == nil {
				t = &row{}
				total[op] = t
			}
			t.sites += r.sites
			t.tried += r.tried
			t.built += r.built
			t.killed += r.killed
			t.noisy += r.noisy
			t.pre += r.pre
		}
	}
	if len(results) > 1 {
		for _, op := range operatorNames() {
			if t := total[op]; t != nil {
				fmt.Fprintf(&b, "| **all %d** | %s | %s | %d | %d | %d | %d | %d | %d | %s |\n",
					len(results), ruleOf(op), op, t.sites, t.tried, t.built, t.killed, t.noisy, t.pre, t.recall())
			}
		}
	}
	return b.String()
}

// ruleTables is one Markdown table per rule: a row per module, a
// column per operator, each cell killed/buildable (flagged before the
// mutation excluded), "·" where the module has no site.
func ruleTables(results []*moduleResult) string {
	var b strings.Builder
	for _, rule := range []string{"errcode", "errorder", "errdrop"} {
		var ops []string
		for _, op := range operators {
			if op.rule == rule {
				ops = append(ops, op.op)
			}
		}
		fmt.Fprintf(&b, "\n%s, killed/buildable:\n\n| module | %s |\n|---|%s\n", rule, strings.Join(ops, " | "), strings.Repeat("---|", len(ops)))
		total := map[string]*row{}
		for _, res := range results {
			cells := []string{}
			for _, op := range ops {
				r := res.rows[op]
				if r == nil || r.sites == 0 {
					cells = append(cells, "·")
					continue
				}
				cells = append(cells, fmt.Sprintf("%d/%d", r.killed, r.built-r.pre))
				t := total[op]
				if t == nil {
					t = &row{}
					total[op] = t
				}
				t.killed += r.killed
				t.built += r.built
				t.pre += r.pre
			}
			fmt.Fprintf(&b, "| %s | %s |\n", res.module, strings.Join(cells, " | "))
		}
		cells := []string{}
		for _, op := range ops {
			if t := total[op]; t != nil {
				cells = append(cells, fmt.Sprintf("**%d/%d (%s)**", t.killed, t.built-t.pre, t.recall()))
			} else {
				cells = append(cells, "·")
			}
		}
		fmt.Fprintf(&b, "| **all** | %s |\n", strings.Join(cells, " | "))
	}
	return b.String()
}

// commit is the short commit of the checkout the program runs in, with
// "+dirty" when it has changes.
func commit() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	c := strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(bytes.TrimSpace(st)) > 0 {
		c += "+dirty"
	}
	return c
}

// writeReport writes the table and every mutant that was not killed, with
// the code around it, and the findings of the unmutated modules at the
// sites.
func writeReport(path string, o *options, results []*moduleResult) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# bench/mutate report\n\napierrlint at %s, %s; -n %d -seed %d -full=%v.\n\n",
		commit(), time.Now().UTC().Format("2006-01-02 15:04 UTC"), o.n, o.seed, o.full)
	b.WriteString("Operators:\n\n")
	for _, op := range operators {
		fmt.Fprintf(&b, "- %s (%s): %s\n", op.op, op.rule, op.doc)
	}
	b.WriteString("\n")
	b.WriteString(table(results))
	b.WriteString(ruleTables(results))
	for _, res := range results {
		fmt.Fprintf(&b, "\n## %s (%s)\n", res.module, res.elapsed.Round(time.Second))
		outs := slices.Clone(res.outcomes)
		slices.SortStableFunc(outs, func(x, y *outcome) int {
			return strings.Compare(x.m.Op+x.status, y.m.Op+y.status)
		})
		for _, out := range outs {
			switch out.status {
			case "killed", "unbuildable":
				continue
			}
			m := out.m
			fmt.Fprintf(&b, "\n### %s %s: %s:%d\n\n%s\n\n", out.status, m.Op, relPath(out.module, m.File), m.Line, m.Desc)
			if out.detail != "" {
				fmt.Fprintf(&b, "```\n%s\n```\n\n", out.detail)
			}
			if out.snippet != "" {
				fmt.Fprintf(&b, "```go\n%s```\n\n", out.snippet)
			}
			for _, d := range out.inSite {
				fmt.Fprintf(&b, "- at the site: %s\n", d)
			}
			for _, d := range out.after {
				fmt.Fprintf(&b, "- later in the function: %s:%d:%d: %s: %s\n", relPath(out.module, d.File), d.Line, d.Col, d.Rule, d.Message)
			}
			for _, d := range out.noise {
				fmt.Fprintf(&b, "- new elsewhere: %s:%d:%d: %s: %s\n", relPath(out.module, d.File), d.Line, d.Col, d.Rule, d.Message)
			}
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
