package errdrop

// The data-flow checks run on the SSA form of golang.org/x/tools/go/ssa,
// which errdrop builds itself from public calls, as passes/buildssa does,
// but without buildssa's ctrlflow prerequisite (it exports facts, so under
// go vet it would make errdrop run on every dependency) and with debug
// information on: the DebugRef instructions tie each SSA value to the
// variable and the identifier it was assigned through, which is how an
// overwrite is told from a use. x/tools is already a dependency and its
// go/ssa API is stable; staticcheck's go/ir has a richer form (sigma
// nodes, no-return detection) but its README warns its API is not.

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// maxSteps bounds the instructions one search visits, so that a huge
// function costs linear time per error, not more. A search that hits the
// bound reports nothing.
const maxSteps = 20000

func (c *checker) checkFlow(cs *candidates) {
	for _, fn := range c.buildSSA(cs) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.DebugRef:
					if in.IsAddr {
						continue
					}
					if d := cs.defs[in.Expr.Pos()]; d != nil && in.Object() == d.v {
						c.checkDef(cs, d, in.X)
					}
				case *ssa.If:
					if bo, ok := in.Cond.(*ssa.BinOp); ok {
						if chk := cs.checks[bo.Pos()]; chk != nil {
							c.checkNilCheck(cs, fn, chk, in, bo)
						}
					}
				}
			}
		}
	}
}

// item is a point of a search: a block, an instruction index in it, and
// the value that holds the error there (nil once it is out of scope).
type item struct {
	b      *ssa.BasicBlock
	i      int
	c      ssa.Value
	looped bool // the path went around a loop back to the definition's header
	// known are the values of conditions the path has branched on (see
	// conds.go); searchPaths keeps them.
	known knownConds
}

type seenKey struct {
	b     *ssa.BasicBlock
	c     ssa.Value
	known knownConds
}

// pathStep is what a search of the paths does after an instruction or an edge.
type pathStep int

const (
	goOn       pathStep = iota // follow the path
	stopPath                   // leave this path, go on with the others
	stopSearch                 // the search has its answer
)

// searchPaths visits, depth first, the instructions on the paths from
// start (Phis excepted: merges are followed on the edges), each block
// with each carried value once and at most maxSteps instructions in all.
// visit says what to do after an instruction; next makes the item that
// crosses an edge to a successor, or says to skip the edge or stop. With
// cx, an edge that contradicts a condition the path has already branched
// on is not followed.
func searchPaths(cx *condCtx, start item, visit func(item, ssa.Instruction) pathStep, next func(item, *ssa.BasicBlock) (item, pathStep)) {
	stack := []item{start}
	seen := map[seenKey]bool{{start.b, start.c, start.known}: true}
	steps := 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		stopped := false
		for i := it.i; i < len(it.b.Instrs) && !stopped; i++ {
			if steps++; steps > maxSteps {
				return
			}
			in := it.b.Instrs[i]
			if _, ok := in.(*ssa.Phi); ok {
				continue
			}
			switch visit(it, in) {
			case stopPath:
				stopped = true
			case stopSearch:
				return
			}
		}
		if stopped {
			continue
		}
		for _, s := range it.b.Succs {
			known, feasible := cx.cross(it.known, it.b, s)
			if !feasible {
				continue
			}
			n, step := next(it, s)
			switch step {
			case stopSearch:
				return
			case stopPath:
				continue
			}
			n.known = known
			// A state that knows nothing follows every path one that
			// knows something does.
			if seen[seenKey{n.b, n.c, knownConds{}}] {
				continue
			}
			if k := (seenKey{n.b, n.c, n.known}); !seen[k] {
				seen[k] = true
				stack = append(stack, n)
			}
		}
	}
}

// uses reports whether instr reads v.
func uses(instr ssa.Instruction, v ssa.Value) bool {
	if v == nil {
		return false
	}
	var buf [8]*ssa.Value
	for _, op := range instr.Operands(buf[:0]) {
		if op != nil && *op == v {
			return true
		}
	}
	return false
}

