package taxonomy

// The terms a path of a function proves, while it is read: matches known
// by the SSA value that made them, not yet by their index.

import "golang.org/x/tools/go/ssa"

// A sumKey identifies a match on a path: the SSA value of the test (a
// TypeAssert, an errors.As or errors.AsType call), nonNilKey, or a
// callee's match instantiated at a call.
type sumKey any

type calleeKey struct {
	call ssa.Value
	path int
	idx  int
}

type nonNil struct{}

var nonNilKey sumKey = nonNil{}

type kmatch struct {
	key sumKey
	m   Match
}

type kcons struct {
	root  sumKey // nil: the error itself
	path  string
	set   Set
	param int
}

// A kterm is a Term while a path is read: its matches are known by key.
type kterm struct {
	matches []kmatch
	cons    []kcons
	opaque  bool
	isNil   bool
}

// A kdnf is a disjunction of kterms; empty is false.
type kdnf []kterm

var (
	kTrue    = kdnf{{}}
	kUnknown = kdnf{{opaque: true}}
)

func (t kterm) has(key sumKey) bool {
	for _, m := range t.matches {
		if m.key == key {
			return true
		}
	}
	return false
}

// feasible reports whether the term can hold: a nil error matches nothing.
// A predicate known only by its name may hold for a nil error.
func (t kterm) feasible() bool {
	if !t.isNil {
		return true
	}
	for _, m := range t.matches {
		if m.m.Kind != Pred {
			return false
		}
	}
	return true
}

func kconj(a, b kterm) kterm {
	t := kterm{opaque: a.opaque || b.opaque, isNil: a.isNil || b.isNil}
	t.matches = append([]kmatch(nil), a.matches...)
	for _, m := range b.matches {
		if !t.has(m.key) {
			t.matches = append(t.matches, m)
		}
	}
	t.cons = append(append([]kcons(nil), a.cons...), b.cons...)
	return t
}

// andDNF conjoins two disjunctions. Past maxTerms it drops b, which only
// widens the result, and marks it opaque.
func andDNF(a, b kdnf) kdnf {
	if len(a)*len(b) > maxTerms {
		out := make(kdnf, len(a))
		for i, t := range a {
			t.opaque = true
			out[i] = t
		}
		return out
	}
	var out kdnf
	for _, x := range a {
		for _, y := range b {
			if t := kconj(x, y); t.feasible() {
				out = append(out, t)
			}
		}
	}
	return out
}

func orDNF(a, b kdnf) kdnf {
	if len(a)+len(b) > maxTerms {
		return kUnknown
	}
	return append(append(kdnf(nil), a...), b...)
}

// term resolves the keys of t into a Term: a constraint on a value read
// from a match that t does not hold is left out.
func (t kterm) term() Term {
	out := Term{Opaque: t.opaque, Nil: t.isNil}
	for _, m := range t.matches {
		out.Matches = append(out.Matches, m.m)
	}
	for _, c := range t.cons {
		root := -1
		if c.root != nil {
			root = t.index(c.root)
			if root < 0 {
				out.Opaque = true
				continue
			}
		}
		out.Cons = append(out.Cons, Constraint{Root: root, Path: c.path, Set: c.set, Param: c.param})
	}
	return out
}

func (t kterm) index(key sumKey) int {
	for i, m := range t.matches {
		if m.key == key {
			return i
		}
	}
	return -1
}
