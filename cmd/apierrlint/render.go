package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/apierrlint/apierrlint/internal/sarif"
)

// render prints what go vet reported in o's format and returns the exit
// code: 1 when an analysis failed or vet could not load the packages
// (unless findings make it 3, as the analysis framework's command does),
// 3 for findings in text and SARIF, 0 otherwise; JSON exits 0 with
// findings.
func render(o *options, res *vetResult, stdout, stderr *printer) int {
	diags, fails := findings(res)
	code := exitOK
	if res.failed || len(fails) > 0 {
		code = exitFailure
	}
	for _, f := range fails {
		if f.rule != "" {
			stderr.printf("apierrlint: %s: %s: %s\n", f.pkg, f.rule, f.msg)
		} else {
			stderr.printf("apierrlint: %s: %s\n", f.pkg, f.msg)
		}
	}
	if !o.tests {
		diags = slices.DeleteFunc(diags, func(d diagnostic) bool { return strings.HasSuffix(posFile(d.Posn), "_test.go") })
		for _, t := range res.trees {
			filterTests(t)
		}
	}
	switch o.format {
	case "json":
		if err := writeJSON(stdout.w, res.trees); err != nil {
			stderr.printf("apierrlint: %v\n", err)
			return exitFailure
		}
		return code
	case "sarif":
		var buf bytes.Buffer
		if err := writeJSON(&buf, res.trees); err != nil {
			stderr.printf("apierrlint: %v\n", err)
			return exitFailure
		}
		log, err := sarif.Convert(&buf, o.root)
		if err == nil {
			err = log.Write(stdout.w)
		}
		if err != nil {
			stderr.printf("apierrlint: %v\n", err)
			return exitFailure
		}
	default:
		diags = unique(diags)
		cwd, err := os.Getwd()
		if err != nil {
			cwd = "" // positions stay absolute
		}
		for _, d := range diags {
			stdout.printf("%s: %s (%s)\n", relPosn(cwd, d.Posn), d.Message, d.rule)
			if o.context >= 0 {
				printContext(stdout, d.Posn, o.context)
			}
		}
	}
	if len(diags) > 0 {
		code = exitFindings
	}
	return code
}

// unique sorts diags by position and drops the copies that a package and
// its test variant both report.
func unique(diags []diagnostic) []diagnostic {
	slices.SortStableFunc(diags, func(a, b diagnostic) int {
		fa, la, ca := splitPosn(a.Posn)
		fb, lb, cb := splitPosn(b.Posn)
		return cmp.Or(cmp.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(ca, cb),
			cmp.Compare(a.rule, b.rule), cmp.Compare(a.Message, b.Message))
	})
	return slices.CompactFunc(diags, func(a, b diagnostic) bool {
		return a.Posn == b.Posn && a.rule == b.rule && a.Message == b.Message
	})
}

// writeJSON merges the units' trees into one, the analysis framework's
// format, and writes it.
func writeJSON(w io.Writer, trees []tree) error {
	all := tree{}
	for _, t := range trees {
		for pkg, m := range t {
			if len(m) == 0 {
				continue
			}
			if all[pkg] == nil {
				all[pkg] = map[string]json.RawMessage{}
			}
			for name, raw := range m {
				all[pkg][name] = raw
			}
		}
	}
	data, err := json.MarshalIndent(all, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// filterTests drops the diagnostics in _test.go files from t (-test=false).
func filterTests(t tree) {
	for pkg, m := range t {
		for name, raw := range m {
			var ds []json.RawMessage
			if json.Unmarshal(raw, &ds) != nil {
				continue // an error
			}
			ds = slices.DeleteFunc(ds, func(r json.RawMessage) bool {
				var d diagnostic
				return json.Unmarshal(r, &d) == nil && strings.HasSuffix(posFile(d.Posn), "_test.go")
			})
			if len(ds) == 0 {
				delete(m, name)
				continue
			}
			data, err := json.Marshal(ds)
			if err == nil {
				m[name] = data
			}
		}
		if len(m) == 0 {
			delete(t, pkg)
		}
	}
}

// splitPosn splits "file:line:col".
func splitPosn(p string) (string, int, int) {
	rest, c, ok := cutLast(p)
	if !ok {
		return p, 0, 0
	}
	file, l, ok := cutLast(rest)
	if !ok {
		return rest, 0, c
	}
	return file, l, c
}

func cutLast(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	if err != nil {
		return s, 0, false
	}
	return s[:i], n, true
}

func posFile(p string) string {
	f, _, _ := splitPosn(p)
	return f
}

// relPosn shortens a position inside the current directory to a relative
// one, as go vet and staticcheck print them.
func relPosn(cwd, p string) string {
	if cwd == "" || !filepath.IsAbs(p) {
		return p
	}
	if rel, err := filepath.Rel(cwd, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// printContext prints the lines around a finding, as the analysis
// framework's -c flag does.
func printContext(w *printer, posn string, n int) {
	file, line, _ := splitPosn(posn)
	data, err := os.ReadFile(file)
	if err != nil || line < 1 {
		return
	}
	lines := strings.Split(string(data), "\n")
	for i := max(line-n, 1); i <= min(line+n, len(lines)); i++ {
		w.printf("%d\t%s\n", i, lines[i-1])
	}
}