// carry returns the value that holds c, the value of variable v, on
// entry to s from b: a phi of s that merges c (named after v), or c itself
// where c is still defined. It returns (nil, true) when c flows into
// another variable, which counts as passing the error on, and (nil, false)
// when c is dead in s.
func carry(b, s *ssa.BasicBlock, c ssa.Value, v *types.Var) (ssa.Value, bool) {
	idx := -1
	for i, p := range s.Preds {
		if p == b {
			idx = i
			break
		}
	}
	other := false
	for _, instr := range s.Instrs {
		phi, ok := instr.(*ssa.Phi)
		if !ok {
			break
		}
		if idx >= 0 && idx < len(phi.Edges) && phi.Edges[idx] == c {
			if v != nil && phi.Comment == v.Name() {
				return phi, true
			}
			other = true
		}
	}
	if other {
		return nil, true
	}
	ci, ok := c.(ssa.Instruction)
	if !ok || ci.Block() == nil || ci.Block().Dominates(s) {
		return c, true
	}
	return nil, false
}

type lossKind int

const (
	lossNone lossKind = iota
	lossOverwrite
	lossReturn
	lossScope
)

// firstLoss searches the paths from the definition of val, the value a
// call's error gave to variable v, for one on which it is lost: the
// variable is assigned again, the function returns, or the value goes out
// of scope, before anything reads it. Any read counts: a comparison, a
// call argument, a return, a store, a send, a conversion.
//
// A return loses the error only when returns count (see checkDef) and it
// does not return another error that may be non-nil: a function that fails
// with one error while a second is pending has reported a failure.
func (c *checker) firstLoss(cs *candidates, val ssa.Value, v *types.Var, returnsCount bool) (lossKind, token.Pos) {
	start, ok := val.(ssa.Instruction)
	if !ok || start.Block() == nil {
		return lossNone, token.NoPos
	}
	b := start.Block()
	idx := -1
	for i, instr := range b.Instrs {
		if instr == start {
			idx = i
			break
		}
	}
	if idx < 0 {
		return lossNone, token.NoPos
	}
	kind, pos := lossNone, token.NoPos
	visit := func(it item, in ssa.Instruction) pathStep {
		if in, ok := in.(*ssa.DebugRef); ok {
			if in.IsAddr || in.Object() != v {
				return goOn
			}
			switch {
			case in.X == it.c && cs.blankReads[in.Expr.Pos()]:
				return stopPath // _ = err: discarded on purpose
			case in.X != it.c && isNilConst(in.X):
				return stopPath // err = nil: a deliberate reset
			case in.X != it.c && cs.defs[in.Expr.Pos()] != nil && !c.isConstructor(cs.defs[in.Expr.Pos()].call):
				// Another call's error replaces this one: the
				// shape of two operations whose first failure is lost.
				kind, pos = lossOverwrite, in.Expr.Pos()
				return stopSearch
			case in.X != it.c && cs.lhs[in.Expr.Pos()]:
				// err = errSentinel, err = errors.New("simulated"):
				// a deliberate replacement.
				return stopPath
			case in.X != it.c:
				return stopPath // the variable holds something we did not follow: stay silent
			}
			return goOn
		}
		if uses(in, it.c) {
			return stopPath
		}
		switch in := in.(type) {
		case *ssa.Return:
			// A return reached around a loop is the loop's exit: the
			// error was left for the next iteration to check (a
			// reader that returns data first, then the error).
			if returnsCount && !it.looped && (len(in.Results) == 0 || !c.isError(in.Results[len(in.Results)-1].Type()) ||
				nilAt(in.Results[len(in.Results)-1], in.Block(), 0)) && !c.explained(in.Pos(), true) {
				kind, pos = lossReturn, in.Pos()
				return stopSearch
			}
			return stopPath
		case *ssa.Panic:
			return stopPath
		}
		return goOn
	}
	next := func(it item, s *ssa.BasicBlock) (item, pathStep) {
		nc, ok := carry(it.b, s, it.c, v)
		if !ok {
			kind = lossScope
			return item{}, stopSearch
		}
		if nc == nil {
			return item{}, stopPath
		}
		return item{b: s, c: nc, looped: it.looped || s.Dominates(b)}, goOn
	}
	searchPaths(c.condsOf(b.Parent()), item{b: b, i: idx + 1, c: val}, visit, next)
	return kind, pos
}

