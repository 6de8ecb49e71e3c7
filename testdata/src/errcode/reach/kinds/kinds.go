// Package kinds declares a code type that no error of its own carries: the
// error type of package api does, one level below its fields.
package kinds

// Kind is the kind of a detail of an API error.
type Kind string

const (
	QuotaExceeded Kind = "QuotaExceeded"
	Conflict      Kind = "Conflict"
	NotFound      Kind = "NotFound"
)

// Color is an enum that no error reaches: not a code type.
type Color string

const (
	Red  Color = "red"
	Blue Color = "blue"
)
