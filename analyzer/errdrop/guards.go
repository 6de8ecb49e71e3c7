package errdrop

// A setter of the package that validates its arguments fails only on the
// arguments it rejects: minio's
//
//	func (o *GetObjectOptions) SetMatchETag(etag string) error {
//		if etag == "" {
//			return errInvalidArgument("ETag cannot be empty.")
//		}
//		o.Set("If-Match", "\""+etag+"\"")
//		return nil
//	}
//
// called as opts.SetMatchETag("etag"), or under if etag != "", cannot
// fail. guardedErrors reads such a function's body: its non-nil errors
// must all be returned inside top-level if statements (or cases of a
// tagless switch) whose conditions compare parameters the body never
// assigns with constants. A call is infallible when the arguments it
// passes make every such condition false: constants, or expressions that
// the conditions of the if statements around the call (or an early return
// before it) restrict. Anything the reading does not understand leaves the
// call reported.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apierrlint/apierrlint/analyzer/internal/cmpop"
)

// guard is a condition of a function's body under which it may return a
// non-nil error: the conjunction of when, and of the negation of each of
// unless (the earlier cases of a switch).
type guard struct {
	when   ast.Expr
	unless []ast.Expr
}

// guardsOf returns the guards of fn, a function of the package, and
// whether its body has the shape guardedErrors understands (computed once).
func (c *checker) guardsOf(fn *types.Func) ([]guard, bool) {
	if g, ok := c.guards[fn]; ok {
		return g, g != nil
	}
	if c.guards == nil {
		c.guards = map[*types.Func][]guard{}
	}
	c.alwaysNil(fn) // fills funcBodies
	var g []guard
	if body := c.funcBodies[fn]; body != nil {
		g = c.readGuards(fn, body)
	}
	c.guards[fn] = g
	return g, g != nil
}

func (c *checker) readGuards(fn *types.Func, body *ast.BlockStmt) []guard {
	sig := fn.Type().(*types.Signature)
	res := sig.Results()
	if res.Len() == 0 || !c.isError(res.At(res.Len()-1).Type()) {
		return nil
	}
	params := map[*types.Var]bool{}
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = true
	}
	info := c.pass.TypesInfo
	// The parameters must keep the values the call gave them.
	assigned := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if v, ok := info.Uses[identOf(l)].(*types.Var); ok && params[v] {
					assigned = true
				}
			}
		case *ast.IncDecStmt:
			if v, ok := info.Uses[identOf(n.X)].(*types.Var); ok && params[v] {
				assigned = true
			}
		case *ast.UnaryExpr:
			if v, ok := info.Uses[identOf(n.X)].(*types.Var); ok && n.Op == token.AND && params[v] {
				assigned = true
			}
		}
		return !assigned
	})
	if assigned {
		return nil
	}
	// failing reports whether n holds a return of a non-nil error, and
	// ok false when it holds a return the reading does not understand.
	failing := func(n ast.Node) (fails, ok bool) {
		ok = true
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) != res.Len() {
					ok = false
					return false
				}
				if _, isNil := info.Uses[identOf(n.Results[res.Len()-1])].(*types.Nil); !isNil {
					fails = true
				}
			}
			return ok
		})
		return fails, ok
	}
	guards := []guard{}
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.IfStmt:
			if st.Init == nil && c.paramCond(st.Cond, params) {
				if fails, ok := failing(st.Body); !ok {
					return nil
				} else if fails {
					guards = append(guards, guard{when: st.Cond})
				}
				if st.Else != nil {
					if fails, ok := failing(st.Else); !ok || fails {
						return nil
					}
				}
				continue
			}
		case *ast.SwitchStmt:
			if st.Init == nil && st.Tag == nil {
				var earlier []ast.Expr
				good := true
				for _, cc := range st.Body.List {
					cc := cc.(*ast.CaseClause)
					var when ast.Expr
					if len(cc.List) == 1 && c.paramCond(cc.List[0], params) {
						when = cc.List[0]
					} else if len(cc.List) != 0 {
						good = false
						break
					}
					fails, ok := failing(cc)
					if !ok {
						return nil
					}
					if fails {
						guards = append(guards, guard{when: when, unless: append([]ast.Expr(nil), earlier...)})
					}
					if when != nil {
						earlier = append(earlier, when)
					}
				}
				// A default clause comes last here in practice; one in
				// the middle would be tested after the cases that
				// follow it, which unless does not say.
				for i, cc := range st.Body.List {
					if cc.(*ast.CaseClause).List == nil && i != len(st.Body.List)-1 {
						good = false
					}
				}
				if good {
					continue
				}
			}
		}
		if fails, ok := failing(st); !ok || fails {
			return nil
		}
	}
	return guards
}

