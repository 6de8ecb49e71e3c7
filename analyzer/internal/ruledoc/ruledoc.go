// Package ruledoc holds the structured documentation of a rule: the text
// of its doc.go, extracted for Analyzer.Doc, and the Markdown of the
// README's rule section, rendered from that text, the rule's metadata and
// its flags.
package ruledoc

import (
	"flag"
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"strings"
)

// Meta is the structured documentation of one rule, as the README shows it.
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

// Options returns the options documented by the flags of fs, in
// lexical order of their names. The flags are the one source of truth: the
// command line, go vet and the README all read them.
func Options(fs *flag.FlagSet) []Option {
	var opts []Option
	fs.VisitAll(func(f *flag.Flag) {
		opts = append(opts, Option{Name: f.Name, Default: f.DefValue, Usage: f.Usage})
	})
	return opts
}

// Extract returns the section "# Analyzer <name>" of the package comment
// of a doc.go file, up to the next "# Analyzer" heading or the end. The
// section must start with "<name>: <title>"; as in x/tools, the result
// starts with the title, without the "<name>: " (the drivers print the name
// themselves). It panics when the section is missing or malformed: that is
// a programming error caught by any test.
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
	return strings.TrimPrefix(body, name+": ")
}

// Title returns the title line of an extracted doc.
func Title(doc string) string {
	title, _, _ := strings.Cut(doc, "\n")
	return title
}

// Markdown renders the README entry of one rule from its metadata and its
// extracted doc (see [Extract]): a "### name" heading, the title, a table
// of metadata, a table of options, then the rest of the doc, converted from
// Go doc-comment syntax, with its own headings one level below the entry's.
func Markdown(m Meta, doc string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n\n", m.Name)
	fmt.Fprintf(&b, "%s\n\n", codeSpans(mdEscape(Title(doc))))

	def := "off"
	if m.Default {
		def = "on"
	}
	b.WriteString("| since | default | severity |\n|---|---|---|\n")
	fmt.Fprintf(&b, "| %s | %s | %s |\n\n", m.Since, def, m.Severity)

	if len(m.Options) == 0 {
		b.WriteString("Options: none.\n")
	} else {
		b.WriteString("| option | default | description |\n|---|---|---|\n")
		for _, o := range m.Options {
			fmt.Fprintf(&b, "| `-%s.%s` | %s | %s |\n", m.Name, o.Name, code(o.Default), codeSpans(cell(o.Usage)))
		}
	}

	_, body, _ := strings.Cut(doc, "\n")
	if body = strings.TrimSpace(body); body != "" {
		var p comment.Parser
		pr := comment.Printer{
			HeadingLevel:   4,
			HeadingID:      func(*comment.Heading) string { return "" }, // GitHub makes its own anchors
			DocLinkBaseURL: "https://pkg.go.dev",
		}
		b.WriteString("\n")
		b.WriteString(codeSpans(string(pr.Markdown(p.Parse(body + "\n")))))
	}
	return b.String()
}

// codeSpans turns the `quoted code` of the rules' docs into Markdown code
// spans. Go doc comments have no code spans, so the Markdown printer
// escapes the backquotes, and the characters between them, like any text:
// in the lines of escaped Markdown md (all but the tab-indented code
// blocks), a pair of escaped backquotes on one line becomes a code span
// with its content unescaped.
func codeSpans(md string) string {
	lines := strings.SplitAfter(md, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "\t") {
			continue
		}
		var b strings.Builder
		for line != "" {
			open := escapedBackquote(line)
			if open < 0 {
				break
			}
			end := escapedBackquote(line[open+2:])
			if end < 0 {
				break
			}
			inner := line[open+2 : open+2+end]
			b.WriteString(line[:open])
			b.WriteString("`" + unescape(inner) + "`")
			line = line[open+2+end+2:]
		}
		b.WriteString(line)
		lines[i] = b.String()
	}
	return strings.Join(lines, "")
}

// escapedBackquote returns the index of the first escaped backquote in s,
// reading escapes from the left, or -1.
func escapedBackquote(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\\' {
			if s[i+1] == '`' {
				return i
			}
			i++ // skip the escaped character
		}
	}
	return -1
}

// unescape undoes the backslash escapes of escaped Markdown text.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// code renders a flag's default value as inline code, or a dash when it is
// empty, so that an empty default stays visible.
func code(s string) string {
	if s == "" {
		return "—"
	}
	return "`" + strings.ReplaceAll(s, "`", "'") + "`"
}

// cell makes s fit in one cell of a Markdown table.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(mdEscape(s), "|", `\|`)
}

// mdEscape escapes the characters that would start Markdown markup in
// plain text taken from a doc comment.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)
	return r.Replace(s)
}
