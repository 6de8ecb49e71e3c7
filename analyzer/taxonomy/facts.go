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

// FuncFact summarizes a function of an error: a predicate
// (`func(err error, ...) bool`, IsNotFound) or a function that reads a
// code, a reason or a status from it (`func(err error) T`, status.Code,
// ReasonForError). It is computed from the function's SSA form: one Path
// for each path from its entry to a return, with what holds of the error
// on that path and what the path returns. A predicate keeps only the paths
// that may return true.
//
// A path's Term is what the branches taken on the path prove of the
// error, with every condition the model does not understand (or that
// only says what the error is not) left out; the term is then Opaque.
// So the paths together describe a superset of the errors for which a
// result is returned, and are used only to prove what a later check
// implies, never what an earlier one covers, unless Exact.
type FuncFact struct {
	// Subject is the index of the error parameter among the parameters.
	Subject int
	// Params is the number of parameters; constraints may name one by
	// ConsRef.Param.
	Params int
	// Pred: a predicate, whose Paths are those that may return true.
	Pred bool
	// Exact: no path's term left anything out, so that the paths are
	// exactly the errors for which the predicate holds.
	Exact bool
	Paths []PathRef
}

func (*FuncFact) AFact() {}
func (f *FuncFact) String() string {
	parts := make([]string, len(f.Paths))
	for i, p := range f.Paths {
		parts[i] = p.String()
	}
	kind := "func"
	if f.Pred {
		kind = "pred"
	}
	if f.Exact {
		kind += ",exact"
	}
	return fmt.Sprintf("%s(subject=%d: %s)", kind, f.Subject, strings.Join(parts, " | "))
}

// PathRef is one path of a FuncFact: the term that holds of the error on
// it, and what it returns.
type PathRef struct {
	Term    TermRef
	Results []ResultRef
}

func (p PathRef) String() string {
	res := make([]string, len(p.Results))
	for i, r := range p.Results {
		res[i] = r.String()
	}
	t := p.Term.String()
	if t == "" {
		t = "true"
	}
	return t + " -> " + strings.Join(res, ", ")
}

// ResultKind says what a path returns in one result.
type ResultKind uint8

const (
	Unknown ResultKind = iota // anything
	Const                     // the constant Val
	Read                      // a value read from the error: Path from Root, as in ConsRef
)

// ResultRef is one result of a path.
type ResultRef struct {
	Kind ResultKind
	Val  Value
	Root int
	Path string
}

func (r ResultRef) String() string {
	switch r.Kind {
	case Const:
		return r.Val.Exact
	case Read:
		return fmt.Sprintf("$%d%s", r.Root, r.Path)
	}
	return "?"
}

// TermRef is the encodable form of a Term.
type TermRef struct {
	Matches []MatchRef
	Cons    []ConsRef
	Opaque  bool
	Nil     bool // the error is nil
}

func (t TermRef) String() string {
	var parts []string
	if t.Nil {
		parts = append(parts, "nil")
	}
	for _, m := range t.Matches {
		parts = append(parts, fmt.Sprintf("%s(%s)", m.Kind, m.Ref))
	}
	for _, c := range t.Cons {
		if c.Param > 0 {
			parts = append(parts, fmt.Sprintf("$%d%s %s param%d", c.Root, c.Path, c.Set.Op, c.Param))
			continue
		}
		parts = append(parts, c.Set.Describe(fmt.Sprintf("$%d%s", c.Root, c.Path)))
	}
	if t.Opaque {
		parts = append(parts, "...")
	}
	return strings.Join(parts, " && ")
}

// MatchRef is the encodable form of a Match: Ref is a type for As and
// Assert, a sentinel for Is and Eq, a function for Pred.
type MatchRef struct {
	Kind Kind
	Ref  string
	Args string // Pred: the other arguments, as Match.Args
}

// ConsRef is the encodable form of a Constraint.
type ConsRef struct {
	Root  int
	Path  string
	Set   Set
	Param int // in a FuncFact: the value is compared with parameter Param-1 by Set.Op
}
