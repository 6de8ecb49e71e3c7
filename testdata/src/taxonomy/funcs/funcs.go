// Its code type, reached from an error, is a package fact. // want package:`codetypes\(taxonomy/funcs.Code\)`

// Package funcs holds the shapes of real predicates, code functions and
// functions that never return, with the facts the taxonomy proves of
// them (analyzer/taxonomy/summaries_test.go).
package funcs

import (
	"errors"
	"os"
)

type Code int // want Code:`^codeset\(0 5\)$`

const (
	CodeOK       Code = 0
	CodeNotFound Code = 5
)

type Error struct {
	Code   Code
	Status int
}

func (e *Error) Error() string { return "error" }

// A nil guard first, then errors.As and a field test.
func IsNotFound(err error) bool { // want IsNotFound:`^pred,exact\(subject=0: nonnil\(\) && as\(\*taxonomy/funcs.Error\) && \$1.Code == 5 -> true\)$`
	if err == nil {
		return false
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code == CodeNotFound
	}
	return false
}

// An assertion in the if's init, the condition in its body.
func IsServerError(err error) bool { // want IsServerError:`^pred,exact\(subject=0: assert\(\*taxonomy/funcs.Error\) && \$0.Status >= 500 -> true\)$`
	if e, ok := err.(*Error); ok {
		return e.Status >= 500
	}
	return false
}

// An extra parameter stays symbolic.
func HasStatus(err error, status int) bool { // want HasStatus:`^pred,exact\(subject=0: as\(\*taxonomy/funcs.Error\) && \$0.Status == param2 -> true\)$`
	e, ok := errors.AsType[*Error](err)
	return ok && e.Status == status
}

// A loop over the codes: the comparison inside it is not kept.
func HasCode(err error, codes ...Code) bool { // want HasCode:`^pred\(subject=0: as\(\*taxonomy/funcs.Error\) && \.\.\. -> true\)$`
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	for _, c := range codes {
		if e.Code == c {
			return true
		}
	}
	return false
}

// A code function: a constant when the test fails, the field otherwise.
func CodeOf(err error) Code { // want CodeOf:`^func\(subject=0: nil -> 0 \| nonnil\(\) && as\(\*taxonomy/funcs.Error\) -> \$1.Code \| nonnil\(\) && \.\.\. -> 2\)$`
	if err == nil {
		return CodeOK
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 2
}

// Composed: a predicate of a code function; the paths of CodeOf that
// cannot return 5 drop out, so it is exact.
func IsNotFoundCode(err error) bool { // want IsNotFoundCode:`^pred,exact\(subject=0: nonnil\(\) && as\(\*taxonomy/funcs.Error\) && \$1.Code == 5 -> true\)$`
	return CodeOf(err) == CodeNotFound
}

// True for anything: its two paths say so, and prove nothing of err.
func IsAnything(err error) bool { // want IsAnything:`^pred,exact\(subject=0: nonnil\(\) -> true \| nil -> true\)$`
	return err != nil || true
}

// Recursion: the recursive call is unknown, what comes before it is not.
func IsRecursive(err error) bool { // want IsRecursive:`^pred\(subject=0: nonnil\(\) && \.\.\. -> true\)$`
	if err == nil {
		return false
	}
	return IsRecursive(errors.Unwrap(err))
}

// die never returns.
func die(msg string) { // want die:"noreturn"
	println(msg)
	os.Exit(1)
}

// dieTwice never returns either, through die.
func dieTwice(msg string) { // want dieTwice:"noreturn"
	if msg == "" {
		die("empty")
	} else {
		panic(msg)
	}
}

// spin never returns: an endless loop without a break.
func spin() { // want spin:"noreturn"
	for {
	}
}

// mayExit returns when told.
func mayExit(quiet bool) {
	if quiet {
		return
	}
	os.Exit(1)
}

// loopBreak leaves its loop.
func loopBreak(n int) {
	for {
		if n > 3 {
			break
		}
		n++
	}
}

// Base unwraps to the error in its Err field.
type Base struct{ Err error }

func (b *Base) Error() string { return "base" }

func (b *Base) Unwrap() error { return b.Err } // want Unwrap:`^method\(types= sentinels= field=Err\)$`

// Specific is only ever built inside a Base's Err.
type Specific struct{ Code int } // want Specific:`^stored\(in=\*taxonomy/funcs.Base field=Err\)$`

func (s *Specific) Error() string { return "specific" }

// Loose is returned on its own too: no fact.
type Loose struct{ Code int }

func (l *Loose) Error() string { return "loose" }

func build(code int) error {
	if code == 1 {
		return &Loose{Code: code}
	}
	s := &Specific{Code: code}
	if code > 400 {
		s.Code = 400
	}
	var l error = &Loose{}
	_ = l
	return &Base{Err: s}
}

// retryable says nothing of err: it has no summary and is known only by
// its name, and it may hold for a nil error.
func retryable(err error) bool { return os.Getenv("RETRY") != "" }

// IsRetryNil is true for a nil error when retryable(nil) is: the nil path
// is kept.
func IsRetryNil(err error) bool { // want IsRetryNil:`^pred,exact\(subject=0: nil && pred\(taxonomy/funcs.retryable\) -> true \| nonnil\(\) && as\(\*taxonomy/funcs.Error\) -> true\)$`
	if err == nil {
		return retryable(err)
	}
	var e *Error
	return errors.As(err, &e)
}
