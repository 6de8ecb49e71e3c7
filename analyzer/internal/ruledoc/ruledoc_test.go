package ruledoc_test

import (
	"flag"
	"strings"
	"testing"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
)

// docGo is a doc.go file, with ~ for the backquotes of a raw string.
var docGo = strings.ReplaceAll(`// Package demo is a rule for this test.
//
// # Analyzer demo
//
// demo: report things in the wrong order
//
// It reports a call of [errors.As] that can never succeed, such as
// ~errors.As(err, &nf)~ after ~errors.As(err, &base)~ or ~*T~ after
// ~error_type~, but not a lone \~ quote:
//
//	if errors.As(err, &base) { ... } else if errors.As(err, &nf) { ... }
//
// # Options
//
// The catalog_file flag names a file.
//
// # Analyzer other
//
// other: not part of demo
package demo
`, "~", "`")

func TestExtract(t *testing.T) {
	got := ruledoc.Extract(docGo, "demo")
	if !strings.HasPrefix(got, "report things in the wrong order\n") {
		t.Errorf("Extract does not start with the title line:\n%s", got)
	}
	if strings.Contains(got, "other") {
		t.Errorf("Extract ran into the next analyzer's section:\n%s", got)
	}
	if !strings.Contains(got, "# Options") {
		t.Errorf("Extract lost the rule's own heading:\n%s", got)
	}
	if title := ruledoc.Title(got); title != "report things in the wrong order" {
		t.Errorf("Title = %q", title)
	}
}

func TestExtractPanicsWithoutSection(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Extract of a missing section did not panic")
		}
	}()
	ruledoc.Extract(docGo, "missing")
}

func TestMarkdown(t *testing.T) {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.String("catalog", "", "file of known codes | one per line")
	fs.Bool("tests", true, "also check _test.go files")
	m := ruledoc.Meta{Name: "demo", Since: "v0.1.0", Default: true, Severity: "warning", Options: ruledoc.Options(fs)}

	got := ruledoc.Markdown(m, ruledoc.Extract(docGo, "demo"))
	want := "### demo\n\n" +
		"report things in the wrong order\n\n" +
		"| since | default | severity |\n|---|---|---|\n| v0.1.0 | on | warning |\n\n" +
		"| option | default | description |\n|---|---|---|\n" +
		"| `-demo.catalog` | — | file of known codes \\| one per line |\n" +
		"| `-demo.tests` | `true` | also check \\_test.go files |\n\n" +
		"It reports a call of [errors.As](https://pkg.go.dev/errors#As) that can never succeed, such as " +
		"`errors.As(err, &nf)` after `errors.As(err, &base)` or `*T` after `error_type`, but not a lone \\\\\\` quote:\n\n" +
		"\tif errors.As(err, &base) { ... } else if errors.As(err, &nf) { ... }\n\n" +
		"#### Options\n\n" +
		"The catalog\\_file flag names a file.\n"
	if got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
}

func TestMarkdownWithoutOptions(t *testing.T) {
	got := ruledoc.Markdown(ruledoc.Meta{Name: "demo"}, "only a title")
	if !strings.Contains(got, "Options: none.\n") || strings.HasSuffix(got, "\n\n") {
		t.Errorf("Markdown of a bare rule:\n%q", got)
	}
}