// paramCond reports whether e is made of comparisons of parameters with
// constants, joined by &&, || and !.
func (c *checker) paramCond(e ast.Expr, params map[*types.Var]bool) bool {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		_, _, ok := c.predicateOf(e, params)
		return ok
	case *ast.UnaryExpr:
		return e.Op == token.NOT && c.paramCond(e.X, params)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			return c.paramCond(e.X, params) && c.paramCond(e.Y, params)
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			side := func(e ast.Expr) bool {
				if info.Types[e].Value != nil {
					return true
				}
				v, ok := info.Uses[identOf(e)].(*types.Var)
				return ok && params[v]
			}
			return side(ast.Unparen(e.X)) && side(ast.Unparen(e.Y))
		}
	}
	return false
}

// predicateOf returns the parameter and the method of a condition
// p.M() that calls a method without arguments returning a bool on a
// parameter (t.IsZero()).
func (c *checker) predicateOf(call *ast.CallExpr, params map[*types.Var]bool) (*types.Var, string, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return nil, "", false
	}
	v, ok := c.pass.TypesInfo.Uses[identOf(sel.X)].(*types.Var)
	if !ok || !params[v] {
		return nil, "", false
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok {
		return nil, "", false
	}
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 || !types.Identical(res.At(0).Type(), types.Typ[types.Bool]) {
		return nil, "", false
	}
	return v, fn.Name(), true
}

// nowChain reports whether e is time.Now() followed by UTC(), Local() or
// Add of a constant that is not negative: a time that is not zero.
func (c *checker) nowChain(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "time" {
		return false
	}
	if fn.Name() == "Now" && fn.Type().(*types.Signature).Recv() == nil {
		return true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isNamed(c.pass.TypesInfo.TypeOf(sel.X), "time", "Time") {
		return false
	}
	switch fn.Name() {
	case "UTC", "Local":
		return len(call.Args) == 0 && c.nowChain(sel.X)
	case "Add":
		if len(call.Args) != 1 {
			return false
		}
		d := c.pass.TypesInfo.Types[call.Args[0]].Value
		return d != nil && d.Kind() == constant.Int && constant.Sign(d) >= 0 && c.nowChain(sel.X)
	}
	return false
}

// tri is a truth value that may be unknown.
type tri int

const (
	unknown tri = iota
	isTrue
	isFalse
)

func (t tri) not() tri {
	switch t {
	case isTrue:
		return isFalse
	case isFalse:
		return isTrue
	}
	return unknown
}

// fact says that expr (by its source text) compares to a constant.
type fact struct {
	expr string
	op   token.Token
	val  constant.Value
}

// guardedInfallible reports whether call, of a function of the package
// whose errors are guarded, passes arguments that make every guard false.
func (c *checker) guardedInfallible(fn *types.Func, call *ast.CallExpr) bool {
	if fn.Pkg() != c.pass.Pkg || call.Ellipsis.IsValid() {
		return false
	}
	guards, ok := c.guardsOf(fn)
	if !ok || len(guards) == 0 {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != len(call.Args) {
		return false
	}
	args := map[*types.Var]ast.Expr{}
	for i := range sig.Params().Len() {
		args[sig.Params().At(i)] = call.Args[i]
	}
	facts := c.factsAt(call)
	for _, g := range guards {
		v := isTrue
		if g.when != nil {
			v = c.evalCond(g.when, args, facts)
		}
		for _, u := range g.unless {
			v = and(v, c.evalCond(u, args, facts).not())
		}
		if v != isFalse {
			return false
		}
	}
	return true
}

func and(a, b tri) tri {
	switch {
	case a == isFalse || b == isFalse:
		return isFalse
	case a == isTrue && b == isTrue:
		return isTrue
	}
	return unknown
}

func or(a, b tri) tri { return and(a.not(), b.not()).not() }

// evalCond evaluates e, a condition of the callee over its parameters,
// for the arguments of a call and what is known where the call is.
func (c *checker) evalCond(e ast.Expr, args map[*types.Var]ast.Expr, facts []fact) tri {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		// p.M(): what the call site knows of arg.M(), or a time.Now()
		// that is not zero.
		sel := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		v, _ := info.Uses[identOf(sel.X)].(*types.Var)
		arg := args[v]
		if arg == nil {
			return unknown
		}
		if sel.Sel.Name == "IsZero" && isNamed(info.TypeOf(arg), "time", "Time") && c.nowChain(arg) {
			return isFalse
		}
		key := types.ExprString(arg) + "." + sel.Sel.Name + "()"
		for _, f := range facts {
			if f.expr == key && f.op == token.EQL && f.val.Kind() == constant.Bool {
				if constant.BoolVal(f.val) {
					return isTrue
				}
				return isFalse
			}
		}
		return unknown
	case *ast.UnaryExpr:
		return c.evalCond(e.X, args, facts).not()
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return and(c.evalCond(e.X, args, facts), c.evalCond(e.Y, args, facts))
		case token.LOR:
			return or(c.evalCond(e.X, args, facts), c.evalCond(e.Y, args, facts))
		}
		// Each side is a constant, or an argument the call passes.
		side := func(e ast.Expr) (constant.Value, string) {
			e = ast.Unparen(e)
			if k := info.Types[e].Value; k != nil {
				return k, ""
			}
			v, _ := info.Uses[identOf(e)].(*types.Var)
			arg := args[v]
			if arg == nil {
				return nil, ""
			}
			if k := info.Types[arg].Value; k != nil {
				return k, ""
			}
			return nil, types.ExprString(arg)
		}
		xk, xs := side(e.X)
		yk, ys := side(e.Y)
		op := e.Op
		switch {
		case xk != nil && yk != nil:
			return compare(xk, op, yk)
		case xk != nil && ys != "":
			xs, yk, op = ys, xk, cmpop.Mirror(op) // the constant on the right
		}
		if xs == "" || yk == nil {
			return unknown
		}
		if arg := argOf(xs, args); arg != nil && nonNegative(info, arg) {
			// len(b), int64(len(b)): never negative.
			if t := implies(fact{expr: xs, op: token.GEQ, val: constant.MakeInt64(0)}, op, yk); t != unknown {
				return t
			}
		}
		for _, f := range facts {
			if f.expr == xs {
				if t := implies(f, op, yk); t != unknown {
					return t
				}
			}
		}
	}
	return unknown
}

