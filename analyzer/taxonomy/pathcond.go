package taxonomy

// What a branch on a path proves of the error: a match, a constraint on a
// value read from it, or what a summarized callee proves.

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/apierrlint/apierrlint/analyzer/internal/cmpop"
)

// cond returns what it proves that v is pol on the path.
func (e *pathEval) cond(v ssa.Value, pol bool) kdnf {
	return e.condDepth(v, pol, 0)
}

func (e *pathEval) condDepth(v ssa.Value, pol bool, depth int) kdnf {
	if depth > 32 {
		return kUnknown
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Bool {
			if constant.BoolVal(v.Value) == pol {
				return kTrue
			}
			return nil
		}
	case *ssa.UnOp:
		if v.Op == token.NOT {
			return e.condDepth(v.X, !pol, depth+1)
		}
	case *ssa.Phi:
		if x, ok := e.phi(v); ok {
			return e.condDepth(x, pol, depth+1)
		}
	case *ssa.Extract:
		if v.Index == 1 && pol {
			switch t := v.Tuple.(type) {
			case *ssa.TypeAssert:
				if e.eval(t.X).kind == symSubject {
					return e.match(t, Match{Kind: Assert, Type: t.AssertedType})
				}
			case *ssa.Call:
				if isErrorsCall(t, "AsType") && len(t.Call.Args) == 1 && e.eval(t.Call.Args[0]).kind == symSubject {
					if tup, ok := t.Type().(*types.Tuple); ok && tup.Len() == 2 {
						return e.match(t, Match{Kind: As, Type: tup.At(0).Type()})
					}
				}
			}
		}
		if call, ok := v.Tuple.(*ssa.Call); ok {
			if sum, args := e.calleeSummary(call); sum != nil {
				return e.resultCond(sum, call, args, v.Index, token.EQL, Value{constant.Bool, "true"}, pol)
			}
		}
	case *ssa.Call:
		return e.callCond(v, pol)
	case *ssa.BinOp:
		return e.compare(v, pol)
	}
	// A boolean read from the error: e.Temporary(), e.Retryable.
	if s := e.eval(v); s.kind == symRead {
		set, _ := setFor(token.EQL, constant.MakeBool(pol))
		return kdnf{{cons: []kcons{{root: s.key, path: s.path, set: set}}}}
	}
	return kUnknown
}

// match returns the term of one match identified by key. A match of an
// interface every error implements is err != nil, still under its own
// key: values read from it are read from the matched error.
func (e *pathEval) match(key sumKey, m Match) kdnf {
	return kdnf{{matches: []kmatch{{key, catchAll(m)}}}}
}

func (e *pathEval) callCond(call *ssa.Call, pol bool) kdnf {
	c := &call.Call
	switch {
	case isErrorsCall(call, "As"):
		if !pol || len(c.Args) != 2 || e.eval(c.Args[0]).kind != symSubject {
			return kUnknown
		}
		if a := asTarget(call); a != nil {
			return e.match(call, Match{Kind: As, Type: a.Type().(*types.Pointer).Elem()})
		}
		return kUnknown
	case isErrorsCall(call, "Is"):
		if !pol || len(c.Args) != 2 || e.eval(c.Args[0]).kind != symSubject {
			return kUnknown
		}
		if g := e.eval(c.Args[1]); g.kind == symGlobal {
			if s := e.s.m.sentinelObj(g.obj); s != nil {
				return kdnf{{matches: []kmatch{{call, Match{Kind: Is, Obj: s}}}}}
			}
		}
		return kUnknown
	}
	if sum, args := e.calleeSummary(call); sum != nil {
		if !sum.pred {
			return kUnknown
		}
		return e.resultCond(sum, call, args, 0, token.EQL, Value{constant.Bool, "true"}, pol)
	}
	// A predicate without a summary still matches itself.
	if fn, args, ok := e.predCall(call); ok && pol {
		return kdnf{{matches: []kmatch{{call, Match{Kind: Pred, Obj: fn, Args: args}}}}}
	}
	if s := e.eval(call); s.kind == symRead {
		set, _ := setFor(token.EQL, constant.MakeBool(pol))
		return kdnf{{cons: []kcons{{root: s.key, path: s.path, set: set}}}}
	}
	return kUnknown
}

// predCall recognizes a call of a predicate on the error whose other
// arguments are constants, as a Pred match.
func (e *pathEval) predCall(call *ssa.Call) (*types.Func, string, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil {
		return nil, "", false
	}
	fn, ok := callee.Object().(*types.Func)
	if !ok {
		return nil, "", false
	}
	subject, ok := candidateFunc(fn)
	if !ok || !isPredSig(fn.Signature()) || e.eval(call.Call.Args[subject]).kind != symSubject {
		return nil, "", false
	}
	var args []string
	for i, a := range call.Call.Args {
		if i == subject {
			continue
		}
		s := e.eval(a)
		if s.kind != symConst {
			return nil, "", false
		}
		args = append(args, s.val.Exact)
	}
	return fn, strings.Join(args, ","), true
}

// calleeSummary returns the summary of the function call calls, if the
// error is its subject argument, with the symbols of its arguments.
func (e *pathEval) calleeSummary(call *ssa.Call) (*funcSummary, []sym) {
	callee := call.Call.StaticCallee()
	if callee == nil || call.Call.IsInvoke() {
		return nil, nil
	}
	fn, ok := callee.Object().(*types.Func)
	if !ok {
		return nil, nil
	}
	sum := e.s.summary(fn)
	if sum == nil || sum.subject >= len(call.Call.Args) || e.eval(call.Call.Args[sum.subject]).kind != symSubject {
		return nil, nil
	}
	args := make([]sym, len(call.Call.Args))
	for i, a := range call.Call.Args {
		args[i] = e.eval(a)
	}
	return sum, args
}

