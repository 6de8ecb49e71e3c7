// Package modern checks errors.AsType, generics, closures, methods and
// loops.
package modern

import (
	"errors"

	"styles/hierarchy"
)

func asType(err error) {
	if e, ok := errors.AsType[hierarchy.HTTPError](err); ok {
		_ = e
	} else if nf, ok := errors.AsType[*hierarchy.NotFound](err); ok { // want `^errors.AsType\[\*hierarchy.NotFound\]\(err\) can never succeed: errors.AsType\[hierarchy.HTTPError\]\(err\) on line 12 matches first \(\*hierarchy.NotFound implements hierarchy.HTTPError\); check the specific error first$`
		_ = nf
	}
	// AsType after errors.As of the same type: a duplicate.
	var nf *hierarchy.NotFound
	if errors.As(err, &nf) {
	} else if nf2, ok := errors.AsType[*hierarchy.NotFound](err); ok && nf2.Resource == "x" { // want `it matches every \*hierarchy.NotFound`
	}
	// Type assertion, then errors.As: the assertion sees only the error
	// itself, errors.As the whole chain.
	if _, ok := err.(*hierarchy.NotFound); ok {
	} else if errors.As(err, &nf) {
	}
}

// Generic code: type parameters are never proven to be related.
func generic[T error](err error) {
	var t T
	var nf *hierarchy.NotFound
	if errors.As(err, &t) {
	} else if errors.As(err, &nf) {
	}
}

type Box[E error] struct{ Err E }

func (b Box[E]) Check() {
	var nf *hierarchy.NotFound
	var httpErr hierarchy.HTTPError
	err := error(b.Err)
	if errors.As(err, &httpErr) {
	} else if errors.As(err, &nf) { // want `\*hierarchy.NotFound implements hierarchy.HTTPError`
	}
}

type Service struct{ last error }

// A method: the receiver's field is not a local variable, it may change
// between the checks.
func (s *Service) Check() {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	if errors.As(s.last, &httpErr) {
	} else if errors.As(s.last, &nf) {
	}
}

func closures(errs []error) {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	check := func(err error) {
		if errors.As(err, &httpErr) {
		} else if errors.As(err, &nf) { // want `\*hierarchy.NotFound implements hierarchy.HTTPError`
		}
	}
	for _, err := range errs {
		check(err)
		// Inside a loop, each iteration checks a new error.
		if errors.As(err, &httpErr) {
			continue
		}
		if errors.As(err, &nf) { // want `errors.As\(err, &httpErr\) on line \d+ leaves first`
		}
	}

	// A closure assigns err: its value may change between the checks.
	var err error
	retry := func() { err = errors.New("x") }
	if errors.As(err, &httpErr) {
		retry()
	} else if errors.As(err, &nf) {
	}

	// The address of err escapes: same.
	var err2 error
	fill(&err2)
	if errors.As(err2, &httpErr) {
	} else if errors.As(err2, &nf) {
	}
}

func fill(p *error) { *p = nil }

// A label may be reached by goto with other facts.
func labels(err error) {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	if errors.As(err, &httpErr) {
		return
	}
again:
	if errors.As(err, &nf) {
		err = nil
		goto again
	}
}