// checkDef reports an error assigned to a variable and lost before it is
// read on some path.
func (c *checker) checkDef(cs *candidates, d *def, val ssa.Value) {
	if c.excluded(d.call, d.callee, c.writeFiles) || c.isConstructor(d.call) || otherResultTested(val) {
		return
	}
	// An overwrite loses the error whatever else happens to it. A return
	// or the end of the variable's scope loses it only if the author treats
	// the value as a failure to check, with an if err != nil on it: an
	// error value that is handed on only on some paths (delivered to a
	// callback if there is one) is not a failure, and conditions the
	// search cannot correlate would make such reports wrong.
	checked := c.checkedByIf(cs, val, d.v)
	kind, pos := c.firstLoss(cs, val, d.v, checked)
	// Leaving the scope unchecked (a continue, the end of an if's init
	// statement) is reported only with the shadowing evidence: on its own
	// it is mostly code whose other result already says the call failed.
	if kind == lossScope && c.shadowed(cs, d) == nil {
		return
	}
	fset := c.pass.Fset
	var msg string
	var related []analysis.RelatedInformation
	switch kind {
	case lossNone:
		return
	case lossOverwrite:
		if pos == d.ident.Pos() {
			msg = fmt.Sprintf("error from %s is overwritten by the next loop iteration before it is checked; check it in the loop", d.callee.name)
		} else {
			msg = fmt.Sprintf("error from %s is overwritten on line %d before it is checked; check it first", d.callee.name, fset.Position(pos).Line)
			related = []analysis.RelatedInformation{{Pos: pos, Message: "overwritten here"}}
		}
	case lossReturn:
		if pos.IsValid() {
			msg = fmt.Sprintf("error from %s is not checked before the return on line %d; handle or return it", d.callee.name, fset.Position(pos).Line)
			related = []analysis.RelatedInformation{{Pos: pos, Message: "returns without the error"}}
		} else {
			msg = fmt.Sprintf("error from %s is not checked before the function returns; handle or return it", d.callee.name)
		}
	case lossScope:
		{
			outer := c.shadowed(cs, d)
			msg = fmt.Sprintf("error from %s is not checked on every path: := declares a new %s that shadows the one on line %d, which is checked instead; assign with = or check it here",
				d.callee.name, d.v.Name(), fset.Position(outer.Pos()).Line)
			related = []analysis.RelatedInformation{{Pos: outer.Pos(), Message: "shadowed " + outer.Name() + " declared here"}}
		}
	}
	c.report(analysis.Diagnostic{Pos: d.ident.Pos(), End: d.ident.End(), Message: msg, Related: related})
}

// shadowed returns the outer error variable that the := of d shadows, if
// that outer variable is read after the inner one's scope ends (so the
// author probably meant to assign it).
func (c *checker) shadowed(cs *candidates, d *def) *types.Var {
	if c.pass.TypesInfo.Defs[d.ident] == nil {
		return nil // assigned with =, not declared
	}
	inner := d.v.Parent()
	if inner == nil || inner.Parent() == nil {
		return nil
	}
	_, obj := inner.Parent().LookupParent(d.v.Name(), d.ident.Pos())
	outer, ok := obj.(*types.Var)
	if !ok || outer == d.v || !c.isLocalError(outer) {
		return nil
	}
	for _, p := range cs.uses[outer] {
		if p > inner.End() {
			return outer
		}
	}
	return nil
}

// explained reports whether a comment ends the line above the return at
// pos, or (sameLine) the return's own line: "// not Go source: not our job
// to diagnose, ignore" says the error is dropped on purpose. A //nolint
// directive on the return's line says so too (cert-manager: return nil
// //nolint:nilerr).
func (c *checker) explained(pos token.Pos, sameLine bool) bool {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	line := tf.Line(pos)
	return c.comments[tf][line-1] || (sameLine && c.comments[tf][line]) || c.nolints[tf][line]
}