// resultCond returns what it proves that result index of a call of sum
// compares by op with val (is pol): the disjunction, over the callee's
// paths, of the path's term and what its result says.
func (e *pathEval) resultCond(sum *funcSummary, call ssa.Value, args []sym, index int, op token.Token, val Value, pol bool) kdnf {
	if !pol {
		if neg, ok := cmpop.Negate(op); ok {
			op = neg
		} else {
			return kUnknown
		}
	}
	var out kdnf
	for i, p := range sum.paths {
		if index >= len(p.results) {
			return kUnknown
		}
		t := instantiate(p.term, call, i, args)
		r := p.results[index]
		switch r.Kind {
		case Const:
			if !sameKind(r.Val, val) {
				return kUnknown
			}
			if r.Val.compare(op, val) {
				out = orDNF(out, kdnf{t})
			}
		case Read:
			set, ok := setFor(op, val.constant())
			if !ok {
				return kUnknown
			}
			var root sumKey
			if r.Root >= 0 {
				root = calleeKey{call, i, r.Root}
			}
			t.cons = append(t.cons, kcons{root: root, path: r.Path, set: set})
			out = orDNF(out, kdnf{t})
		default:
			t.opaque = true
			out = orDNF(out, kdnf{t})
		}
	}
	return out
}

func sameKind(a, b Value) bool { return a.Kind == b.Kind }

// instantiate turns a callee's path term into a kterm of the caller: its
// matches are keyed by the call, its parameters replaced by the
// arguments where they are constants or parameters of the caller.
func instantiate(t Term, call ssa.Value, path int, args []sym) kterm {
	k := kterm{opaque: t.Opaque, isNil: t.Nil}
	for j, m := range t.Matches {
		k.matches = append(k.matches, kmatch{calleeKey{call, path, j}, m})
	}
	for _, c := range t.Cons {
		var root sumKey
		if c.Root >= 0 {
			root = calleeKey{call, path, c.Root}
		}
		kc := kcons{root: root, path: c.Path, set: c.Set}
		if c.Param > 0 {
			if c.Param > len(args) {
				k.opaque = true
				continue
			}
			switch a := args[c.Param-1]; a.kind {
			case symConst:
				set, ok := setFor(c.Set.Op, a.val.constant())
				if !ok {
					k.opaque = true
					continue
				}
				kc.set = set
			case symParam:
				kc.param = a.param
			default:
				k.opaque = true
				continue
			}
		}
		k.cons = append(k.cons, kc)
	}
	return k
}

// compare reads a comparison on the path.
func (e *pathEval) compare(b *ssa.BinOp, pol bool) kdnf {
	op := b.Op
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return kUnknown
	}
	if !pol {
		op, _ = cmpop.Negate(op)
	}
	x, y := b.X, b.Y
	sx, sy := e.eval(x), e.eval(y)
	if sx.kind == symConst || sx.kind == symNil {
		x, sx, sy, op = y, sy, sx, cmpop.Mirror(op)
	}
	// A result of a summarized function compared with a constant.
	if sy.kind == symConst {
		if r, ok := e.summarizedResult(x); ok {
			return e.resultCond(r.sum, r.call, r.args, r.index, op, sy.val, true)
		}
	}
	switch sx.kind {
	case symSubject:
		switch {
		case sy.kind == symNil && op == token.EQL:
			return kdnf{{isNil: true}}
		case sy.kind == symNil && op == token.NEQ:
			return kdnf{{matches: []kmatch{{nonNilKey, Match{Kind: NonNil}}}}}
		case sy.kind == symGlobal && op == token.EQL:
			if s := e.s.m.sentinelObj(sy.obj); s != nil {
				return kdnf{{matches: []kmatch{{b, Match{Kind: Eq, Obj: s}}}}}
			}
		}
	case symRead:
		switch sy.kind {
		case symConst:
			if set, ok := setFor(op, sy.val.constant()); ok {
				return kdnf{{cons: []kcons{{root: sx.key, path: sx.path, set: set}}}}
			}
		case symParam:
			if op == token.EQL || op == token.NEQ {
				return kdnf{{cons: []kcons{{root: sx.key, path: sx.path, set: Set{Op: op}, param: sy.param}}}}
			}
		}
	}
	return kUnknown
}

type summarizedResult struct {
	sum   *funcSummary
	call  *ssa.Call
	args  []sym
	index int
}

// summarizedResult recognizes v as result index of a call of a
// summarized function on the error.
func (e *pathEval) summarizedResult(v ssa.Value) (summarizedResult, bool) {
	for {
		switch c := v.(type) {
		case *ssa.ChangeType:
			v = c.X
			continue
		case *ssa.Convert:
			if isBasic(c.Type()) && isBasic(c.X.Type()) {
				v = c.X
				continue
			}
		case *ssa.Phi:
			if x, ok := e.phi(c); ok {
				v = x
				continue
			}
		}
		break
	}
	index := 0
	if x, ok := v.(*ssa.Extract); ok {
		v, index = x.Tuple, x.Index
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return summarizedResult{}, false
	}
	sum, args := e.calleeSummary(call)
	if sum == nil {
		return summarizedResult{}, false
	}
	return summarizedResult{sum, call, args, index}, true
}

// result returns what the path, with term t, returns in v.
func (e *pathEval) result(t kterm, v ssa.Value) ResultRef {
	s := e.eval(v)
	switch s.kind {
	case symConst:
		return ResultRef{Kind: Const, Val: s.val}
	case symRead:
		root := -1
		if s.key != nil {
			if root = t.index(s.key); root < 0 {
				return ResultRef{}
			}
		}
		return ResultRef{Kind: Read, Root: root, Path: s.path}
	}
	return ResultRef{}
}
