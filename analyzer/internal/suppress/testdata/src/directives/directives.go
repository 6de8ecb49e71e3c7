// Package directives exercises the checks of //apierrlint:ignore
// directives. The expectations are in suppress_test.go, by line: a want
// comment on a directive's line would be read as the directive's reason.
package directives

import "errors"

func del() error { return errors.New("no") }

// Used directives, with reasons: nothing to report.
func used() {
	//apierrlint:ignore errdrop deleting a leftover is best effort
	del()
	del() //apierrlint:ignore errdrop same line, also best effort
}

// A directive without a reason silences nothing and is reported.
func noReason() {
	//apierrlint:ignore errdrop
	del()
}

// A directive with a reason that silences nothing is reported only when
// unused directives are.
func unused() error {
	//apierrlint:ignore errdrop stale: the error is returned now
	return del()
}

// A directive for another rule concerns errdrop only through "all".
func otherRule() {
	//apierrlint:ignore errorder not errdrop's business
	del()
}

// "all" without a reason is reported once, by the first rule.
func allNoReason() {
	//apierrlint:ignore all
	del()
}

// A directive that names no rule is reported once, by the first rule.
func bare() {
	//apierrlint:ignore
	if err := del(); err != nil {
		panic(err)
	}
}

// The spellings of //nolint that golangci-lint accepts silence the
// finding on their line (the expectations are by line in
// suppress_test.go).
func nolintForms() {
	del() //nolint:errdrop//no space before the reason, as nolintlint writes it
	del() // nolint: errdrop // spaces around the name
	del() //nolint:errcheck, errdrop
	del() //nolint:ErrDrop // golangci-lint lower-cases the names
	del() //nolint
	del() //nolint // a bare directive covers every linter
	del() //nolint reason without slashes: still every linter
	del() //nolint:all,errcheck
	del() //nolint:errcheck // another linter: the finding stays
	del() //nolintx: not a directive
	del() //NOLINT: golangci-lint wants lower case
	del() /* nolint */
}

// A directive meant for a rule, with its reason not behind "//", names
// another linter ("errdrop because") and silences nothing: it is reported
// where nolintlint reports it as ill-formed.
func nolintMisspelt() {
	del() //nolint:errdrop because the janitor retries
	del() //nolint:apierrlint best effort
	del() //nolint:errcheck because: another linter's business
}
