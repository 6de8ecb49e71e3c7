package taxonomy

import (
	"fmt"
	"go/types"
	"strings"
)

// What a check that calls a summarized function proves, read through the
// function's summary (funcsum.go). A later check may be widened by any
// summary, since its paths describe a superset of the errors the function
// answers for; an earlier check only by the exact summary of a predicate.

// expandEarlier replaces the predicates of c that have an exact summary by
// the summary.
func (m *Model) expandEarlier(c Check) (Check, bool) {
	var out Check
	changed := false
	for _, t := range c {
		ts, _, ok := m.expandTerm(t, true, "", nil)
		if !ok {
			out = append(out, t)
			continue
		}
		changed = true
		out = append(out, ts...)
	}
	if !changed || len(out) > maxTerms {
		return c, false
	}
	return out, true
}

// expandLater widens each term of c by the summaries of its predicates and
// of the code functions its constraints read, and says what the first
// summary it used proves, for the message.
func (m *Model) expandLater(c Check, subject string, qual types.Qualifier) (Check, string, bool) {
	var out Check
	why := ""
	changed := false
	for _, t := range c {
		ts, w, ok := m.expandTerm(t, false, subject, qual)
		if !ok {
			out = append(out, t)
			continue
		}
		changed = true
		if why == "" {
			why = w
		}
		out = append(out, ts...)
	}
	if !changed || len(out) > maxTerms {
		return c, "", false
	}
	return out, why, true
}

// expandTerm expands one term. exact: only exact predicate summaries, and
// the predicate's own match is replaced by its summary; otherwise every
// summary, and the match is kept beside it.
func (m *Model) expandTerm(t Term, exact bool, subject string, qual types.Qualifier) (Check, string, bool) {
	base := Term{Opaque: t.Opaque, Nil: t.Nil}
	var parts []Check
	why := ""
	remap := make([]int, len(t.Matches))
	for i, mt := range t.Matches {
		var sum *funcSummary
		if mt.Kind == Pred {
			if fn, ok := mt.Obj.(*types.Func); ok {
				sum = m.funcSummary(fn)
			}
		}
		if sum == nil || !sum.pred || (exact && !sum.exact) {
			remap[i] = len(base.Matches)
			base.Matches = append(base.Matches, mt)
			continue
		}
		alt := instantiateSummary(sum, mt.args)
		if alt == nil {
			return nil, "", false
		}
		if exact && !alt.exact() {
			remap[i] = len(base.Matches)
			base.Matches = append(base.Matches, mt)
			continue
		}
		parts = append(parts, alt)
		if why == "" && qual != nil {
			why = predWhy(mt, subject, alt, qual)
		}
		if exact {
			remap[i] = -1
			continue
		}
		remap[i] = len(base.Matches)
		base.Matches = append(base.Matches, mt)
	}
	for _, c := range t.Cons {
		if c.Root >= 0 {
			c.Root = remap[c.Root]
			if c.Root < 0 {
				return nil, "", false
			}
		}
		base.Cons = append(base.Cons, c)
		if exact || c.Root >= 0 || c.Param != 0 {
			continue
		}
		fn := m.codeFunc(c.Path)
		if fn == nil {
			continue
		}
		sum := m.funcSummary(fn)
		if sum == nil || sum.pred || sum.params != 1 {
			continue
		}
		alt, nilWhy := codeAlternatives(sum, c)
		if len(alt) == 0 {
			continue
		}
		parts = append(parts, alt)
		if why == "" && qual != nil {
			why = codeWhy(fn, c, subject, alt, nilWhy, qual)
		}
	}
	if len(parts) == 0 {
		return nil, "", false
	}
	out := Check{base}
	for _, p := range parts {
		if len(out)*len(p) > maxTerms {
			return nil, "", false
		}
		var next Check
		for _, x := range out {
			for _, y := range p {
				next = append(next, conj(x, y))
			}
		}
		out = next
	}
	return out, why, true
}

func (c Check) exact() bool {
	for _, t := range c {
		if t.Opaque {
			return false
		}
	}
	return true
}

// codeFunc returns the function a constraint path such as
// "google.golang.org/grpc/status.Code()" reads the error with.
func (m *Model) codeFunc(path string) *types.Func {
	if strings.HasPrefix(path, ".") || !strings.HasSuffix(path, "()") || strings.Count(path, "()") != 1 {
		return nil
	}
	fn, _ := m.resolveObject(strings.TrimSuffix(path, "()")).(*types.Func)
	return fn
}

