package suppress

import (
	"go/token"
	"regexp"
	"slices"
	"strings"
)

// Nolint reads the text of a comment (as in ast.Comment.Text) as
// golangci-lint v2's nolint filter does (pkg/result/processors/
// nolint_filter.go), so that a directive silences a rule's findings
// standalone exactly when it would under golangci-lint. ok reports whether
// the comment is a nolint directive at all; linters are the lower-cased
// names it lists, nil when it covers every linter.
//
// golangci-lint trims the leading slashes and spaces, then wants "nolint"
// followed by a space, a colon or nothing: //nolint, // nolint, //nolint
// // reason and //nolint reason cover every linter, as does anything that
// starts with nolint:all. After "nolint:", the text up to the first "//"
// is a comma-separated list, each name trimmed of spaces:
// //nolint:errdrop//reason, // nolint: errdrop , errcode // reason. Text
// after a name that is not behind "//" stays part of the name:
// //nolint:errdrop because names the linter "errdrop because".
func Nolint(text string) (linters []string, ok bool) {
	text = strings.TrimLeft(text, "/ ")
	rest, ok := strings.CutPrefix(text, "nolint")
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != ':') {
		return nil, false
	}
	if strings.HasPrefix(text, "nolint:all") || !strings.HasPrefix(text, "nolint:") {
		return nil, true
	}
	list, _, _ := strings.Cut(rest[1:], "//")
	for item := range strings.SplitSeq(list, ",") {
		name := strings.ToLower(strings.TrimSpace(item))
		if name == "all" {
			return nil, true
		}
		linters = append(linters, name)
	}
	return linters, true
}

// nolintlintDirective is what golangci-lint's nolintlint takes for a
// directive to check (its commentPattern): unlike the nolint filter, it
// wants "nolint" right after the "//" and spaces, so that a comment that
// quotes a directive (// //nolint:errdrop covers ...) is not one.
var nolintlintDirective = regexp.MustCompile(`^//\s*nolint`)

// wellFormedNolint is the form golangci-lint's nolintlint accepts for a
// directive (its fullDirectivePattern): names of letters, digits, _ and
// -, separated by commas, and nothing after them but an explanation
// behind "//".
var wellFormedNolint = regexp.MustCompile(`^//\s*nolint(?::(\s*[\w-]+\s*(?:,\s*[\w-]+\s*)*))?\s*(//.*)?\s*\n?$`)

// A misspelt directive is a nolint directive that seems meant for one
// of our rules, or for apierrlint, but names it in a form golangci-lint
// does not read as that name.
type misspelt struct {
	pos   token.Pos
	meant string // the rule, or "apierrlint"
	read  string // the linter name golangci-lint reads instead
}

// misspeltNolint returns the misspelt directive that text, a nolint
// directive listing linters (Nolint), is, or the zero misspelt. It is the
// directive that nolintlint reports as ill-formed and whose list starts a
// name with one of ours, then a space: //nolint:errdrop because the
// janitor retries, without the "//" before the reason, lists the linter
// "errdrop because". A well-formed directive, or one that names one of
// ours anyway, is not misspelt: it silences what it names.
func misspeltNolint(text string, linters []string, ours func(string) bool) misspelt {
	if linters == nil || slices.ContainsFunc(linters, ours) ||
		!nolintlintDirective.MatchString(text) || wellFormedNolint.MatchString(text) {
		return misspelt{}
	}
	for _, l := range linters {
		if f := strings.Fields(l); len(f) > 1 && ours(f[0]) {
			return misspelt{meant: f[0], read: l}
		}
	}
	return misspelt{}
}
