// Package ruledoc holds the structured documentation of a rule: the text
// of its doc.go, extracted for Analyzer.Doc, and the metadata (since,
// default, severity, options) that the README's rule section is built from.
package ruledoc

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Meta is the structured documentation of one rule.
type Meta struct {
	Name     string   // the rule's name: package, Analyzer.Name, fixture folder, suppression key
	Since    string   // the first release that has the rule
	Default  bool     // whether the rule runs when nothing enables it
	Severity string   // "error", "warning" or "info"
	Options  []Option // the rule's options, in the order the README lists them
}

// Option documents one option of a rule, as a flag and as a
// golangci-lint setting of the same name.
type Option struct {
	Name    string
	Default string
	Usage   string
}

// Extract returns the section "# Analyzer <name>" of the package comment
// of a doc.go file, up to the next "# Analyzer" heading or the end, whose first line is the title "<name>: ...". It panics
// when the section is missing: that is a programming error caught by any test.
func Extract(docGo, name string) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "doc.go", docGo, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		panic(fmt.Sprintf("ruledoc: parsing doc.go of %s: %v", name, err))
	}
	if f.Doc == nil {
		panic(fmt.Sprintf("ruledoc: doc.go of %s has no package comment", name))
	}
	return section(f.Doc, name)
}

func section(doc *ast.CommentGroup, name string) string {
	text := doc.Text()
	heading := "# Analyzer " + name + "\n"
	_, after, ok := strings.Cut(text, heading)
	if !ok {
		panic(fmt.Sprintf("ruledoc: package comment lacks %q", strings.TrimSpace(heading)))
	}
	// A rule's section may have headings of its own (# Options, # Limits);
	// it ends where another analyzer's section begins.
	if i := strings.Index(after, "\n# Analyzer "); i >= 0 {
		after = after[:i]
	}
	body := strings.TrimSpace(after)
	if !strings.HasPrefix(body, name+": ") {
		panic(fmt.Sprintf("ruledoc: the section of %s must start with %q", name, name+": "))
	}
	return body
}

// Title returns the title line of an extracted doc, without the "name: " prefix.
func Title(doc string) string {
	line, _, _ := strings.Cut(doc, "\n")
	_, title, _ := strings.Cut(line, ": ")
	return title
}
