// Package suppressed holds findings that directives silence, and
// directives that silence nothing.
package suppressed

import (
	"errors"

	"styles/hierarchy"
)

func directives(err error) {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound

	// Silenced: a directive with a reason on the line above.
	if errors.As(err, &httpErr) {
		//apierrlint:ignore errorder kept for the old API, removed in v3
	} else if errors.As(err, &nf) {
	}

	//apierrlint:ignore errorder the reason: order kept on purpose
	switch {
	case errors.As(err, &httpErr):
	//apierrlint:ignore errorder the reason: order kept on purpose
	case errors.As(err, &nf):
	}

	// Silenced: nolint on the line.
	if errors.As(err, &httpErr) {
	} else if errors.As(err, &nf) { //nolint:apierrlint // kept on purpose
	}

	// Reported: a directive without a reason silences nothing.
	if errors.As(err, &httpErr) {
		/* want `^apierrlint:ignore directive has no reason and silences nothing` */ //apierrlint:ignore errorder
	} else if errors.As(err, &nf) { // want `errors.As\(err, &nf\) can never succeed`
	}

	// Reported: a directive for another rule.
	if errors.As(err, &httpErr) {
		//apierrlint:ignore errdrop this directive is for errdrop
	} else if errors.As(err, &nf) { // want `errors.As\(err, &nf\) can never succeed`
	}
}
