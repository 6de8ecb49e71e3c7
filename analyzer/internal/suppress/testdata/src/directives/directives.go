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
