package errdrop

// Most candidates are the idiom
//
//	x, err := f()
//	if err != nil {
//		return ..., err
//	}
//
// which the data-flow checks look at and find nothing wrong with. Building
// the SSA form of a function only to learn that is most of errdrop's cost,
// so buildSSA leaves out a function whose candidates are all settled: of
// one of the shapes below, whose outcome in flow.go follows from the
// syntax alone. Each shape is exact; anything else is built and checked.
//
// A def (flow.go: checkDef, firstLoss) is settled when the first thing the
// statement right after its assignment does is read its variable: an if
// (without init) comparing it with nil, or the if whose init the
// assignment is; a call statement with the variable among its arguments
// (require.NoError(t, err), t.Fatal(err)); a return of it or of a call
// with it among its arguments. Expressions neither return nor assign a
// register, so the SSA value the call gave the variable is read, in the
// same block, before any other assignment, return or scope end: every
// path of firstLoss stops at that read and it finds no loss. This holds only while the variable is
// an SSA register: it must be a local of interface type that no function
// literal captures, whose address is not taken, and that is not a named
// result (go/ssa keeps named results in memory in functions with a defer).
// A range-over-func loop makes its body a function of its own, so a
// function with one is always built.
//
// A nil check (flow.go: checkNilCheck) is settled when
//   - its operator is ==, which checkNilCheck does not look at,
//   - the function it is in (the innermost, a literal's own signature)
//     does not return an error interface last, which it does not look at
//     either, or
//   - the first statement of its body reads the variable before anything
//     else can happen: a return with err, or a call with err among its
//     arguments, as a result (return ..., fmt.Errorf("...: %w", err)); a
//     call statement with err among its arguments (t.Fatal(err),
//     panic(err)); calls are of functions, not conversions or builtins
//     other than panic. The search from the non-nil branch stops at that
//     read on its only path.
//     As for defs, the variable must be a register.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// unsettled reports whether fd, which holds count candidates of cs, holds
// one that is not settled (see above) or cannot be judged from the syntax.
func (c *checker) unsettled(cs *candidates, fd *ast.FuncDecl, count int) bool {
	info := c.pass.TypesInfo
	// The maps are reused from one function to the next: most functions
	// with a candidate get here.
	st := c.settle
	if st == nil {
		st = &settleState{
			home:     map[*types.Var]ast.Node{},
			inMemory: map[*types.Var]bool{},
			defNext:  map[*def]ast.Stmt{},
		}
		c.settle = st
	}
	clear(st.home)
	clear(st.inMemory)
	clear(st.defNext)
	st.defs, st.checks = st.defs[:0], st.checks[:0]
	home, inMemory, defNext := st.home, st.inMemory, st.defNext
	rangeFunc := false

	var stack []ast.Node // enclosing functions, innermost last
	markResults := func(ft *ast.FuncType) {
		if ft.Results == nil {
			return
		}
		for _, f := range ft.Results.List {
			for _, id := range f.Names {
				if v, ok := info.Defs[id].(*types.Var); ok {
					inMemory[v] = true // maybe: in a function with a defer
				}
			}
		}
	}
	// nextStmt records, for the defs assigned by st, the statement that
	// follows: an if without init, whose condition comes next, or the if
	// whose init st is.
	nextStmt := func(st, next ast.Stmt) {
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			return
		}
		for _, l := range as.Lhs {
			if id, ok := ast.Unparen(l).(*ast.Ident); ok {
				if d := cs.defs[id.Pos()]; d != nil {
					defNext[d] = next
				}
			}
		}
	}
	stmtList := func(list []ast.Stmt) {
		for i := 0; i+1 < len(list); i++ {
			if ifs, ok := list[i+1].(*ast.IfStmt); !ok || ifs.Init == nil {
				nextStmt(list[i], list[i+1])
			}
		}
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			markResults(n.Type)
			stack = append(stack, n)
			ast.Inspect(n.Body, visit)
			stack = stack[:len(stack)-1]
			return false
		case *ast.Ident:
			v, ok := info.ObjectOf(n).(*types.Var)
			if !ok || v.IsField() {
				return true
			}
			fn := stack[len(stack)-1]
			if h, ok := home[v]; !ok {
				home[v] = fn
			} else if h != fn {
				inMemory[v] = true // captured by a literal
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						inMemory[v] = true // address taken
					}
				}
			}
		case *ast.RangeStmt:
			if tv, ok := info.Types[n.X]; ok {
				if _, ok := tv.Type.Underlying().(*types.Signature); ok {
					rangeFunc = true
				}
			}
		case *ast.BlockStmt:
			stmtList(n.List)
		case *ast.CaseClause:
			stmtList(n.Body)
		case *ast.CommClause:
			stmtList(n.Body)
		case *ast.IfStmt:
			if n.Init != nil {
				nextStmt(n.Init, n)
			}
			if be, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr); ok {
				if chk := cs.checks[be.OpPos]; chk != nil && chk.stmt == n {
					st.checks = append(st.checks, checkIn{chk, stack[len(stack)-1]})
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if d := cs.defs[id.Pos()]; d != nil && d.ident == id {
						st.defs = append(st.defs, d)
					}
				}
			}
		}
		return true
	}
	stack = append(stack, fd)
	if fd.Recv != nil {
		ast.Inspect(fd.Recv, visit)
	}
	markResults(fd.Type)
	ast.Inspect(fd.Type, visit)
	ast.Inspect(fd.Body, visit)
	if rangeFunc {
		return true
	}

	register := func(v *types.Var) bool {
		return types.IsInterface(v.Type()) && !inMemory[v]
	}
	// Every candidate in fd must be one met above, or it is unsettled.
	n := 0
	for _, d := range st.defs {
		if !register(d.v) || !c.readsFirst(cs, defNext[d], d.v) {
			return true
		}
		n++
	}
	for _, ck := range st.checks {
		if !c.checkSettled(ck.chk, ck.fn, register) {
			return true
		}
		n++
	}
	return n != count
}

