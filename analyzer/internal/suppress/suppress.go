// Package suppress reads the comments that silence a rule's findings, so
// that every rule honours the same directives in the same way.
package suppress

import (
	"go/ast"
	"go/token"
	"strings"
)

// nolintLines returns the lines of f that carry //nolint:apierrlint (or
// //nolint:<rule>, or //nolint:all), as golangci-lint reads it. The
// //apierrlint:ignore directives are read by Directives.
func nolintLines(fset *token.FileSet, f *ast.File, rule string) map[int]bool {
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
		}
	}
	return lines
}
