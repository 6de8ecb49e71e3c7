// Package generics holds results whose type is a type parameter
// instantiated with an error, or constrained to be one.
package generics

import "errors"

// First returns the first element.
func First[T any](xs []T) T { return xs[0] }

// Future holds a value of any type.
type Future[T any] struct{ v T }

func (f *Future[T]) Await() T { return f.v }

// Result is a value or an error.
type Result[T any] struct {
	V   T
	Err error
}

func (r Result[T]) Unwrap() (T, error) { return r.V, r.Err }

// Validate checks an error-typed value.
func Validate[E error](check func() E) {
	check() // want `^error returned by check is not checked; handle or return it$`
}

func Use(errs []error, f *Future[error], ints *Future[int], r Result[string]) {
	First(errs)     // want `^error returned by First is not checked; handle or return it$`
	f.Await()       // want `^error returned by \(\*Future\)\.Await is not checked; handle or return it$`
	r.Unwrap()      // want `^error returned by \(Result\)\.Unwrap is not checked; handle or return it$`
	ints.Await()    // instantiated with int: no error
	First([]int{1}) // instantiated with int: no error
	_ = errors.New  // not a call
}
