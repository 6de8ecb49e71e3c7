package taxonomy

// As and Is methods read from their SSA form, path by path like the
// functions of an error (funcsum.go), besides the shapes summarize.go
// reads from their syntax:
//
//   - an As method provides type U when a path returns true under no
//     condition but that its target is a *U (a type switch or assertion
//     on the target, `case **NotFound: *t = &NotFound{...}; return
//     true`), or when it returns errors.As of a field of concrete type
//     with the target;
//   - an Is method matches sentinel S when a path returns true under no
//     condition but `target == S` (a switch on the target, `case ErrA,
//     ErrB: return true`).

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// isMethodCandidate reports whether d is an As or Is method worth reading
// from SSA.
func isMethodCandidate(info *types.Info, d *ast.FuncDecl) bool {
	fn, ok := info.Defs[d.Name].(*types.Func)
	if !ok || d.Recv == nil {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isPredSig(sig) {
		return false
	}
	switch d.Name.Name {
	case "As":
		return true
	case "Is":
		return isErrorInterface(sig.Params().At(0).Type())
	}
	return false
}

// summarizeMethodSSA adds to the MethodFact of an As or Is method what its
// SSA form proves.
func (m *Model) summarizeMethodSSA(fn *types.Func, f *ssa.Function) {
	if len(f.Params) != 2 || len(f.Blocks) > maxSumBlocks {
		return
	}
	paths, ok := simplePaths(f)
	if !ok {
		return
	}
	target := f.Params[1]
	cyclic := blocksOnCycles(f)
	var provided, sentinels []string
	for _, blocks := range paths {
		p := newPath(blocks, cyclic)
		conds := p.branches
		result := pathValue(p, p.ret().Results[0])
		if !isTrue(result) && !isCall(result) {
			// `return target == ErrA || target == ErrB`: the value
			// returned is one more condition that must hold.
			conds = append(conds[:len(conds):len(conds)], pathCond{result, true})
			result = ssa.NewConst(constant.MakeBool(true), types.Typ[types.Bool])
		}
		switch fn.Name() {
		case "As":
			if key, ok := asProvides(conds, result, target); ok {
				provided = union(provided, []string{key})
			}
		case "Is":
			if key, ok := m.isMatches(conds, result, target); ok {
				sentinels = union(sentinels, []string{key})
			}
		}
	}
	if len(provided) == 0 && len(sentinels) == 0 {
		return
	}
	var mf MethodFact
	m.pass.ImportObjectFact(fn, &mf)
	mf.Types = union(mf.Types, provided)
	mf.Sentinels = union(mf.Sentinels, sentinels)
	m.pass.ExportObjectFact(fn, &mf)
}

// pathValue resolves the phis of v by the blocks the path came through;
// a phi on a cycle stays unresolved.
func pathValue(p path, v ssa.Value) ssa.Value {
	for depth := 0; depth < 16; depth++ {
		phi, ok := v.(*ssa.Phi)
		if !ok {
			return v
		}
		x, ok := p.phi(phi)
		if !ok {
			return v
		}
		v = x
	}
	return v
}

func isCall(v ssa.Value) bool {
	_, ok := v.(*ssa.Call)
	return ok
}

func isTrue(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value)
}

// asProvides reads one path of an As method: the type it provides, if the
// path returns true whatever but the type of target decides.
func asProvides(conds []pathCond, result ssa.Value, target *ssa.Parameter) (string, bool) {
	// Delegation: return errors.As(e.Field, target), Field concrete.
	if call, ok := result.(*ssa.Call); ok && len(conds) == 0 && isErrorsCall(call, "As") && len(call.Call.Args) == 2 && call.Call.Args[1] == ssa.Value(target) {
		x := call.Call.Args[0]
		if mi, ok := x.(*ssa.MakeInterface); ok {
			x = mi.X
		}
		if load, ok := x.(*ssa.UnOp); ok && load.Op == token.MUL {
			if _, ok := load.X.(*ssa.FieldAddr); ok && !types.IsInterface(load.Type()) {
				return typeKey(load.Type())
			}
		}
		return "", false
	}
	if !isTrue(result) || len(conds) == 0 {
		return "", false
	}
	// Every branch is an assertion of target's type; the last is true.
	var asserted types.Type
	for i, c := range conds {
		x, ok := c.cond.(*ssa.Extract)
		if !ok || x.Index != 1 {
			return "", false
		}
		ta, ok := x.Tuple.(*ssa.TypeAssert)
		if !ok || ta.X != ssa.Value(target) {
			return "", false
		}
		if i == len(conds)-1 {
			if !c.pol {
				return "", false
			}
			asserted = ta.AssertedType
		} else if c.pol {
			return "", false
		}
	}
	ptr, ok := asserted.(*types.Pointer)
	if !ok {
		return "", false
	}
	// An earlier assertion that a *U passes would have been taken.
	for _, c := range conds[:len(conds)-1] {
		t := c.cond.(*ssa.Extract).Tuple.(*ssa.TypeAssert).AssertedType
		if types.Identical(t, ptr) {
			return "", false
		}
		if iface, ok := t.Underlying().(*types.Interface); ok && types.Implements(ptr, iface) {
			return "", false
		}
	}
	return typeKey(ptr.Elem())
}

// isMatches reads one path of an Is method: the sentinel it matches, if
// the path returns true whatever but target == that sentinel decides.
func (m *Model) isMatches(conds []pathCond, result ssa.Value, target *ssa.Parameter) (string, bool) {
	if !isTrue(result) || len(conds) == 0 {
		return "", false
	}
	var key string
	for i, c := range conds {
		b, ok := c.cond.(*ssa.BinOp)
		if !ok || b.Op != token.EQL {
			return "", false
		}
		x, y := b.X, b.Y
		if y == ssa.Value(target) {
			x, y = y, x
		}
		if x != ssa.Value(target) {
			return "", false
		}
		load, ok := y.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			return "", false
		}
		g, ok := load.X.(*ssa.Global)
		if !ok {
			return "", false
		}
		s := m.sentinelObj(g.Object())
		if s == nil {
			return "", false
		}
		if i == len(conds)-1 {
			if !c.pol {
				return "", false
			}
			key, ok = objKey(s)
			if !ok {
				return "", false
			}
		} else if c.pol {
			return "", false
		}
	}
	return key, true
}