// argOf returns the argument, among args, whose source text is s.
func argOf(s string, args map[*types.Var]ast.Expr) ast.Expr {
	for _, a := range args {
		if types.ExprString(a) == s {
			return a
		}
	}
	return nil
}

// nonNegative reports whether e is len or cap of something, possibly
// converted to another integer type.
func nonNegative(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			return nonNegative(info, call.Args[0]) // int64(len(b))
		}
		return false
	}
	b, ok := typeutil.Callee(info, call).(*types.Builtin)
	return ok && (b.Name() == "len" || b.Name() == "cap")
}

func compare(a constant.Value, op token.Token, b constant.Value) (t tri) {
	defer func() {
		if recover() != nil { // values of different kinds
			t = unknown
		}
	}()
	if a.Kind() != b.Kind() && (!isNumeric(a) || !isNumeric(b)) {
		return unknown
	}
	if constant.Compare(a, op, b) {
		return isTrue
	}
	return isFalse
}

func isNumeric(v constant.Value) bool {
	return v.Kind() == constant.Int || v.Kind() == constant.Float
}

// implies says what x op k is when f holds of x: true, false, or unknown.
// The predicates are half-lines or points, so their truth changes only at
// their constants: it is enough to try the values at and beside them, and
// values far on either side.
func implies(f fact, op token.Token, k constant.Value) tri {
	var points []constant.Value
	switch {
	case f.val.Kind() == constant.Int && k.Kind() == constant.Int:
		one := constant.MakeInt64(1)
		for _, p := range []constant.Value{f.val, k} {
			points = append(points, constant.BinaryOp(p, token.SUB, one), p, constant.BinaryOp(p, token.ADD, one))
		}
		points = append(points, constant.MakeInt64(math.MinInt64), constant.MakeUint64(math.MaxUint64))
	case f.val.Kind() == constant.String && k.Kind() == constant.String && (op == token.EQL || op == token.NEQ) && (f.op == token.EQL || f.op == token.NEQ):
		points = []constant.Value{f.val, k, constant.MakeString(constant.StringVal(f.val) + constant.StringVal(k) + "\x00")}
	default:
		return unknown
	}
	sawTrue, sawFalse := false, false
	for _, p := range points {
		if compare(p, f.op, f.val) != isTrue {
			continue
		}
		switch compare(p, op, k) {
		case isTrue:
			sawTrue = true
		case isFalse:
			sawFalse = true
		default:
			return unknown
		}
	}
	switch {
	case sawTrue && !sawFalse:
		return isTrue
	case sawFalse && !sawTrue:
		return isFalse
	}
	return unknown
}

