// Package methods checks errorder through As and Is methods read from
// their code: an As method that fills its target in a type switch, an Is
// method that switches on its target.
package methods

import "errors"

// NotFound is the specific error.
type NotFound struct{ Resource string }

func (e *NotFound) Error() string { return "not found: " + e.Resource }

// Wire is the error the transport returns. Its As method builds a
// *NotFound for a target of that type, and a *Wire for its own.
type Wire struct {
	Code     int
	Resource string
}

func (e *Wire) Error() string { return "wire error" }

func (e *Wire) As(target any) bool {
	switch t := target.(type) {
	case **NotFound:
		*t = &NotFound{Resource: e.Resource}
		return true
	}
	return false
}

// Conditional only fills a *NotFound when the code says so: it proves
// nothing about every *Conditional.
type Conditional struct{ Code int }

func (e *Conditional) Error() string { return "conditional" }

func (e *Conditional) As(target any) bool {
	if t, ok := target.(**NotFound); ok && e.Code == 404 {
		*t = &NotFound{}
		return true
	}
	return false
}

var (
	ErrNotFound = errors.New("not found")
	ErrGone     = errors.New("gone")
	ErrOther    = errors.New("other")
)

// Missing matches both sentinels through a switch on the target.
type Missing struct{}

func (Missing) Error() string { return "missing" }

func (Missing) Is(target error) bool {
	switch target {
	case ErrNotFound, ErrGone:
		return true
	}
	return false
}

func check(err error) {
	var w *Wire
	var nf *NotFound
	// Every *Wire gives errors.As a *NotFound, but not every *NotFound is
	// in a *Wire: the Wire check first is fine.
	if errors.As(err, &w) {
	} else if errors.As(err, &nf) {
	}

	var c *Conditional
	if errors.As(err, &nf) {
	} else if errors.As(err, &c) { // Conditional fills a NotFound only for code 404
	}

	var m Missing
	if errors.Is(err, ErrNotFound) {
	} else if errors.As(err, &m) { // want `^errors.As\(err, &m\) can never succeed: errors.Is\(err, ErrNotFound\) on line 79 matches first \(Missing's Is method matches ErrNotFound\); check the specific error first$`
	}
	if errors.Is(err, ErrOther) {
	} else if errors.As(err, &m) { // Missing does not match ErrOther
	}
}

func wireFirst(err error) {
	var w *Wire
	var nf *NotFound
	if errors.As(err, &nf) {
	} else if errors.As(err, &w) { // want `^errors.As\(err, &w\) can never succeed: errors.As\(err, &nf\) on line 90 matches first \(\*Wire delegates As to \*NotFound\); check the specific error first$`
	}
}
