package taxonomy

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// Kind says how a Match recognizes an error.
type Kind uint8

const (
	NonNil Kind = iota + 1 // err != nil, `case error:`: every error
	As                     // errors.As, errors.AsType: an error in the chain is a T
	Assert                 // err.(T), a type switch case: the error itself is a T
	Is                     // errors.Is(err, S): the chain holds the sentinel S
	Eq                     // err == S: the error is the sentinel S
	Pred                   // f(err, ...): a predicate, with its other arguments
)

func (k Kind) String() string {
	switch k {
	case NonNil:
		return "nonnil"
	case As:
		return "as"
	case Assert:
		return "assert"
	case Is:
		return "is"
	case Eq:
		return "eq"
	case Pred:
		return "pred"
	}
	return "?"
}

// A Match is one way a check recognizes an error value.
type Match struct {
	Kind Kind
	Type types.Type   // As, Assert: the target type
	Obj  types.Object // Is, Eq: the sentinel variable; Pred: the function
	Bind types.Object // As, Assert: the variable the matched error is bound to, if any

	// Pred: the arguments besides the error, each a constant's exact
	// value or a variable's name and position, joined by commas; "?"
	// where one is neither, so that the call is the same as no other.
	Args string
	args *predArgs // Pred: the arguments, to instantiate the summary with
}

// predArgs are the arguments of a predicate call: for each parameter, the
// constant it is given, if it is one.
type predArgs struct {
	consts []*Value // by parameter index; nil where not a constant
}

// A Constraint restricts a value read from a matched error (a field, a
// niladic method, a function of the error) to a Set of constants.
type Constraint struct {
	// Root is the index in Term.Matches of the match whose bound error the
	// value is read from, or -1 for the checked error itself.
	Root int
	// Path says how the value is read: ".StatusCode", ".ErrorCode()",
	// "google.golang.org/grpc/status.Code()" for status.Code(err).
	Path string
	Set  Set
	// Param, in a function summary, says that the value is compared by
	// Set.Op with parameter Param-1 of the function, not with Set.Val.
	Param int

	bind types.Object // while parsing: the variable the value is read from, if not the subject
}

// A Term is a conjunction: the error satisfies every match and every
// constraint. An Opaque term also depends on something the model does not
// understand; it can be covered, but covers nothing.
type Term struct {
	Matches []Match
	Cons    []Constraint
	Opaque  bool
	// Nil, in a function summary: the error is nil on the path.
	Nil bool
}

// A Check is what a condition proves about an error when it is true: a
// disjunction of terms. An empty Check proves nothing.
type Check []Term

// Known reports whether the check says anything about the error.
func (c Check) Known() bool {
	for _, t := range c {
		if !t.Opaque && (len(t.Matches) > 0 || len(t.Cons) > 0) {
			return true
		}
	}
	return false
}

func opaque() Check { return Check{{Opaque: true}} }

// and returns the conjunction of two checks in disjunctive normal form, or
// an opaque check when it would grow too large to be worth reasoning about.
func and(a, b Check) Check {
	if len(a)*len(b) > maxTerms {
		return opaque()
	}
	var out Check
	for _, x := range a {
		for _, y := range b {
			out = append(out, conj(x, y))
		}
	}
	return out
}

const maxTerms = 16

func or(a, b Check) Check {
	if len(a)+len(b) > maxTerms {
		return opaque()
	}
	return append(append(Check(nil), a...), b...)
}

// conj conjoins two terms, shifting the roots of y's constraints past x's matches.
func conj(x, y Term) Term {
	t := Term{Opaque: x.Opaque || y.Opaque, Nil: x.Nil || y.Nil}
	t.Matches = append(append([]Match(nil), x.Matches...), y.Matches...)
	t.Cons = append([]Constraint(nil), x.Cons...)
	for _, c := range y.Cons {
		if c.Root >= 0 && c.bind == nil {
			c.Root += len(x.Matches)
		}
		t.Cons = addConstraint(t.Cons, c)
	}
	return t
}

// addConstraint adds c, intersecting it with a range already on the same value.
func addConstraint(cons []Constraint, c Constraint) []Constraint {
	for i, d := range cons {
		if d.Root == c.Root && d.bind == c.bind && d.Path == c.Path && d.Param == 0 && c.Param == 0 {
			if s, ok := intersect(d.Set, c.Set); ok {
				cons[i].Set = s
				return cons
			}
		}
	}
	return append(cons, c)
}

// Value is an encodable constant.
type Value struct {
	Kind  constant.Kind
	Exact string
}

func valueOf(v constant.Value) (Value, bool) {
	switch v.Kind() {
	case constant.Int, constant.String, constant.Bool:
		return Value{v.Kind(), v.ExactString()}, true
	}
	return Value{}, false
}

func (v Value) constant() constant.Value {
	switch v.Kind {
	case constant.Int:
		return constant.MakeFromLiteral(v.Exact, token.INT, 0)
	case constant.String:
		return constant.MakeFromLiteral(v.Exact, token.STRING, 0)
	case constant.Bool:
		return constant.MakeBool(v.Exact == "true")
	}
	return constant.MakeUnknown()
}

func (v Value) compare(op token.Token, w Value) bool {
	if v.Kind != w.Kind {
		return false
	}
	return constant.Compare(v.constant(), op, w.constant())
}

// A Set is the values a constraint allows: one value (EQL), all but one
// (NEQ), or a range with optional bounds (Range).
type Set struct {
	Op             token.Token // token.EQL, token.NEQ or token.ILLEGAL for a range
	Val            Value       // EQL, NEQ
	Lo, Hi         *Value      // Range: nil means unbounded
	LoIncl, HiIncl bool
}