// factsAt returns what the if statements around call say about
// expressions compared with constants: the conjuncts of the condition of
// an if whose body holds the call, the negation of the condition of one
// whose else holds it, and the negation of the condition of an if before
// the call in an enclosing block whose body ends in a return, break,
// continue or panic. A fact about an expression whose variable is assigned
// between the condition and the call is dropped.
func (c *checker) factsAt(call *ast.CallExpr) []fact {
	var file *ast.File
	for _, f := range c.pass.Files {
		if f.FileStart <= call.Pos() && call.End() <= f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	var facts []fact
	add := func(cond ast.Expr, val bool, from token.Pos) {
		for _, f := range c.condFacts(cond, val) {
			if !c.reassigned(path, f.expr, from, call.Pos()) {
				facts = append(facts, f)
			}
		}
	}
	for i, n := range path {
		if _, ok := n.(*ast.FuncLit); ok {
			break
		}
		if _, ok := n.(*ast.FuncDecl); ok {
			break
		}
		var child ast.Node
		if i > 0 {
			child = path[i-1]
		}
		switch n := n.(type) {
		case *ast.IfStmt:
			if child == n.Body {
				add(n.Cond, true, n.Cond.End())
			} else if child != nil && child == n.Else {
				add(n.Cond, false, n.Cond.End())
			}
		case *ast.BlockStmt:
			for _, st := range n.List {
				if st.End() > call.Pos() {
					break
				}
				if ifs, ok := st.(*ast.IfStmt); ok && ifs.Init == nil && ifs.Else == nil && leaves(ifs.Body) {
					add(ifs.Cond, false, ifs.End())
				}
			}
		}
	}
	return facts
}

// leaves reports whether body ends in a return, break, continue, goto or
// panic: the code after its if runs only when the condition is false.
func leaves(body *ast.BlockStmt) bool {
	if len(body.List) == 0 {
		return false
	}
	switch st := body.List[len(body.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(st.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return ok && id.Name == "panic"
	}
	return false
}

// condFacts returns the comparisons with constants that cond having the
// value val implies: the conjuncts of a true &&, the negated disjuncts of
// a false ||. The compared expression must be a variable, a field, or a
// method call without arguments (st.Size()), which reads the same value
// twice in the code this was found on.
func (c *checker) condFacts(cond ast.Expr, val bool) []fact {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(cond).(type) {
	case *ast.CallExpr:
		// if !t.IsZero() { ... }: a predicate method without arguments.
		if len(e.Args) == 0 && stableExpr(e) && types.Identical(info.TypeOf(e), types.Typ[types.Bool]) {
			return []fact{{expr: types.ExprString(e), op: token.EQL, val: constant.MakeBool(val)}}
		}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return c.condFacts(e.X, !val)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if val {
				return append(c.condFacts(e.X, true), c.condFacts(e.Y, true)...)
			}
			return nil
		case token.LOR:
			if !val {
				return append(c.condFacts(e.X, false), c.condFacts(e.Y, false)...)
			}
			return nil
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			x, y, op := ast.Unparen(e.X), ast.Unparen(e.Y), e.Op
			if info.Types[x].Value != nil {
				x, y, op = y, x, cmpop.Mirror(op)
			}
			k := info.Types[y].Value
			if k == nil || info.Types[x].Value != nil || !stableExpr(x) {
				return nil
			}
			if !val {
				op, _ = cmpop.Negate(op)
			}
			return []fact{{expr: types.ExprString(x), op: op, val: k}}
		}
	}
	return nil
}

// stableExpr reports whether e is an identifier, a selector chain of one,
// or such a chain ending in a method call without arguments.
func stableExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return stableExpr(e.X)
	case *ast.CallExpr:
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		return ok && len(e.Args) == 0 && stableExpr(sel.X)
	}
	return false
}

// reassigned reports whether the variable at the root of the expression
// written expr is assigned, incremented or has its address taken, in the
// function around path, between from and to.
func (c *checker) reassigned(path []ast.Node, expr string, from, to token.Pos) bool {
	var body ast.Node
	for _, n := range path {
		if _, ok := n.(*ast.FuncLit); ok {
			body = n
			break
		}
		if _, ok := n.(*ast.FuncDecl); ok {
			body = n
			break
		}
	}
	if body == nil {
		return true
	}
	root := expr
	for i, r := range expr {
		if r == '.' || r == '(' || r == '[' {
			root = expr[:i]
			break
		}
	}
	hit := false
	check := func(e ast.Expr) {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.SelectorExpr:
				e = x.X
				continue
			case *ast.IndexExpr:
				e = x.X
				continue
			case *ast.StarExpr:
				e = x.X
				continue
			case *ast.Ident:
				if x.Name == root {
					hit = true
				}
			}
			return
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || n.End() < from || n.Pos() > to {
			return n == nil || n.Pos() <= to
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Pos() >= from {
				for _, l := range n.Lhs {
					check(l)
				}
			}
		case *ast.IncDecStmt:
			if n.Pos() >= from {
				check(n.X)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && n.Pos() >= from {
				check(n.X)
			}
		case *ast.RangeStmt:
			if n.Pos() >= from {
				check(n.Key)
				check(n.Value)
			}
		}
		return !hit
	})
	return hit
}
