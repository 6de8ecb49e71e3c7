package taxonomy

import (
	"fmt"
	"go/types"
	"strings"
)

// Covers reports whether every error for which later holds also makes
// earlier hold, so that a branch on later placed after a branch on earlier
// can never run. It answers yes only when every term of later is proven to
// imply some term of earlier; the reason says why, for the message.
//
// Where the checks call summarized functions (a predicate, a code
// function such as status.Code), the later check is also read as what
// their summaries prove of the error, and the earlier one as what the
// exact summaries of its predicates say; subject names the error in the
// reason then given.
func (m *Model) Covers(earlier, later Check, subject string, qual types.Qualifier) (reason string, ok bool) {
	if !later.Known() || !earlier.Known() {
		return "", false
	}
	if r, ok := m.covers(earlier, later, qual); ok {
		return r, true
	}
	e, eChanged := m.expandEarlier(earlier)
	l, why, lChanged := m.expandLater(later, subject, qual)
	if !eChanged && !lChanged {
		return "", false
	}
	r, ok := m.covers(e, l, qual)
	if !ok {
		return "", false
	}
	if why != "" && r != SameCheck {
		r = why
	}
	return r, true
}

func (m *Model) covers(earlier, later Check, qual types.Qualifier) (reason string, ok bool) {
	var reasons []string
	for _, l := range later {
		found := false
		for _, e := range earlier {
			if r, ok := m.termCovers(e, l, qual); ok {
				reasons = append(reasons, r)
				found = true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	return reasons[0], true
}

// termCovers reports whether term l implies term e, and why.
func (m *Model) termCovers(e, l Term, qual types.Qualifier) (string, bool) {
	reason, ok := m.implies(e, l, qual)
	if !ok {
		return "", false
	}
	if _, back := m.implies(l, e, qual); back && !l.Opaque {
		return SameCheck, true
	}
	if reason == SameCheck {
		reason = everyReason(e, qual) // l says more than e: a narrower check
	}
	return reason, true
}

// implies reports whether term l implies term e. Its reason is the most
// telling relation found: a type or sentinel relation over a constraint,
// a constraint over the identity of the matches.
func (m *Model) implies(e, l Term, qual types.Qualifier) (string, bool) {
	if e.Opaque || (len(e.Matches) == 0 && len(e.Cons) == 0) || (e.Nil && !l.Nil) {
		return "", false
	}
	reason := ""
	for _, me := range e.Matches {
		found := false
		for _, ml := range l.Matches {
			if r, ok := m.matchImplies(ml, me, qual); ok {
				if reason == "" || reason == SameCheck {
					reason = r
				}
				found = true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	for _, ce := range e.Cons {
		found := false
		for _, cl := range l.Cons {
			if cl.Path == ce.Path && sameRoot(l, cl.Root, e, ce.Root) && subset(cl.Set, ce.Set) {
				if reason == "" || reason == SameCheck {
					reason = describeCons(cl) + " implies " + describeCons(ce)
					if describeCons(cl) == describeCons(ce) {
						reason = SameCheck
					}
				}
				found = true
				break
			}
		}
		if !found {
			return "", false
		}
	}
	if reason == "" {
		reason = SameCheck
	}
	return reason, true
}

// everyReason says what a check that matches more than a later one
// matches, for the message.
func everyReason(e Term, qual types.Qualifier) string {
	for _, mt := range e.Matches {
		switch mt.Kind {
		case As, Assert:
			return "it matches every " + types.TypeString(mt.Type, qual)
		case NonNil:
			return "it matches every error"
		case Is, Eq:
			return "it matches every error that is " + objName(mt.Obj, qual)
		}
	}
	return "it matches every error the later check matches"
}

// SameCheck is the reason Covers gives when the later check repeats the
// earlier one.
const SameCheck = "the same check"

// sameRoot reports whether constraint roots a (of term l) and b (of term e)
// read the same error: the error itself, or the errors bound by matches
// certain to find the same one. errors.As finds the first error of the
// chain that is a T, so two As of one T bind the same error, and so does
// an assertion of T, whose error is the first of the chain.
func sameRoot(l Term, a int, e Term, b int) bool {
	if a < 0 || b < 0 {
		return a < 0 && b < 0
	}
	ml, me := l.Matches[a], e.Matches[b]
	if ml.Type == nil || me.Type == nil || !types.Identical(ml.Type, me.Type) {
		return false
	}
	return ml.Kind == me.Kind || (ml.Kind == Assert && me.Kind == As)
}

func describeCons(c Constraint) string {
	path := strings.TrimPrefix(c.Path, ".")
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		path = path[i+1:] // google.golang.org/grpc/status.Code() -> status.Code()
	}
	if path == "" {
		path = "err"
	}
	return c.Set.Describe(path)
}

// matchImplies reports whether an error that satisfies l satisfies e.
func (m *Model) matchImplies(l, e Match, qual types.Qualifier) (string, bool) {
	switch e.Kind {
	case NonNil:
		switch l.Kind {
		case NonNil:
			return SameCheck, true
		case As, Assert, Is, Eq:
			return "it matches every error", true
		}
	case As:
		switch l.Kind {
		case As, Assert:
			if r, ok := m.provides(l.Type, e.Type, qual); ok {
				return r, true
			}
			if l.Kind == As {
				return m.storedIn(l.Type, e.Type, qual)
			}
			return "", false
		case Is, Eq:
			return m.sentinelProvides(l.Obj, e.Type, qual)
		}
	case Assert:
		switch l.Kind {
		case Assert:
			return assignable(l.Type, e.Type, qual)
		case Eq:
			f, ok := m.sentinelFact(l.Obj)
			if !ok || f.Type == "" {
				return "", false
			}
			if t := m.resolveType(f.Type); t != nil {
				if r, ok := assignable(t, e.Type, qual); ok {
					return fmt.Sprintf("%s is a %s; %s", l.Obj.Name(), types.TypeString(t, qual), r), true
				}
			}
		}
	case Is:
		key, ok := objKey(e.Obj)
		if !ok {
			return "", false
		}
		switch l.Kind {
		case Is, Eq:
			if l.Obj == e.Obj {
				return SameCheck, true
			}
			if contains(m.wrapsWith(l.Obj), key) {
				return fmt.Sprintf("%s wraps %s", objName(l.Obj, qual), objName(e.Obj, qual)), true
			}
		case As, Assert:
			if types.IsInterface(l.Type) {
				return "", false
			}
			for _, name := range []string{"Is", "Unwrap"} {
				if f, ok := m.methodFact(l.Type, name); ok && contains(f.Sentinels, key) {
					return fmt.Sprintf("%s's %s method matches %s", types.TypeString(l.Type, qual), name, objName(e.Obj, qual)), true
				}
			}
		}
	case Eq:
		if l.Kind == Eq && l.Obj == e.Obj {
			return SameCheck, true
		}
	case Pred:
		if l.Kind == Pred && l.Obj == e.Obj && l.Args == e.Args && !strings.Contains(l.Args, "?") {
			return SameCheck, true
		}
	}
	return "", false
}

// provides reports whether every error of type t, or whose chain has one,
// makes errors.As to target succeed: t is assignable to target, or its
// Unwrap or As method always leads to a type that is.
func (m *Model) provides(t, target types.Type, qual types.Qualifier) (string, bool) {
	if r, ok := assignable(t, target, qual); ok {
		return r, true
	}
	if types.IsInterface(t) {
		return "", false // its dynamic types are unknown
	}
	type step struct {
		t   types.Type
		why string
	}
	seen := map[string]bool{}
	queue := []step{{t, ""}}
	for len(queue) > 0 && len(seen) < 16 {
		cur := queue[0]
		queue = queue[1:]
		for _, name := range []string{"Unwrap", "As"} {
			f, ok := m.methodFact(cur.t, name)
			if !ok {
				continue
			}
			for _, key := range f.Types {
				if seen[key] {
					continue
				}
				seen[key] = true
				next := m.resolveType(key)
				if next == nil {
					continue
				}
				verb := "unwraps to"
				if name == "As" {
					verb = "delegates As to"
				}
				why := fmt.Sprintf("%s %s %s", types.TypeString(cur.t, qual), verb, types.TypeString(next, qual))
				if cur.why != "" {
					why = cur.why + ", which " + strings.SplitN(why, " ", 2)[1]
				}
				if r, ok := assignable(next, target, qual); ok {
					if r != SameCheck {
						why += ", which implements " + types.TypeString(target, qual)
					}
					return why, true
				}
				queue = append(queue, step{next, why})
			}
		}
	}
	return "", false
}

// sentinelProvides reports whether errors.Is finding sentinel s makes
// errors.As to target succeed, from the dynamic type of s.
func (m *Model) sentinelProvides(s types.Object, target types.Type, qual types.Qualifier) (string, bool) {
	f, ok := m.sentinelFact(s)
	if !ok || f.Type == "" {
		return "", false
	}
	t := m.resolveType(f.Type)
	if t == nil {
		return "", false
	}
	r, ok := m.provides(t, target, qual)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s is a %s; %s", objName(s, qual), types.TypeString(t, qual), r), true
}

// assignable reports whether a value of type t is assignable to target,
// as errors.As and type assertions decide: identical types, or an
// interface target that t implements. Type parameters are never proven.
func assignable(t, target types.Type, qual types.Qualifier) (string, bool) {
	if t == nil || target == nil || hasTypeParam(t) || hasTypeParam(target) {
		return "", false
	}
	if types.Identical(t, target) {
		return SameCheck, true
	}
	if types.IsInterface(target) && types.AssignableTo(t, target) {
		return fmt.Sprintf("%s implements %s", types.TypeString(t, qual), types.TypeString(target, qual)), true
	}
	return "", false
}

func hasTypeParam(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		return t.TypeParams() != nil || t.TypeArgs() != nil
	}
	return false
}

func objName(obj types.Object, qual types.Qualifier) string {
	if obj.Pkg() != nil {
		if q := qual(obj.Pkg()); q != "" {
			return q + "." + obj.Name()
		}
	}
	return obj.Name()
}
