// Package api declares sentinels that wrap each other, and error types
// whose methods tie them to sentinels, for the errorder fixtures that use
// them from another package.
package api

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound      = errors.New("not found")
	ErrRouteNotFound = fmt.Errorf("%w: route", ErrNotFound)
	ErrDeep          = fmt.Errorf("deep: %w", ErrRouteNotFound)
	ErrConflict      = errors.New("conflict")
	ErrBoth          = errors.Join(ErrNotFound, ErrConflict)
	ErrAlias         = ErrConflict
	// ErrFormatted does not wrap: %v formats the error, it does not wrap it.
	ErrFormatted = fmt.Errorf("formatted: %v", ErrNotFound)
	// ErrMutable is assigned again below: not a sentinel.
	ErrMutable = errors.New("mutable")
)

func Reset() { ErrMutable = errors.New("again") }

// CodeError matches ErrNotFound through its Is method.
type CodeError struct{ Code int }

func (e *CodeError) Error() string        { return fmt.Sprint(e.Code) }
func (e *CodeError) Is(target error) bool { return target == ErrNotFound }

// WrapError holds the error it wraps in Err.
type WrapError struct {
	Op  string
	Err error
}

func (e *WrapError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *WrapError) Unwrap() error { return e.Err }

// ErrGone is a *WrapError around ErrNotFound.
var ErrGone = &WrapError{Op: "gone", Err: ErrNotFound}
