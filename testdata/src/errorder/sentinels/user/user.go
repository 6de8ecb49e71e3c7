// Package user checks the sentinels of package api, declared in another
// package: the relations reach it as facts.
package user

import (
	"errors"

	"errorder/sentinels/api"
)

func chains(err error) {
	if errors.Is(err, api.ErrNotFound) {
	} else if errors.Is(err, api.ErrRouteNotFound) { // want `^errors.Is\(err, api.ErrRouteNotFound\) can never succeed: errors.Is\(err, api.ErrNotFound\) on line 12 matches first \(api.ErrRouteNotFound wraps api.ErrNotFound\); check the specific error first$`
	}

	// Transitively: ErrDeep wraps ErrRouteNotFound, which wraps ErrNotFound.
	if errors.Is(err, api.ErrNotFound) {
	} else if errors.Is(err, api.ErrDeep) { // want `api.ErrDeep wraps api.ErrNotFound`
	}

	if errors.Is(err, api.ErrConflict) || errors.Is(err, api.ErrNotFound) {
	} else if errors.Is(err, api.ErrBoth) { // want `api.ErrBoth wraps api.ErrConflict`
	}

	if errors.Is(err, api.ErrConflict) {
	} else if errors.Is(err, api.ErrAlias) { // want `api.ErrAlias wraps api.ErrConflict`
	}

	// == sees the error itself: ErrRouteNotFound is not ErrNotFound.
	if err == api.ErrNotFound {
	} else if err == api.ErrRouteNotFound {
	}

	// errors.Is before == on a sentinel that wraps it.
	if errors.Is(err, api.ErrNotFound) {
	} else if err == api.ErrRouteNotFound { // want `err == api.ErrRouteNotFound can never succeed`
	}

	// Specific first.
	if errors.Is(err, api.ErrRouteNotFound) {
	} else if errors.Is(err, api.ErrNotFound) {
	}

	// %v does not wrap.
	if errors.Is(err, api.ErrNotFound) {
	} else if errors.Is(err, api.ErrFormatted) {
	}

	// ErrMutable may hold anything by the time it is checked.
	if errors.Is(err, api.ErrMutable) {
	} else if errors.Is(err, api.ErrMutable) {
	}

	// A *WrapError sentinel wrapping ErrNotFound in the field Unwrap returns.
	if errors.Is(err, api.ErrNotFound) {
	} else if errors.Is(err, api.ErrGone) { // want `api.ErrGone wraps api.ErrNotFound`
	}

	var ce *api.CodeError
	if errors.Is(err, api.ErrNotFound) {
	} else if errors.As(err, &ce) { // want `\(\*api.CodeError's Is method matches api.ErrNotFound\)`
	}

	var we *api.WrapError
	// A *WrapError may wrap anything: no relation to ErrNotFound.
	if errors.Is(err, api.ErrNotFound) {
	} else if errors.As(err, &we) {
	}
	// errors.As to *WrapError matches the sentinel ErrGone, a *WrapError.
	if errors.As(err, &we) {
	} else if errors.Is(err, api.ErrGone) { // want `api.ErrGone is a \*api.WrapError; the same check`
	}

	switch err {
	case api.ErrNotFound:
	case api.ErrConflict:
	case api.ErrNotFound: // want `err == api.ErrNotFound|api.ErrNotFound can never succeed: api.ErrNotFound on line \d+ matches first \(the same check\); remove the duplicate check`
	}
}
