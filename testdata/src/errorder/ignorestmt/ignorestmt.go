// Package ignorestmt checks that a suppression directive covers the whole
// statement it is attached to, and nothing after it (errorder).
package ignorestmt

import (
	"errors"

	"styles/hierarchy"
)

// A directive above an if-else chain silences the finding on a later
// branch.
func above(err error) string {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	//apierrlint:ignore errorder the old API returns these in this order
	if errors.As(err, &httpErr) {
		return "http"
	} else if errors.As(err, &nf) { // silenced by the directive above the chain
		return "not found"
	}
	return ""
}

// A directive after code on the chain's first line covers the chain.
func trailing(err error) string {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	if errors.As(err, &httpErr) { //apierrlint:ignore errorder kept for the old API
		return "http"
	} else if errors.As(err, &nf) { // silenced by the directive on the chain's first line
		return "not found"
	}
	return ""
}

// The directive covers its chain, not the next one.
func nextChain(err, err2 error) string {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	//apierrlint:ignore errorder kept for the old API
	if errors.As(err, &httpErr) {
		return "http"
	} else if errors.As(err, &nf) { // silenced
		return "not found"
	}
	if errors.As(err2, &httpErr) {
		return "http"
	} else if errors.As(err2, &nf) { // want `^errors.As\(err2, &nf\) can never succeed`
		return "not found"
	}
	return ""
}

// A directive for another rule silences nothing here.
func otherRule(err error) string {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	//apierrlint:ignore errcode not errorder's business
	if errors.As(err, &httpErr) {
		return "http"
	} else if errors.As(err, &nf) { // want `errors.As\(err, &nf\) can never succeed`
		return "not found"
	}
	return ""
}

// //nolint:errorder above the chain covers it too.
func nolint(err error) string {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	//nolint:errorder // kept for the old API
	if errors.As(err, &httpErr) {
		return "http"
	} else if errors.As(err, &nf) { // silenced by the nolint above the chain
		return "not found"
	}
	return ""
}
