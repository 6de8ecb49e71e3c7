package taxonomy

import (
	"fmt"
	"strings"
)

// Facts name types and objects by strings ("*example.com/api.NotFound",
// "example.com/api.ErrNotFound") because they are gob-encoded and read back
// in other packages, where Model.resolveType and Model.resolveObject turn
// them into the importing package's view of the same objects.

// MethodFact summarizes an Unwrap, As or Is method of an error type: what
// every error that has the method is guaranteed to match besides itself.
type MethodFact struct {
	// Types are the concrete types its chain always holds: the type every
	// return of Unwrap has, or of the field an As method delegates to.
	Types []string
	// Sentinels are the sentinel errors it always matches: returned by
	// Unwrap, or compared with the target by an Is method.
	Sentinels []string
	// Field is the field that Unwrap returns as is ("Err" for
	// `return e.Err`), so that a sentinel literal setting it wraps its value.
	Field string
}

func (*MethodFact) AFact() {}
func (f *MethodFact) String() string {
	return fmt.Sprintf("method(types=%s sentinels=%s field=%s)",
		strings.Join(f.Types, ","), strings.Join(f.Sentinels, ","), f.Field)
}

// SentinelFact marks a package-level error variable initialized with a
// non-nil error and never assigned again in its package.
type SentinelFact struct {
	// Wraps lists the sentinels its chain always holds, transitively:
	// `fmt.Errorf("%w: route", ErrNotFound)` wraps ErrNotFound.
	Wraps []string
	// Type is its dynamic type where the initializer shows it
	// (`&Error{...}`), empty otherwise.
	Type string
}

func (*SentinelFact) AFact() {}
func (f *SentinelFact) String() string {
	return fmt.Sprintf("sentinel(wraps=%s type=%s)", strings.Join(f.Wraps, ","), f.Type)
}

// PredicateFact summarizes a helper predicate `func(err error) bool` as the
// check it performs on err, exactly: it holds only when the predicate's
// result is fully described by Terms.
type PredicateFact struct {
	Terms []TermRef
}

func (*PredicateFact) AFact() {}
func (f *PredicateFact) String() string {
	parts := make([]string, len(f.Terms))
	for i, t := range f.Terms {
		parts[i] = t.String()
	}
	return "predicate(" + strings.Join(parts, " || ") + ")"
}

// TermRef is the encodable form of a Term.
type TermRef struct {
	Matches []MatchRef
	Cons    []ConsRef
}

func (t TermRef) String() string {
	var parts []string
	for _, m := range t.Matches {
		parts = append(parts, fmt.Sprintf("%s(%s)", m.Kind, m.Ref))
	}
	for _, c := range t.Cons {
		parts = append(parts, c.Set.Describe(fmt.Sprintf("$%d%s", c.Root, c.Path)))
	}
	return strings.Join(parts, " && ")
}

// MatchRef is the encodable form of a Match: Ref is a type for As and
// Assert, a sentinel for Is and Eq, a function for Pred.
type MatchRef struct {
	Kind Kind
	Ref  string
}

// ConsRef is the encodable form of a Constraint.
type ConsRef struct {
	Root int
	Path string
	Set  Set
}
