package taxonomy

// FuncFact: a summary encoded for other packages, and decoded there.

import "go/types"

// encodeSummary makes the fact of a summary. A match whose type or
// sentinel has no name another package can find is left out, with the
// constraints on it, and its term is opaque.
func encodeSummary(sum *funcSummary) (*FuncFact, bool) {
	f := &FuncFact{Subject: sum.subject, Params: sum.params, Pred: sum.pred, Exact: sum.exact}
	for _, p := range sum.paths {
		ref, kept := encodeTermLoose(p.term)
		if !ref.Opaque && len(ref.Matches) < len(p.term.Matches) {
			ref.Opaque = true
		}
		if ref.Opaque {
			f.Exact = false
		}
		results := make([]ResultRef, len(p.results))
		for i, r := range p.results {
			if r.Kind == Read && r.Root >= 0 {
				if r.Root = kept[r.Root]; r.Root < 0 {
					r = ResultRef{}
				}
			}
			results[i] = r
		}
		f.Paths = append(f.Paths, PathRef{Term: ref, Results: results})
	}
	return f, len(f.Paths) > 0
}

// encodeTermLoose encodes t, leaving out what cannot be encoded; kept maps
// the index of each match of t to its index in the result, or -1.
func encodeTermLoose(t Term) (TermRef, []int) {
	ref := TermRef{Opaque: t.Opaque, Nil: t.Nil}
	kept := make([]int, len(t.Matches))
	for i, mt := range t.Matches {
		kept[i] = -1
		r, ok := encodeMatch(mt)
		if !ok {
			ref.Opaque = true
			continue
		}
		kept[i] = len(ref.Matches)
		ref.Matches = append(ref.Matches, r)
	}
	for _, c := range t.Cons {
		root := c.Root
		if root >= 0 {
			if root = kept[root]; root < 0 {
				ref.Opaque = true
				continue
			}
		}
		ref.Cons = append(ref.Cons, ConsRef{Root: root, Path: c.Path, Set: c.Set, Param: c.Param})
	}
	return ref, kept
}

func encodeMatch(mt Match) (MatchRef, bool) {
	r := MatchRef{Kind: mt.Kind, Args: mt.Args}
	var ok bool
	switch mt.Kind {
	case NonNil:
		ok = true
	case As, Assert:
		r.Ref, ok = typeKey(mt.Type)
	case Is, Eq, Pred:
		r.Ref, ok = objKey(mt.Obj)
	}
	return r, ok
}

// funcSummary returns the summary of fn: the one computed for a function
// of this package, or for another package's, decoded from its fact; nil
// if there is none, or if a type or object it names cannot be found from
// here.
func (m *Model) funcSummary(fn *types.Func) *funcSummary {
	if sum, ok := m.funcs[fn]; ok {
		return sum
	}
	var sum *funcSummary
	var f FuncFact
	if m.pass.ImportObjectFact(fn, &f) {
		sum = m.decodeSummary(fn, &f)
	}
	m.cacheSummary(fn, sum)
	return sum
}

func (m *Model) decodeSummary(fn *types.Func, f *FuncFact) *funcSummary {
	sum := &funcSummary{fn: fn, subject: f.Subject, params: f.Params, pred: f.Pred, exact: f.Exact}
	for _, p := range f.Paths {
		t, ok := m.decodeTerm(p.Term)
		if !ok {
			return nil
		}
		sum.paths = append(sum.paths, sumPath{term: t, results: p.Results})
	}
	return sum
}

func (m *Model) decodeTerm(ref TermRef) (Term, bool) {
	t := Term{Opaque: ref.Opaque, Nil: ref.Nil}
	for _, r := range ref.Matches {
		mt := Match{Kind: r.Kind, Args: r.Args}
		switch r.Kind {
		case As, Assert:
			if mt.Type = m.resolveType(r.Ref); mt.Type == nil {
				return Term{}, false
			}
		case Is, Eq, Pred:
			if mt.Obj = m.resolveObject(r.Ref); mt.Obj == nil {
				return Term{}, false
			}
		}
		t.Matches = append(t.Matches, mt)
	}
	for _, r := range ref.Cons {
		t.Cons = append(t.Cons, Constraint{Root: r.Root, Path: r.Path, Set: r.Set, Param: r.Param})
	}
	return t, true
}