// settleState is what unsettled collects about one function, kept from
// one call to the next.
type settleState struct {
	// home is the innermost function (declaration or literal) each
	// local variable was first met in; a variable met in another is
	// captured by a literal.
	home map[*types.Var]ast.Node
	// inMemory are the variables go/ssa may keep in memory rather than
	// in registers: captured, address taken, named results.
	inMemory map[*types.Var]bool
	defNext  map[*def]ast.Stmt // the statement after the def's
	defs     []*def
	checks   []checkIn
}

// checkIn is a nil check and the function (declaration or literal) it is
// in.
type checkIn struct {
	chk *nilCheck
	fn  ast.Node
}

// readsFirst reports whether the first thing statement st does is read v:
// an if comparing it with nil (a nil check of cs), a call statement with v
// among its arguments, or a return of v or of a call with v among its
// arguments.
func (c *checker) readsFirst(cs *candidates, st ast.Stmt, v *types.Var) bool {
	switch st := st.(type) {
	case *ast.IfStmt:
		be, ok := ast.Unparen(st.Cond).(*ast.BinaryExpr)
		if !ok {
			return false
		}
		chk := cs.checks[be.OpPos]
		return chk != nil && chk.stmt == st && chk.v == v
	case *ast.ExprStmt:
		call, ok := ast.Unparen(st.X).(*ast.CallExpr)
		return ok && c.readsArg(call, v)
	case *ast.ReturnStmt:
		return c.returns(st, v)
	}
	return false
}

// returns reports whether ret returns v, or a call with v among its
// arguments, as one of its results.
func (c *checker) returns(ret *ast.ReturnStmt, v *types.Var) bool {
	for _, r := range ret.Results {
		r = ast.Unparen(r)
		if c.isVar(r, v) {
			return true
		}
		if call, ok := r.(*ast.CallExpr); ok && c.readsArg(call, v) {
			return true
		}
	}
	return false
}

// checkSettled reports whether nil check chk, in function fn, is settled.
func (c *checker) checkSettled(chk *nilCheck, fn ast.Node, register func(*types.Var) bool) bool {
	if chk.cond.Op != token.NEQ {
		return true
	}
	var sig *types.Signature
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if obj, ok := c.pass.TypesInfo.Defs[fn.Name].(*types.Func); ok {
			sig, _ = obj.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		if tv, ok := c.pass.TypesInfo.Types[fn]; ok {
			sig, _ = tv.Type.(*types.Signature)
		}
	}
	if sig == nil {
		return false
	}
	res := sig.Results()
	if res.Len() == 0 || !c.isError(res.At(res.Len()-1).Type()) || !types.IsInterface(res.At(res.Len()-1).Type()) {
		return true
	}
	if !register(chk.v) || len(chk.stmt.Body.List) == 0 {
		return false
	}
	switch st := chk.stmt.Body.List[0].(type) {
	case *ast.ReturnStmt:
		return c.returns(st, chk.v)
	case *ast.ExprStmt:
		call, ok := ast.Unparen(st.X).(*ast.CallExpr)
		return ok && c.readsArg(call, chk.v)
	}
	return false
}

// readsArg reports whether call is a call of a function (not a conversion,
// not a builtin other than panic) with v itself among its arguments.
func (c *checker) readsArg(call *ast.CallExpr, v *types.Var) bool {
	info := c.pass.TypesInfo
	tv, ok := info.Types[call.Fun]
	if !ok || tv.IsType() {
		return false
	}
	if tv.IsBuiltin() {
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || id.Name != "panic" {
			return false
		}
	}
	for _, a := range call.Args {
		if c.isVar(ast.Unparen(a), v) {
			return true
		}
	}
	return false
}

func (c *checker) isVar(e ast.Expr, v *types.Var) bool {
	id, ok := e.(*ast.Ident)
	return ok && c.pass.TypesInfo.Uses[id] == v
}