// setFor returns the set of x for which `x op v` holds.
func setFor(op token.Token, v constant.Value) (Set, bool) {
	val, ok := valueOf(v)
	if !ok {
		return Set{}, false
	}
	switch op {
	case token.EQL, token.NEQ:
		return Set{Op: op, Val: val}, true
	case token.LSS, token.LEQ:
		s := Set{Op: token.ILLEGAL, Hi: &val, HiIncl: op == token.LEQ}
		return s.normalize(), true
	case token.GTR, token.GEQ:
		s := Set{Op: token.ILLEGAL, Lo: &val, LoIncl: op == token.GEQ}
		return s.normalize(), true
	}
	return Set{}, false
}

// normalize closes the open bounds of an integer range, so that x > 399
// and x >= 400 compare equal.
func (s Set) normalize() Set {
	one := constant.MakeInt64(1)
	if s.Lo != nil && !s.LoIncl && s.Lo.Kind == constant.Int {
		v, _ := valueOf(constant.BinaryOp(s.Lo.constant(), token.ADD, one))
		s.Lo, s.LoIncl = &v, true
	}
	if s.Hi != nil && !s.HiIncl && s.Hi.Kind == constant.Int {
		v, _ := valueOf(constant.BinaryOp(s.Hi.constant(), token.SUB, one))
		s.Hi, s.HiIncl = &v, true
	}
	return s
}

func (s Set) contains(v Value) bool {
	switch s.Op {
	case token.EQL:
		return v.compare(token.EQL, s.Val)
	case token.NEQ:
		return v.Kind == s.Val.Kind && !v.compare(token.EQL, s.Val)
	}
	if s.Lo != nil && !v.compare(cmpOp(s.LoIncl, token.GEQ, token.GTR), *s.Lo) {
		return false
	}
	if s.Hi != nil && !v.compare(cmpOp(s.HiIncl, token.LEQ, token.LSS), *s.Hi) {
		return false
	}
	return s.Lo != nil || s.Hi != nil
}

func cmpOp(incl bool, a, b token.Token) token.Token {
	if incl {
		return a
	}
	return b
}

// subset reports whether every value in a is in b.
func subset(a, b Set) bool {
	switch a.Op {
	case token.EQL:
		return b.contains(a.Val)
	case token.NEQ:
		return b.Op == token.NEQ && a.Val.compare(token.EQL, b.Val)
	}
	switch b.Op {
	case token.EQL:
		return a.Lo != nil && a.Hi != nil && a.LoIncl && a.HiIncl &&
			a.Lo.compare(token.EQL, b.Val) && a.Hi.compare(token.EQL, b.Val)
	case token.NEQ:
		return !a.contains(b.Val) && (a.Lo != nil || a.Hi != nil) && kindOf(a) == b.Val.Kind
	}
	// Both ranges: a's bounds lie within b's.
	if b.Lo != nil {
		if a.Lo == nil || a.Lo.compare(token.LSS, *b.Lo) ||
			(a.Lo.compare(token.EQL, *b.Lo) && a.LoIncl && !b.LoIncl) {
			return false
		}
	}
	if b.Hi != nil {
		if a.Hi == nil || a.Hi.compare(token.GTR, *b.Hi) ||
			(a.Hi.compare(token.EQL, *b.Hi) && a.HiIncl && !b.HiIncl) {
			return false
		}
	}
	return b.Lo != nil || b.Hi != nil
}

func kindOf(s Set) constant.Kind {
	if s.Lo != nil {
		return s.Lo.Kind
	}
	if s.Hi != nil {
		return s.Hi.Kind
	}
	return s.Val.Kind
}

// intersect combines two constraints on one value where the result is
// again a Set: two ranges, or a value and a range that holds it.
func intersect(a, b Set) (Set, bool) {
	if a.Op == token.ILLEGAL && b.Op == token.ILLEGAL && kindOf(a) == kindOf(b) {
		s := a
		if b.Lo != nil && (s.Lo == nil || b.Lo.compare(token.GTR, *s.Lo) ||
			(b.Lo.compare(token.EQL, *s.Lo) && !b.LoIncl)) {
			s.Lo, s.LoIncl = b.Lo, b.LoIncl
		}
		if b.Hi != nil && (s.Hi == nil || b.Hi.compare(token.LSS, *s.Hi) ||
			(b.Hi.compare(token.EQL, *s.Hi) && !b.HiIncl)) {
			s.Hi, s.HiIncl = b.Hi, b.HiIncl
		}
		return s, true
	}
	if a.Op == token.EQL && subset(a, b) {
		return a, true
	}
	if b.Op == token.EQL && subset(b, a) {
		return b, true
	}
	return Set{}, false
}

// Describe renders the set as the comparison of operand that makes it:
// "x == 404", "x >= 400 && x <= 499".
func (s Set) Describe(operand string) string {
	switch s.Op {
	case token.EQL, token.NEQ:
		return operand + " " + s.Op.String() + " " + s.Val.Exact
	}
	var parts []string
	if s.Lo != nil {
		parts = append(parts, operand+" "+cmpOp(s.LoIncl, token.GEQ, token.GTR).String()+" "+s.Lo.Exact)
	}
	if s.Hi != nil {
		parts = append(parts, operand+" "+cmpOp(s.HiIncl, token.LEQ, token.LSS).String()+" "+s.Hi.Exact)
	}
	return strings.Join(parts, " && ")
}
