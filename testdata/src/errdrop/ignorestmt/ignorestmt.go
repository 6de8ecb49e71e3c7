// Package ignorestmt checks that a suppression directive covers the whole
// statement it is attached to, and nothing after it (errdrop).
package ignorestmt

import "errors"

func del(name string) error { return errors.New(name) }

func each(names []string, f func(string)) {
	for _, n := range names {
		f(n)
	}
}

// A directive above a call statement spread over lines silences the
// finding on its third line.
func above(names []string) {
	//apierrlint:ignore errdrop deleting leftovers is best effort
	each(names,
		func(n string) {
			del(n) // silenced by the directive above the statement
		})
	del("next") // want `^error returned by del is not checked; handle or return it$`
}

// A directive after code on the first line of the statement covers the
// statement, not the line after it.
func trailing(names []string) {
	each(names, func(n string) { //apierrlint:ignore errdrop best effort, the janitor retries
		del(n) // silenced by the directive on the statement's first line
	})
	del("next") // want `^error returned by del is not checked; handle or return it$`
	del("a")    //apierrlint:ignore errdrop best effort
	del("b")    // want `^error returned by del is not checked; handle or return it$`
}

// The directive may head a comment group: it covers the statement after
// the group.
func group(names []string) {
	//apierrlint:ignore errdrop best effort:
	// the janitor removes what is left.
	each(names, func(n string) {
		del(n) // silenced: the statement follows the directive's comment group
	})
}

// Inside a block, the directive covers its statement and not the later
// siblings, nor the statement after the block.
func siblings(ok bool) {
	if ok {
		//apierrlint:ignore errdrop best effort
		del(
			"a") // silenced with the statement
		del("b") // want `^error returned by del is not checked; handle or return it$`
	}
	del("c") // want `^error returned by del is not checked; handle or return it$`
}

// A directive as the last line of a block covers the closing brace, not
// the statement after the block.
func lastInBlock(ok bool) {
	if ok {
		del("a") // want `^error returned by del is not checked; handle or return it$`
		/* want `^apierrlint:ignore directive for errdrop silences nothing: remove it$` */ //apierrlint:ignore errdrop best effort
	}
	del("b") // want `^error returned by del is not checked; handle or return it$`
}

// A blank line ends the directive's reach.
func blank() {
	/* want `^apierrlint:ignore directive for errdrop silences nothing: remove it$` */ //apierrlint:ignore errdrop best effort

	del("a") // want `^error returned by del is not checked; handle or return it$`
}

// A directive for another rule silences nothing here.
func otherRule(names []string) {
	//apierrlint:ignore errcode not errdrop's business
	each(names, func(n string) {
		del(n) // want `^error returned by del is not checked; handle or return it$`
	})
}

// //nolint:apierrlint covers statements the same way.
func nolint(names []string) {
	//nolint:apierrlint // best effort
	each(names, func(n string) {
		del(n) // silenced by the nolint above the statement
	})
	each(names, func(n string) { //nolint:errdrop // best effort
		del(n) // silenced by the nolint on the statement's first line
	})
	del("next") // want `^error returned by del is not checked; handle or return it$`
	//nolint:errcheck // another linter: not apierrlint's business
	each(names, func(n string) {
		del(n) // want `^error returned by del is not checked; handle or return it$`
	})
}

// With unused directives reported, a directive whose statement has no
// finding is reported, and one whose finding is on a later line of its
// statement is not.
func stale(names []string) error {
	/* want `^apierrlint:ignore directive for errdrop silences nothing: remove it$` */ //apierrlint:ignore errdrop stale: the error is returned now
	return del(
		"a")
}
