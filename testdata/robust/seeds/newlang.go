// Package p uses generics, errors.AsType, range-over-func iterators,
// method values and closures around error checks.
package p

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
)

// Error is a generic error type.
type Error[T any] struct {
	Code T
	Err  error
}

func (e *Error[T]) Error() string { return fmt.Sprint(e.Code) }
func (e *Error[T]) Unwrap() error { return e.Err }

// NotFound unwraps to *Error[int].
type NotFound struct{ Base *Error[int] }

func (*NotFound) Error() string   { return "not found" }
func (e *NotFound) Unwrap() error { return e.Base }

var (
	ErrBase  = errors.New("base")
	ErrRoute = fmt.Errorf("route: %w", ErrBase)
)

func IsNotFound(err error) bool {
	var nf *NotFound
	return errors.As(err, &nf)
}

func order(err error) int {
	if e, ok := errors.AsType[*Error[int]](err); ok {
		return e.Code
	} else if _, ok := errors.AsType[*NotFound](err); ok {
		return 404
	}
	switch {
	case errors.Is(err, ErrBase):
		return 1
	case errors.Is(err, ErrRoute):
		return 2
	}
	switch err.(type) {
	case error:
		return 3
	case *NotFound:
		return 4
	}
	return 0
}

func seq(names []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, n := range names {
			if !yield(n, os.Remove(n)) {
				return
			}
		}
	}
}

func drops(names []string) {
	for n, err := range seq(names) {
		_ = n
		if err != nil && IsNotFound(err) {
			continue
		}
	}
	remove := os.Remove
	remove("x")
	f := func() error { return os.Remove("y") }
	defer f()
	go os.Remove("z")
	_ = fs.ErrNotExist
	var e Error[string]
	msg := e.Error
	_ = msg()
}

func generic[E error](err error) bool {
	var target E
	return errors.As(err, &target)
}

func status(code int) bool { return code == 4040 }
