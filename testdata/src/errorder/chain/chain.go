// Package chain holds else-if chains and switch statements whose checks
// are ordered from general to specific.
package chain

import (
	"errors"
	"fmt"
)

// APIError is the base interface of this package's API errors.
type APIError interface {
	error
	Code() int
}

type NotFoundError struct{ Resource string }

func (e *NotFoundError) Error() string { return e.Resource + " not found" }
func (e *NotFoundError) Code() int     { return 404 }

// BaseError is a concrete base type; RouteError unwraps to it.
type BaseError struct{ Status int }

func (e *BaseError) Error() string { return fmt.Sprint(e.Status) }

type RouteError struct {
	Base  BaseError
	Route string
}

func (e *RouteError) Error() string { return e.Route }
func (e *RouteError) Unwrap() error { return &e.Base }

// EmbedError embeds *BaseError but has no Unwrap: errors.As to *BaseError
// does not match it.
type EmbedError struct{ *BaseError }

func ifChains(err error) {
	var apiErr APIError
	var nf *NotFoundError
	var base *BaseError
	var route *RouteError
	var emb *EmbedError

	if errors.As(err, &apiErr) {
		_ = apiErr
	} else if errors.As(err, &nf) { // want `^errors.As\(err, &nf\) can never succeed: errors.As\(err, &apiErr\) on line 45 matches first \(\*NotFoundError implements APIError\); check the specific error first$`
		_ = nf
	}

	if errors.As(err, &base) {
	} else if errors.As(err, &route) { // want `errors.As\(err, &route\) can never succeed: errors.As\(err, &base\) on line 51 matches first \(\*RouteError unwraps to \*BaseError\)`
	}

	// Specific first: both branches can run.
	if errors.As(err, &nf) {
	} else if errors.As(err, &apiErr) {
	}

	// Embedding alone gives no relation: errors.As to *BaseError does not
	// match an *EmbedError.
	if errors.As(err, &base) {
	} else if errors.As(err, &emb) {
	}

	// An extra condition on the earlier check leaves room for the later one.
	if errors.As(err, &base) && base.Status == 500 {
	} else if errors.As(err, &route) {
	}

	// A status range before a specific status on the same error.
	if errors.As(err, &base) && base.Status >= 400 {
	} else if errors.As(err, &base) && base.Status == 404 { // want `base.Status == 404 can never succeed: .* \(Status == 404 implies Status >= 400\)`
	}

	// Disjoint statuses: no relation.
	if errors.As(err, &base) && base.Status >= 500 {
	} else if errors.As(err, &base) && base.Status == 404 {
	}

	// A catch-all first.
	if err != nil {
	} else if errors.As(err, &nf) { // want `can never succeed: err != nil on line \d+ matches first \(it matches every error\)`
	}

	// The same check twice.
	if errors.As(err, &nf) {
	} else if errors.As(err, &nf) { // want `remove the duplicate check$`
	}
}

func switches(err error) {
	var apiErr APIError
	var nf *NotFoundError
	switch {
	case errors.As(err, &apiErr):
	case errors.As(err, &nf): // want `errors.As\(err, &nf\) can never succeed: errors.As\(err, &apiErr\) on line \d+ matches first`
	}

	// The error is reassigned between the checks: a new value.
	if errors.As(err, &apiErr) {
	} else if err = fmt.Errorf("again: %w", err); errors.As(err, &nf) {
	}
}

func typeSwitch(err error) {
	switch err.(type) {
	case APIError:
	case *NotFoundError: // want `^case \*NotFoundError can never match: case APIError on line \d+ matches first \(\*NotFoundError implements APIError\); check the specific error first$`
	}
	switch e := err.(type) {
	case error:
		_ = e
	case *BaseError: // want `case \*BaseError can never match: case error on line \d+ matches first \(it matches every error\)`
	}
	// Specific first.
	switch err.(type) {
	case *NotFoundError:
	case APIError:
	}
	// A type assertion sees only the error itself, not what it unwraps to:
	// *RouteError is not a *BaseError.
	switch err.(type) {
	case *BaseError:
	case *RouteError:
	}
}
