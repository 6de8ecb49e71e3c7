// Package styles checks errors of the three taxonomy styles: one struct
// with predicates (flatclient), a code registry with sentinel values
// (coderegistry), and a deep hierarchy of interfaces and Unwrap chains
// (hierarchy). Every relation used here is declared in another package.
package styles

import (
	"context"
	"errors"
	"fmt"

	"styles/coderegistry"
	"styles/flatclient"
	"styles/hierarchy"
)

func flat(err error) error {
	var fe *flatclient.Error

	// A condition on the base type alone before a predicate on it.
	if errors.As(err, &fe) {
		fmt.Println(fe)
	} else if flatclient.IsNotFound(err) { // want `^flatclient.IsNotFound\(err\) can never succeed: errors.As\(err, &fe\) on line 21 matches first \(flatclient.IsNotFound\(err\) is true only for an error errors.As finds as \*flatclient.Error\); check the specific error first$`
		fmt.Println("not found")
	}

	// A range predicate before a specific status.
	if flatclient.IsServerError(err) {
	} else if errors.As(err, &fe) && fe.StatusCode == 503 { // want `StatusCode == 503 implies StatusCode >= 500`
	}

	// Predicates on different statuses are disjoint.
	if flatclient.IsNotFound(err) {
	} else if flatclient.IsRateLimited(err) {
	}

	// The same predicate twice.
	if flatclient.IsNotFound(err) {
	} else if flatclient.IsRateLimited(err) {
	} else if flatclient.IsNotFound(err) { // want `remove the duplicate check`
	}

	// IsErrorCode takes codes: not summarized, never reported.
	if flatclient.IsErrorCode(err, 100) {
	} else if flatclient.IsErrorCode(err, 100, 101) {
	}
	return err
}

func earlyReturns(err error) error {
	var fe *flatclient.Error
	if errors.As(err, &fe) {
		return fmt.Errorf("api: %w", err)
	}
	if flatclient.IsRateLimited(err) { // want `flatclient.IsRateLimited\(err\) can never succeed: errors.As\(err, &fe\) on line \d+ returns first`
		return nil
	}
	return err
}

func catchAllFirst(c *flatclient.Client) error {
	_, err := c.Get(context.Background(), "id")
	if err != nil {
		return err
	}
	if flatclient.IsNotFound(err) { // want `flatclient.IsNotFound\(err\) can never succeed: err != nil on line \d+ returns first \(flatclient.IsNotFound\(err\) is true only for an error errors.As finds as \*flatclient.Error\)`
		return nil
	}
	res, _ := c.Get(context.Background(), "next")
	if err != nil { // want `^err != nil can never succeed: err != nil on line \d+ returns first \(err is not assigned in between\); check the error you meant to$`
		return err
	}
	_ = res

	// A new error value: the facts about the old one are gone.
	_, err = c.Get(context.Background(), "other")
	if err != nil && !flatclient.IsNotFound(err) {
		return err
	}
	if flatclient.IsNotFound(err) {
		return nil
	}
	return nil
}

func registry(err error) {
	var re *coderegistry.Error
	// errors.As to *Error matches the sentinel ErrDoesNotExist, an *Error.
	if errors.As(err, &re) {
	} else if errors.Is(err, coderegistry.ErrDoesNotExist) { // want `coderegistry.ErrDoesNotExist is a \*coderegistry.Error`
	}

	// Sentinels of one registry compare codes: they do not cover each other.
	if errors.Is(err, coderegistry.ErrDoesNotExist) {
	} else if errors.Is(err, coderegistry.ErrPermissionDenied) {
	}

	// A code constraint on the same *Error.
	if errors.As(err, &re) && re.HTTPStatus >= 400 && re.HTTPStatus < 500 {
	} else if errors.As(err, &re) && re.HTTPStatus == 404 { // want `HTTPStatus == 404 implies HTTPStatus >= 400 && HTTPStatus <= 499`
	}
}

func deep(err error) {
	var httpErr hierarchy.HTTPError
	var nf *hierarchy.NotFound
	var rnf *hierarchy.RouteNotFound
	var anf *hierarchy.AssetNotFound
	var br *hierarchy.BadRequest
	var ip *hierarchy.InvalidParam
	var conflict *hierarchy.Conflict

	if errors.As(err, &nf) {
	} else if errors.As(err, &anf) { // want `\(\*hierarchy.AssetNotFound unwraps to \*hierarchy.RouteNotFound, which unwraps to \*hierarchy.NotFound\)`
	}

	switch {
	case errors.As(err, &httpErr):
	case errors.As(err, &ip): // want `\*hierarchy.InvalidParam implements hierarchy.HTTPError`
	}

	// Siblings: a NotFound is never a BadRequest.
	if errors.As(err, &nf) {
	} else if errors.As(err, &br) {
	} else if errors.As(err, &rnf) { // want `errors.As\(err, &nf\) on line \d+ matches first \(\*hierarchy.RouteNotFound unwraps to \*hierarchy.NotFound\)`
	}

	// Conflict embeds *BadRequest without Unwrap: no relation for errors.As.
	if errors.As(err, &br) {
	} else if errors.As(err, &conflict) {
	}

	if errors.Is(err, hierarchy.ErrBadRequest) {
	} else if errors.Is(err, hierarchy.ErrInvalidParam) { // want `hierarchy.ErrInvalidParam wraps hierarchy.ErrBadRequest`
	}
}
