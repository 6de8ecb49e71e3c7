// Package fixes holds findings whose suggested fix moves the specific
// check first; fixes.go.golden is the file after the fixes.
package fixes

import (
	"errors"
	"fmt"

	"styles/hierarchy"
)

func chain(err error) string {
	var httpErr hierarchy.HTTPError
	var br *hierarchy.BadRequest
	var nf *hierarchy.NotFound
	if errors.As(err, &httpErr) {
		return "http " + fmt.Sprint(httpErr.StatusCode())
	} else if errors.As(err, &br) { // want `errors.As\(err, &br\) can never succeed`
		return "bad request"
	} else if errors.Is(err, hierarchy.ErrNotFound) {
		return "not found sentinel"
	} else if errors.As(err, &nf) { // want `errors.As\(err, &nf\) can never succeed`
		return "not found"
	} else {
		return "other"
	}
}

func cases(err error) string {
	var nf *hierarchy.NotFound
	var rnf *hierarchy.RouteNotFound
	switch {
	case errors.As(err, &nf):
		return "not found"
	case errors.Is(err, hierarchy.ErrBadRequest):
		return "bad request"
	case errors.As(err, &rnf): // want `errors.As\(err, &rnf\) can never succeed`
		return "route " + rnf.Route
	default:
		return "other"
	}
}

// Two cases covered by the first: one fix moves both ahead of it.
func twoCovered(err error) string {
	switch err.(type) {
	case hierarchy.HTTPError:
		return "http"
	case *hierarchy.NotFound: // want `case \*hierarchy.NotFound can never match`
		return "not found"
	case *hierarchy.RouteNotFound: // want `case \*hierarchy.RouteNotFound can never match`
		return "route"
	}
	return ""
}

func typeCases(err error) string {
	switch e := err.(type) {
	case hierarchy.HTTPError:
		return fmt.Sprint(e.StatusCode())
	case *hierarchy.InvalidParam: // want `case \*hierarchy.InvalidParam can never match`
		return e.Param
	}
	return ""
}

func earlyReturns(err error) error {
	var httpErr hierarchy.HTTPError
	var mp *hierarchy.MissingParam
	if errors.As(err, &httpErr) {
		return fmt.Errorf("http %d: %w", httpErr.StatusCode(), err)
	}
	if errors.As(err, &mp) { // want `errors.As\(err, &mp\) can never succeed`
		return fmt.Errorf("missing %s: %w", mp.Param, err)
	}
	return err
}

// No fix: the init statement's variables are in scope in later branches.
func withInit(err error) {
	if e, ok := err.(hierarchy.HTTPError); ok {
		_ = e
	} else if errors.As(err, &e) {
	}
	var nf *hierarchy.NotFound
	var httpErr hierarchy.HTTPError
	if msg := "x"; errors.As(err, &httpErr) {
		_ = msg
	} else if errors.As(err, &nf) { // want `errors.As\(err, &nf\) can never succeed`
		_ = msg
	}
}

// No fix: fallthrough would change where control goes.
func withFallthrough(err error) {
	var nf *hierarchy.NotFound
	var httpErr hierarchy.HTTPError
	switch {
	case errors.As(err, &httpErr):
		fallthrough
	case errors.As(err, &nf): // want `errors.As\(err, &nf\) can never succeed`
	}
}

// No fix: the later if does not always leave, so moving it would run both.
func notLeaving(err error) {
	var nf *hierarchy.NotFound
	var httpErr hierarchy.HTTPError
	if errors.As(err, &httpErr) {
		return
	}
	if errors.As(err, &nf) { // want `errors.As\(err, &nf\) can never succeed`
		fmt.Println(nf)
	}
}