// isConstructor reports whether call builds an error value rather than
// reporting a failure: fmt.Errorf, errors.New, errors.Join, and functions
// with a single error result named New*, Wrap*, *Error, *Errorf or *Err.
// Replacing such a value with a better one is how messages get refined.
func (c *checker) isConstructor(call *ast.CallExpr) bool {
	if tv, ok := c.pass.TypesInfo.Types[call]; !ok || !c.isError(tv.Type) {
		return false // not a single result
	}
	var name string
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		name = fun.Name
	case *ast.SelectorExpr:
		name = fun.Sel.Name
	case *ast.IndexExpr:
		if id, ok := fun.X.(*ast.Ident); ok {
			name = id.Name
		}
	}
	for _, p := range []string{"New", "new", "Wrap", "wrap"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	for _, sfx := range []string{"Error", "Errorf", "Err", "Join"} {
		if strings.HasSuffix(name, sfx) {
			return true
		}
	}
	return false
}

// otherResultTested reports whether another result of the call that val
// is the error of feeds a branch condition: if n == 0, if bp == nil. The
// author then reads the call's success from that result, and what the
// error means on each branch depends on the function.
func otherResultTested(val ssa.Value) bool {
	ext, ok := val.(*ssa.Extract)
	if !ok {
		return false
	}
	refs := ext.Tuple.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		other, ok := r.(*ssa.Extract)
		if !ok || other == ext {
			continue
		}
		if feedsBranch(other, 3) {
			return true
		}
	}
	return false
}

func feedsBranch(v ssa.Value, depth int) bool {
	refs := v.Referrers()
	if refs == nil || depth == 0 {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.If:
			return true
		case *ssa.Call:
			// len(x), x.IsZero(): a test of the value.
			if depth > 1 && feedsBranch(r, depth-1) {
				return true
			}
		case ssa.Value:
			if feedsBranch(r, depth-1) {
				return true
			}
		}
	}
	return false
}

func isStmtOf(st ast.Stmt, body *ast.BlockStmt) bool {
	for _, x := range body.List {
		if x == st {
			return true
		}
	}
	return false
}

// zeroResults reports whether every value is a constant zero value.
func zeroResults(vs []ssa.Value) bool {
	for _, v := range vs {
		k, ok := v.(*ssa.Const)
		if !ok {
			return false
		}
		if k.Value == nil {
			continue // the zero value of its type
		}
		switch k.Value.Kind() {
		case constant.Bool:
			if constant.BoolVal(k.Value) {
				return false
			}
		case constant.String:
			if constant.StringVal(k.Value) != "" {
				return false
			}
		case constant.Int, constant.Float, constant.Complex:
			if constant.Sign(k.Value) != 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func isNilConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.IsNil()
}

// checkedByIf reports whether val, or a merge that carries it, is the
// operand of an if err != nil (or == nil) statement on variable v.
func (c *checker) checkedByIf(cs *candidates, val ssa.Value, v *types.Var) bool {
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{val}
	for len(work) > 0 && len(seen) < 64 {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[x] {
			continue
		}
		seen[x] = true
		refs := x.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.BinOp:
				if chk := cs.checks[r.Pos()]; chk != nil && chk.v == v {
					return true
				}
			case *ssa.Phi:
				work = append(work, r)
			}
		}
	}
	return false
}

// originCall returns the call whose error result v is, looking through a
// conversion to an interface.
func originCall(v ssa.Value) *ssa.Call {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	switch v := v.(type) {
	case *ssa.Call:
		return v
	case *ssa.Extract:
		call, _ := v.Tuple.(*ssa.Call)
		return call
	}
	return nil
}

