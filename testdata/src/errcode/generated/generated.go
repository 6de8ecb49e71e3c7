// Package generated has a code type whose stringer output compares codes
// with literals.
package generated

// Code is an error code.
type Code int

const (
	Invalid  Code = -1
	NotFound Code = 1
	Conflict Code = 2
)

// Error carries a Code.
type Error struct{ Code Code }

func (e *Error) Error() string { return e.Code.String() }

func handwritten(e *Error) bool {
	return e.Code == 45 // want `^45 is not a known generated\.Code; compare with a generated\.Code constant$`
}