// instantiateSummary returns the terms of a predicate's paths, its
// parameters replaced by the constant arguments of the call; a constraint
// on a parameter given something else is left out.
func instantiateSummary(sum *funcSummary, args *predArgs) Check {
	var out Check
	for _, p := range sum.paths {
		t := Term{Opaque: p.term.Opaque, Nil: p.term.Nil, Matches: p.term.Matches}
		for _, c := range p.term.Cons {
			if c.Param > 0 {
				var v *Value
				if args != nil && c.Param-1 < len(args.consts) {
					v = args.consts[c.Param-1]
				}
				if v == nil {
					t.Opaque = true
					continue
				}
				set, ok := setFor(c.Set.Op, v.constant())
				if !ok {
					t.Opaque = true
					continue
				}
				c.Set, c.Param = set, 0
			}
			t.Cons = append(t.Cons, c)
		}
		out = append(out, t)
	}
	return out
}

// codeAlternatives returns the terms of the paths of a code function on
// which its result can be in c's set: a constant result decides, a value
// read from the error is constrained. nilWhy is the constant it returns
// for a nil error, when that path is ruled out.
func codeAlternatives(sum *funcSummary, c Constraint) (Check, *Value) {
	var out Check
	var nilVal *Value
	for _, p := range sum.paths {
		if len(p.results) != 1 {
			return nil, nil
		}
		r := p.results[0]
		t := p.term
		switch r.Kind {
		case Const:
			if !c.Set.contains(r.Val) {
				if t.Nil && len(t.Matches) == 0 {
					v := r.Val
					nilVal = &v
				}
				continue
			}
		case Read:
			t.Cons = append(append([]Constraint(nil), t.Cons...), Constraint{Root: r.Root, Path: r.Path, Set: c.Set})
		}
		out = append(out, t)
	}
	return out, nilVal
}

// predWhy says what a predicate's summary proves: "apierrors.IsNotFound(err)
// is true only for an error errors.As finds as apierrors.APIStatus".
func predWhy(mt Match, subject string, alt Check, qual types.Qualifier) string {
	d := describeTerms(alt, qual)
	if d == "" {
		return ""
	}
	return fmt.Sprintf("%s is true only for %s", callText(mt.Obj, subject, mt.Args, qual), d)
}

// codeWhy says what a code function's summary proves: "status.Code(err)
// is codes.OK for a nil error", or for which errors it has the value.
func codeWhy(fn *types.Func, c Constraint, subject string, alt Check, nilVal *Value, qual types.Qualifier) string {
	call := callText(fn, subject, "", qual)
	if nilVal != nil {
		return fmt.Sprintf("%s is %s for a nil error", call, constName(fn, *nilVal, qual))
	}
	d := describeTerms(alt, qual)
	if d == "" {
		return ""
	}
	return fmt.Sprintf("%s only for %s", c.Set.Describe(call), d)
}

func callText(obj types.Object, subject, args string, qual types.Qualifier) string {
	if subject == "" {
		subject = "err"
	}
	if args != "" {
		args = ", " + strings.ReplaceAll(args, "?", "...")
	}
	return fmt.Sprintf("%s(%s%s)", objName(obj, qual), subject, args)
}

// constName names the constant of fn's result type that has value v, or
// gives v itself.
func constName(fn *types.Func, v Value, qual types.Qualifier) string {
	t := fn.Signature().Results().At(0).Type()
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return v.Exact
	}
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && c.Exported() && types.Identical(c.Type(), t) {
			if w, ok := valueOf(c.Val()); ok && w == v {
				return objName(c, qual)
			}
		}
	}
	return v.Exact
}

// describeTerms describes the errors the terms match by the most telling
// match of each: "an error errors.As finds as apierrors.APIStatus"; empty
// if a term matches nothing.
func describeTerms(c Check, qual types.Qualifier) string {
	var as []types.Type
	var parts []string
	add := func(s string) {
		for _, p := range parts {
			if p == s {
				return
			}
		}
		parts = append(parts, s)
	}
	for _, t := range c {
		if len(t.Matches) == 0 {
			return ""
		}
		if mt := telling(t); mt.Kind == As {
			as = append(as, mt.Type)
		}
	}
	for _, t := range c {
		mt := telling(t)
		switch mt.Kind {
		case As:
			add("an error errors.As finds as " + types.TypeString(mt.Type, qual))
		case Assert:
			covered := false
			for _, a := range as {
				if types.Identical(a, mt.Type) {
					covered = true // errors.As finds every error that is one
				}
			}
			if !covered {
				add("an error of type " + types.TypeString(mt.Type, qual))
			}
		case Is:
			add("an error errors.Is finds " + objName(mt.Obj, qual) + " in")
		case Eq:
			add(objName(mt.Obj, qual))
		case NonNil:
			add("a non-nil error")
		case Pred:
			add("an error " + objName(mt.Obj, qual) + " holds for")
		}
	}
	return strings.Join(parts, " or ")
}

// telling returns the first match of t that says more than err != nil,
// or its first match.
func telling(t Term) Match {
	for _, mt := range t.Matches {
		if mt.Kind != NonNil {
			return mt
		}
	}
	return t.Matches[0]
}