// checkNilCheck reports an error that a function returning an error checks
// against nil and then drops: on the non-nil branch it returns a nil error
// without reading the checked one.
func (c *checker) checkNilCheck(cs *candidates, fn *ssa.Function, chk *nilCheck, ifi *ssa.If, bo *ssa.BinOp) {
	res := fn.Signature.Results()
	if res.Len() == 0 || !c.isError(res.At(res.Len()-1).Type()) || !types.IsInterface(res.At(res.Len()-1).Type()) {
		return
	}
	x := bo.X
	if k, ok := x.(*ssa.Const); ok && k.IsNil() {
		x = bo.Y
	}
	call := originCall(x)
	if call == nil {
		return
	}
	ce := cs.calls[call.Pos()]
	if ce == nil {
		return
	}
	cl, ok := c.calleeOf(ce)
	if !ok || c.excluded(ce, cl, c.writeFiles) {
		return
	}
	// Only if err != nil { ... }: after if err == nil { ... } the other
	// branch is often a test expecting the failure.
	if bo.Op != token.NEQ {
		return
	}
	nonNil := ifi.Block().Succs[0]
	xi, ok := x.(ssa.Instruction)
	if !ok || xi.Block() == nil {
		return
	}
	home := xi.Block()
	// The non-nil branch may jump straight out of the variable's scope
	// (if err != nil { break }): start out of scope then.
	start, ok := carry(ifi.Block(), nonNil, x, chk.v)
	if ok && start == nil {
		return
	}
	visit := func(it item, in ssa.Instruction) pathStep {
		if in, ok := in.(*ssa.DebugRef); ok {
			// Assigning the checked variable again (err = nil,
			// err = fallback()) is a decision about the error: stay silent.
			if it.c != nil && !in.IsAddr && in.Object() == chk.v && in.X != it.c {
				return stopPath
			}
			return goOn
		}
		if uses(in, it.c) {
			return stopPath
		}
		switch in := in.(type) {
		case *ssa.Panic:
			return stopPath
		case *ssa.Return:
			if len(in.Results) == 0 {
				return stopPath
			}
			r := in.Results[len(in.Results)-1]
			if !nilAt(r, it.b, 0) {
				return stopPath
			}
			ret := cs.returns[in.Pos()]
			if ret == nil {
				return stopPath
			}
			// In scope, only a return that is a statement of the body
			// of the check: code after the if statement has decided to
			// carry on, and a return nested in another condition of
			// the body has found success another way (the directory
			// exists after all, a fallback lookup worked).
			if it.c != nil && !isStmtOf(ret, chk.stmt.Body) {
				return stopPath
			}
			// Other results that are not zero carry the failure
			// themselves: return [][]byte{{0}}, nil; return false...
			// is zero and still reported.
			if !zeroResults(in.Results[:len(in.Results)-1]) {
				return stopPath
			}
			// A read of the error anywhere in the body before the
			// return, even under a condition of its own, is a decision
			// about it: caddy's ip_matchers.go logs it under
			// if c := m.logger.Check(...); c != nil { c.Write(zap.Error(err)) }.
			if it.c != nil && readInBody(cs, chk, ret.Pos()) {
				return stopPath
			}
			if !c.explained(ret.Pos(), false) {
				c.reportDropped(chk, cl, ret, it.c == nil)
			}
			return stopSearch
		}
		return goOn
	}
	next := func(it item, s *ssa.BasicBlock) (item, pathStep) {
		var nc ssa.Value
		if it.c != nil {
			var ok bool
			nc, ok = carry(it.b, s, it.c, chk.v)
			if ok && nc == nil {
				return item{}, stopPath // passed on to another variable
			}
		}
		// Out of the checked variable's scope, keep looking only for
		// a return of an outer variable of the same name (the :=
		// shadowing bug), and never around a loop back to the check.
		if nc == nil && s.Dominates(home) {
			return item{}, stopPath
		}
		return item{b: s, c: nc}, goOn
	}
	searchPaths(c.condsOf(fn), item{b: nonNil, c: start}, visit, next)
}

// readInBody reports whether the checked variable is read in the body of
// its check before pos.
func readInBody(cs *candidates, chk *nilCheck, pos token.Pos) bool {
	for _, u := range cs.uses[chk.v] {
		if chk.stmt.Body.Lbrace < u && u < pos {
			return true
		}
	}
	return false
}

