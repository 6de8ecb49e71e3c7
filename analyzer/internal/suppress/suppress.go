// Package suppress reads the comments that silence a rule's findings, so
// that every rule honours the same directives in the same way.
package suppress

import (
	"go/ast"
	"go/token"
	"strings"
)

// Lines returns the lines of f whose findings of rule are silenced:
//
//   - a line carrying //nolint:apierrlint (or //nolint:<rule>, or
//     //nolint:all), as golangci-lint reads it;
//   - a line carrying or following //apierrlint:ignore <rule> <reason>
//     (or all as the rule). The reason is required: a directive without
//     one silences nothing.
//
// It returns nil when f silences nothing. While Check reports the rule's
// unused directives, it leaves out the directives naming the rule, which
// Check applies itself.
func Lines(fset *token.FileSet, f *ast.File, rule string) map[int]bool {
	_, checked := deferred.Load(fileRule{f, rule})
	var lines map[int]bool
	mark := func(line int) {
		if lines == nil {
			lines = make(map[int]bool)
		}
		lines[line] = true
	}
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			text, ok := strings.CutPrefix(cm.Text, "//")
			if !ok {
				continue
			}
			line := fset.Position(cm.Slash).Line
			if list, ok := strings.CutPrefix(text, "nolint:"); ok {
				list, _, _ = strings.Cut(list, " ")
				for name := range strings.SplitSeq(list, ",") {
					if name == "apierrlint" || name == rule || name == "all" {
						mark(line)
					}
				}
			}
			if rest, ok := strings.CutPrefix(text, "apierrlint:ignore "); ok {
				if fields := strings.Fields(rest); len(fields) >= 2 && (fields[0] == rule && !checked || fields[0] == "all") {
					mark(line)
					mark(line + 1)
				}
			}
		}
	}
	return lines
}
