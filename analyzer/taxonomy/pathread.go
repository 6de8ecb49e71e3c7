package taxonomy

// Reading one path of a function's SSA form: what each value is, in
// terms of the error (pathEval.eval), and what each branch proves of it
// (pathEval.cond).

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// pathEval reads one path of a function.
type pathEval struct {
	s       *funcSummarizer
	f       *ssa.Function
	subject *ssa.Parameter
	params  map[ssa.Value]int // the other parameters, 1-based
	path
	loads map[*ssa.UnOp]ssa.Value // load of a local -> the write it reads
	truth map[ssa.Value]bool      // branch conditions on the path
}

func newPathEval(s *funcSummarizer, f *ssa.Function, subject *ssa.Parameter, params map[ssa.Value]int, p path) *pathEval {
	e := &pathEval{
		s: s, f: f, subject: subject, params: params, path: p,
		loads: make(map[*ssa.UnOp]ssa.Value),
		truth: make(map[ssa.Value]bool, len(p.branches)),
	}
	for _, b := range p.branches {
		e.truth[b.cond] = b.pol
	}
	// What each load of a local variable reads on this path: the value
	// last stored, or the errors.As call that last filled it. An address
	// that escapes makes what is read unknown.
	writes := make(map[*ssa.Alloc]ssa.Value)
	for _, b := range p.blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.Store:
				if a, ok := in.Addr.(*ssa.Alloc); ok {
					writes[a] = in.Val
					if v, ok := in.Val.(*ssa.Alloc); ok {
						writes[v] = nil // stored away: escapes
					}
					continue
				}
			case *ssa.UnOp:
				if a, ok := in.X.(*ssa.Alloc); ok && in.Op == token.MUL {
					// In a loop, a load may read a write of an
					// earlier iteration, which a simple path does
					// not show.
					if w, ok := writes[a]; ok && !e.cyclic[b] {
						e.loads[in] = w
					}
					continue
				}
			case *ssa.MakeInterface:
				if _, ok := in.X.(*ssa.Alloc); ok && onlyAsTargets(in) {
					continue // the target of errors.As, below
				}
			case *ssa.Call:
				if a := asTarget(in); a != nil {
					writes[a] = asWrite{in, writes[a]}
					continue
				}
			case *ssa.DebugRef:
				continue
			}
			for _, op := range instr.Operands(nil) {
				if a, ok := (*op).(*ssa.Alloc); ok {
					writes[a] = nil // escapes
				}
			}
		}
	}
	return e
}

// conds returns what the branches taken on the path prove.
func (e *pathEval) conds() kdnf {
	out := kTrue
	for _, b := range e.branches {
		out = andDNF(out, e.cond(b.cond, b.pol))
		if len(out) == 0 {
			return nil // infeasible
		}
	}
	return out
}

// A sym is what the model knows of an SSA value on the path.
type sym struct {
	kind  symKind
	key   sumKey // symMatch: the match; symRead: the root match, nil for the error
	path  string // symRead
	val   Value  // symConst
	param int    // symParam
	obj   types.Object
}

type symKind uint8

const (
	symUnknown symKind = iota
	symSubject         // the error
	symMatch           // the error a match found
	symRead            // a value read from the error or a match
	symConst
	symNil
	symParam  // another parameter
	symGlobal // a package-level variable
)

func (e *pathEval) eval(v ssa.Value) sym {
	return e.evalDepth(v, 0)
}

func (e *pathEval) evalDepth(v ssa.Value, depth int) sym {
	if depth > 32 || v == nil {
		return sym{}
	}
	if v == e.subject {
		return sym{kind: symSubject}
	}
	if i, ok := e.params[v]; ok {
		return sym{kind: symParam, param: i}
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			if v.IsNil() {
				return sym{kind: symNil}
			}
			return sym{}
		}
		if val, ok := valueOf(v.Value); ok {
			return sym{kind: symConst, val: val}
		}
	case *ssa.Global:
		return sym{kind: symGlobal, obj: v.Object()}
	case *ssa.Phi:
		if x, ok := e.phi(v); ok {
			return e.evalDepth(x, depth+1)
		}
	case *ssa.MakeInterface:
		return e.evalDepth(v.X, depth+1)
	case *ssa.ChangeInterface:
		return e.evalDepth(v.X, depth+1)
	case *ssa.ChangeType:
		return e.evalDepth(v.X, depth+1)
	case *ssa.Convert:
		if isBasic(v.Type()) && isBasic(v.X.Type()) {
			return e.evalDepth(v.X, depth+1)
		}
	case *ssa.Extract:
		if v.Index != 0 {
			break
		}
		switch t := v.Tuple.(type) {
		case *ssa.TypeAssert:
			if e.evalDepth(t.X, depth+1).kind == symSubject {
				return sym{kind: symMatch, key: sumKey(t)}
			}
		case *ssa.Call:
			if isErrorsCall(t, "AsType") && len(t.Call.Args) == 1 && e.evalDepth(t.Call.Args[0], depth+1).kind == symSubject {
				return sym{kind: symMatch, key: sumKey(t)}
			}
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch x := v.X.(type) {
		case *ssa.Alloc:
			w, ok := e.loads[v]
			if !ok || w == nil {
				break
			}
			if aw, ok := w.(asWrite); ok {
				switch truth, known := e.truth[aw.Call]; {
				case known && truth:
					return sym{kind: symMatch, key: sumKey(aw.Call)}
				case known && !truth && aw.before != nil:
					return e.evalDepth(aw.before, depth+1)
				}
				break
			}
			return e.evalDepth(w, depth+1)
		case *ssa.Global:
			return sym{kind: symGlobal, obj: x.Object()}
		case *ssa.FieldAddr:
			return read(e.evalDepth(x.X, depth+1), "."+fieldName(x.X.Type(), x.Field))
		}
	case *ssa.Field:
		return read(e.evalDepth(v.X, depth+1), "."+fieldName(v.X.Type(), v.Field))
	case *ssa.Call:
		c := &v.Call
		if c.IsInvoke() {
			if len(c.Args) == 0 {
				return read(e.evalDepth(c.Value, depth+1), "."+c.Method.Name()+"()")
			}
			break
		}
		callee := c.StaticCallee()
		if callee == nil {
			break
		}
		fn, ok := callee.Object().(*types.Func)
		if !ok {
			break
		}
		if fn.Signature().Recv() != nil {
			if len(c.Args) == 1 {
				return read(e.evalDepth(c.Args[0], depth+1), "."+fn.Name()+"()")
			}
			break
		}
		if fn.Pkg() != nil && len(c.Args) == 1 && e.evalDepth(c.Args[0], depth+1).kind == symSubject {
			return sym{kind: symRead, path: fn.Pkg().Path() + "." + fn.Name() + "()"}
		}
	}
	return sym{}
}

// read returns the value read from base by suffix (a field, a method).
func read(base sym, suffix string) sym {
	switch base.kind {
	case symSubject:
		return sym{kind: symRead, path: suffix}
	case symMatch:
		return sym{kind: symRead, key: base.key, path: suffix}
	case symRead:
		return sym{kind: symRead, key: base.key, path: base.path + suffix}
	}
	return sym{}
}

func fieldName(ptr types.Type, i int) string {
	t := ptr.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	if st, ok := t.(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}