// nilAt reports whether v is certainly a nil interface in block b: the
// constant nil, a merge of such values, or a value that a dominating
// branch compared with nil.
func nilAt(v ssa.Value, b *ssa.BasicBlock, depth int) bool {
	if k, ok := v.(*ssa.Const); ok {
		return k.IsNil() && types.IsInterface(k.Type())
	}
	if refs := v.Referrers(); refs != nil {
		for _, ref := range *refs {
			bo, ok := ref.(*ssa.BinOp)
			if !ok || (bo.Op != token.EQL && bo.Op != token.NEQ) {
				continue
			}
			other := bo.X
			if other == v {
				other = bo.Y
			}
			if k, ok := other.(*ssa.Const); !ok || !k.IsNil() {
				continue
			}
			brefs := bo.Referrers()
			if brefs == nil {
				continue
			}
			for _, r := range *brefs {
				ifi, ok := r.(*ssa.If)
				if !ok {
					continue
				}
				nilSucc := ifi.Block().Succs[0]
				if bo.Op == token.NEQ {
					nilSucc = ifi.Block().Succs[1]
				}
				if len(nilSucc.Preds) == 1 && nilSucc.Dominates(b) {
					return true
				}
			}
		}
	}
	if phi, ok := v.(*ssa.Phi); ok && depth < 3 {
		for i, e := range phi.Edges {
			if !nilAt(e, phi.Block().Preds[i], depth+1) {
				return false
			}
		}
		return len(phi.Edges) > 0
	}
	return false
}

// reportDropped reports the return that drops a checked error, with a fix
// when the checked variable is in scope there and the return is in the
// body of the check.
func (c *checker) reportDropped(chk *nilCheck, cl callee, ret *ast.ReturnStmt, outOfScope bool) {
	fset := c.pass.Fset
	retText := "return"
	var last ast.Expr
	if n := len(ret.Results); n > 0 {
		last = ret.Results[n-1]
		var parts []string
		for _, r := range ret.Results {
			parts = append(parts, types.ExprString(r))
		}
		retText = "return " + strings.Join(parts, ", ")
		if len(retText) > 40 {
			retText = "return ..., " + types.ExprString(last)
		}
	}
	if outOfScope {
		id, ok := ast.Unparen(last).(*ast.Ident)
		if !ok || id.Name != chk.v.Name() {
			return
		}
		outer, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || outer == chk.v {
			return
		}
		c.report(analysis.Diagnostic{
			Pos: ret.Pos(), End: ret.End(),
			Message: fmt.Sprintf("error from %s is checked and then dropped: %s returns the %s declared on line %d, which is nil here, because := on line %d declared a new %s; assign with =",
				cl.name, retText, id.Name, fset.Position(outer.Pos()).Line, fset.Position(chk.v.Pos()).Line, id.Name),
			Related: []analysis.RelatedInformation{{Pos: chk.ident.Pos(), Message: "checked here"}},
		})
		return
	}
	msg := fmt.Sprintf("error from %s is checked and then dropped: %s loses it; return %s", cl.name, retText, chk.v.Name())
	if id, ok := ast.Unparen(last).(*ast.Ident); ok && id.Name != "nil" {
		msg = fmt.Sprintf("error from %s is checked and then dropped: %s loses it (%s is nil here); return %s", cl.name, retText, id.Name, chk.v.Name())
	}
	d := analysis.Diagnostic{
		Pos: ret.Pos(), End: ret.End(), Message: msg,
		Related: []analysis.RelatedInformation{{Pos: chk.ident.Pos(), Message: "checked here"}},
	}
	if last != nil && ret.Pos() >= chk.stmt.Body.Lbrace && ret.End() <= chk.stmt.Body.Rbrace {
		scope := c.pass.Pkg.Scope().Innermost(ret.Pos())
		if scope != nil {
			if _, obj := scope.LookupParent(chk.v.Name(), ret.Pos()); obj == chk.v {
				d.SuggestedFixes = []analysis.SuggestedFix{{
					Message:   "return " + chk.v.Name(),
					TextEdits: []analysis.TextEdit{{Pos: last.Pos(), End: last.End(), NewText: []byte(chk.v.Name())}},
				}}
			}
		}
	}
	c.report(d)
}
