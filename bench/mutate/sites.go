package main

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/typeutil"
)

// Sites are found by type information alone, never by the rules being
// measured: a code site is a comparison of an expression of a code type
// with a constant, an error check is a call of errors.Is or errors.As, a
// predicate func(error) bool, a comparison with a sentinel or a code
// function of the error, and a checked call is an assignment of an API
// call's error followed by if err != nil.

var errorType = types.Universe.Lookup("error").Type()

// fileCtx is one file of a loaded package, with what the finders need.
type fileCtx struct {
	pkg  *packages.Package
	file *ast.File
	src  []byte
	name string // absolute path
	dir  string // the package's directory
	// uses lists, for each local error variable, where it is referenced.
	uses map[*types.Var][]use
	// decls maps the package's functions to their declarations.
	decls map[*types.Func]*ast.FuncDecl
}

type use struct {
	id    *ast.Ident
	fn    ast.Node // innermost enclosing FuncDecl or FuncLit
	write bool     // the left side of an assignment
	addr  bool     // the operand of &
}

func (c *fileCtx) info() *types.Info { return c.pkg.TypesInfo }

func (c *fileCtx) off(p token.Pos) int { return c.pkg.Fset.Position(p).Offset }

func (c *fileCtx) line(p token.Pos) int { return c.pkg.Fset.Position(p).Line }

func (c *fileCtx) text(n ast.Node) string { return string(c.src[c.off(n.Pos()):c.off(n.End())]) }

// localErr is the local variable of type error that e names, or nil.
func (c *fileCtx) localErr(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj := c.info().ObjectOf(id)
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Parent() == nil || v.Parent() == c.pkg.Types.Scope() || v.Pkg() != c.pkg.Types {
		return nil
	}
	if !types.Identical(v.Type(), errorType) {
		return nil
	}
	return v
}

// check is an error check on one local error variable.
type check struct {
	kind   string // "is", "as", "pred", "eq", "code", "nonnil"
	v      *types.Var
	target types.Type // for "as": the type errors.As looks for
	zero   bool       // for "code": compared with the zero code (codes.OK), true for a nil error
	atom   bool       // the condition is the check alone, not check && more
}

// checkOf reads cond as an error check: the check itself, or a check && a
// condition without side effects.
func (c *fileCtx) checkOf(cond ast.Expr) (check, bool) {
	cond = ast.Unparen(cond)
	if b, ok := cond.(*ast.BinaryExpr); ok && b.Op == token.LAND {
		ch, ok := c.checkOf(b.X)
		if !ok || !c.pure(b.Y) {
			return check{}, false
		}
		ch.atom = false
		return ch, true
	}
	ch, ok := c.atomOf(cond)
	ch.atom = true
	return ch, ok
}

func (c *fileCtx) atomOf(e ast.Expr) (check, bool) {
	switch e := e.(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(c.info(), e).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(e.Args) == 0 {
			return check{}, false
		}
		v := c.localErr(e.Args[0])
		if v == nil {
			return check{}, false
		}
		if fn.Pkg().Path() == "errors" && len(e.Args) == 2 {
			switch fn.Name() {
			case "Is":
				// errors.Is(err, nil) is true of a nil error: not a check
				// that err != nil shadows.
				if c.info().Types[e.Args[1]].IsNil() {
					return check{}, false
				}
				return check{kind: "is", v: v}, true
			case "As":
				t, ok := c.info().TypeOf(e.Args[1]).(*types.Pointer)
				if !ok {
					return check{}, false
				}
				return check{kind: "as", v: v, target: t.Elem()}, true
			}
			return check{}, false
		}
		if isPredicate(fn) && !strings.Contains(strings.ToLower(fn.Name()), "nil") {
			return check{kind: "pred", v: v}, true
		}
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ {
			return check{}, false
		}
		for _, xy := range [][2]ast.Expr{{e.X, e.Y}, {e.Y, e.X}} {
			x, y := xy[0], xy[1]
			if v := c.localErr(x); v != nil {
				if e.Op == token.NEQ && c.info().Types[y].IsNil() {
					return check{kind: "nonnil", v: v}, true
				}
				if e.Op == token.EQL && c.isSentinel(y) {
					return check{kind: "eq", v: v}, true
				}
				continue
			}
			call, ok := ast.Unparen(x).(*ast.CallExpr)
			if !ok || e.Op != token.EQL || len(call.Args) != 1 {
				continue
			}
			fn, _ := typeutil.Callee(c.info(), call).(*types.Func)
			tv := c.info().Types[y]
			if fn == nil || tv.Value == nil || !isCodeFunc(fn) {
				continue
			}
			if v := c.localErr(call.Args[0]); v != nil {
				return check{kind: "code", v: v, zero: isZero(tv.Value)}, true
			}
		}
	}
	return check{}, false
}

// isPredicate: a package-level function whose first parameter is an
// error and whose one result is a bool (apierrors.IsNotFound,
// bloberror.HasCode).
func isPredicate(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() != nil || sig.Params().Len() == 0 || sig.Results().Len() != 1 {
		return false
	}
	if !types.Identical(sig.Params().At(0).Type(), errorType) {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// isCodeFunc: a package-level function of one error returning one value
// that is not a bool (status.Code, apierrors.ReasonForError).
func isCodeFunc(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	if !types.Identical(sig.Params().At(0).Type(), errorType) {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0
}

func isZero(v constant.Value) bool {
	switch v.Kind() {
	case constant.Int:
		return constant.Sign(v) == 0
	case constant.String:
		return constant.StringVal(v) == ""
	case constant.Bool:
		return !constant.BoolVal(v)
	case constant.Float:
		return constant.Sign(v) == 0
	}
	return false
}

// isSentinel: a package-level variable whose type implements error.
func (c *fileCtx) isSentinel(e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	v, ok := c.info().ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return false
	}
	return types.Implements(v.Type(), errorType.Underlying().(*types.Interface))
}

// pure: an expression without calls other than methods without arguments
// and conversions, and without receives.
func (c *fileCtx) pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv := c.info().Types[n.Fun]; tv.IsType() {
				return true
			}
			if len(n.Args) > 0 {
				ok = false
			}
			if _, isSel := n.Fun.(*ast.SelectorExpr); !isSel {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.FuncLit:
			ok = false
		}
		return ok
	})
	return ok
}

// chain is an if / else-if chain, a tagless switch or a type switch.
type chain struct {
	kind     string // "if", "switch", "typeswitch"
	node     ast.Stmt
	ifs      []*ast.IfStmt     // kind "if"
	elseBody *ast.BlockStmt    // kind "if": the final else, if any
	clauses  []*ast.CaseClause // switches
	v        *types.Var        // typeswitch: the switched error
}

// codeSite is a constant compared with an error code.
type codeSite struct {
	class string          // "string", "int", "grpc", "k8s", "http"
	value ast.Expr        // the constant
	cmp   ast.Node        // the comparison, case clause or call it is in
	val   constant.Value  // its value
	known map[string]bool // constant.Value.ExactString() of the known codes
}

// checkedCall is an API call whose error is assigned to a local variable
// and checked at once: v := call(); if v != nil {...}, or the same with
// the assignment in the if's init.
type checkedCall struct {
	assign *ast.AssignStmt
	call   *ast.CallExpr
	fn     *types.Func
	v      *types.Var
	ifs    *ast.IfStmt
	init   bool       // the assignment is the if's init
	list   []ast.Stmt // the statement list holding the assignment (not init)
	index  int        // of the assignment in list
	fnNode ast.Node   // enclosing FuncDecl or FuncLit
	inLoop bool       // inside a for or range statement of the function
}

// guardable is an if whose condition is an error check on v that an
// earlier if v != nil { return } would shadow.
type guardable struct {
	ifs    *ast.IfStmt
	ch     check
	fnNode ast.Node
}

// found is everything the finders saw in one file.
type found struct {
	chains []chain
	codes  []codeSite
	calls  []checkedCall
	guards []guardable
}

// find walks one file.
func (c *fileCtx) find() *found {
	f := &found{}
	c.uses = map[*types.Var][]use{}
	elseIf := map[*ast.IfStmt]bool{}
	var stack []ast.Node
	ast.Inspect(c.file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		fnNode := enclosingFunc(stack)
		switch n := n.(type) {
		case *ast.Ident:
			if v := c.localErr(n); v != nil {
				u := use{id: n, fn: fnNode}
				if len(stack) > 0 {
					switch p := stack[len(stack)-1].(type) {
					case *ast.AssignStmt:
						for _, l := range p.Lhs {
							if l == n {
								u.write = true
							}
						}
					case *ast.UnaryExpr:
						u.addr = p.Op == token.AND
					}
				}
				c.uses[v] = append(c.uses[v], u)
			}
		case *ast.IfStmt:
			if n.Else != nil {
				if e, ok := n.Else.(*ast.IfStmt); ok {
					elseIf[e] = true
				}
			}
			if !elseIf[n] {
				f.chains = append(f.chains, c.ifChain(n))
				if ch, ok := c.checkOf(n.Cond); ok && n.Init == nil && fnNode != nil &&
					ch.kind != "nonnil" && (ch.kind != "code" || !ch.zero) {
					f.guards = append(f.guards, guardable{ifs: n, ch: ch, fnNode: fnNode})
				}
			}
		case *ast.SwitchStmt:
			if n.Tag == nil && n.Init == nil {
				f.chains = append(f.chains, chain{kind: "switch", node: n, clauses: caseClauses(n.Body)})
			} else if n.Tag != nil {
				c.switchCodes(f, n)
			}
		case *ast.TypeSwitchStmt:
			if v := c.typeSwitchVar(n); v != nil && n.Init == nil {
				f.chains = append(f.chains, chain{kind: "typeswitch", node: n, clauses: caseClauses(n.Body), v: v})
			}
		case *ast.BinaryExpr:
			c.compareCodes(f, n)
		case *ast.CallExpr:
			c.predicateCodes(f, n)
		case *ast.BlockStmt:
			c.checkedCalls(f, n.List, stack, fnNode)
		case *ast.CaseClause:
			c.checkedCalls(f, n.Body, stack, fnNode)
		case *ast.CommClause:
			c.checkedCalls(f, n.Body, stack, fnNode)
		}
		stack = append(stack, n)
		return true
	})
	return f
}

func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return stack[i]
		}
	}
	return nil
}

func inLoop(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		}
	}
	return false
}

func (c *fileCtx) ifChain(n *ast.IfStmt) chain {
	ch := chain{kind: "if", node: n}
	for cur := n; cur != nil; {
		ch.ifs = append(ch.ifs, cur)
		switch e := cur.Else.(type) {
		case *ast.IfStmt:
			cur = e
		case *ast.BlockStmt:
			ch.elseBody = e
			cur = nil
		default:
			cur = nil
		}
	}
	return ch
}

func caseClauses(b *ast.BlockStmt) []*ast.CaseClause {
	var cs []*ast.CaseClause
	for _, s := range b.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			cs = append(cs, cc)
		}
	}
	return cs
}

func (c *fileCtx) typeSwitchVar(n *ast.TypeSwitchStmt) *types.Var {
	var x ast.Expr
	switch a := n.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	case *ast.ExprStmt:
		x = a.X
	}
	ta, ok := x.(*ast.TypeAssertExpr)
	if !ok {
		return nil
	}
	return c.localErr(ta.X)
}

// codeClass says whether e yields an error code, and which codes are known.
func (c *fileCtx) codeClass(e ast.Expr) (string, map[string]bool) {
	t := c.info().TypeOf(e)
	if t == nil {
		return "", nil
	}
	if tv := c.info().Types[e]; tv.Value != nil {
		return "", nil
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != nil {
		if class, known := enumCodes(named); class != "" {
			return class, known
		}
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return "", nil
	}
	if isHTTPStatus(c.info(), e) {
		return "http", nil
	}
	return "", nil
}

// enumCodes: a named string or integer type whose name ends in Code or
// Reason and whose package declares at least two constants of it, not all
// of them powers of two (flags).
func enumCodes(named *types.Named) (string, map[string]bool) {
	obj := named.Obj()
	if !strings.HasSuffix(obj.Name(), "Code") && !strings.HasSuffix(obj.Name(), "Reason") {
		return "", nil
	}
	b, ok := named.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
		return "", nil
	}
	known := map[string]bool{}
	flags := true
	scope := obj.Pkg().Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(k.Type(), named) {
			continue
		}
		known[k.Val().ExactString()] = true
		if k.Val().Kind() != constant.Int {
			flags = false
		} else if v, exact := constant.Int64Val(k.Val()); !exact || v <= 0 || v&(v-1) != 0 {
			flags = false
		}
	}
	if len(known) < 2 || flags {
		return "", nil
	}
	switch {
	case obj.Pkg().Path() == "google.golang.org/grpc/codes":
		return "grpc", known
	case obj.Pkg().Path() == "k8s.io/apimachinery/pkg/apis/meta/v1" && obj.Name() == "StatusReason":
		return "k8s", known
	case b.Info()&types.IsString != 0:
		return "string", known
	}
	return "int", known
}

// isHTTPStatus: a field or method without arguments named StatusCode or
// HTTPStatusCode, or the Code field of googleapi.Error, metav1.Status and
// httptest.ResponseRecorder.
func isHTTPStatus(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if len(call.Args) != 0 {
			return false
		}
		e = ast.Unparen(call.Fun)
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "StatusCode", "HTTPStatusCode":
		return true
	case "Code":
		s := info.Selections[sel]
		if s == nil {
			return false
		}
		recv := s.Recv()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		named, ok := types.Unalias(recv).(*types.Named)
		if !ok || named.Obj().Pkg() == nil {
			return false
		}
		switch named.Obj().Pkg().Path() + "." + named.Obj().Name() {
		case "google.golang.org/api/googleapi.Error", "k8s.io/apimachinery/pkg/apis/meta/v1.Status", "net/http/httptest.ResponseRecorder":
			return true
		}
	}
	return false
}

func (c *fileCtx) addCode(f *found, site, value ast.Expr, cmp ast.Node) {
	class, known := c.codeClass(site)
	if class == "" {
		return
	}
	tv := c.info().Types[value]
	if tv.Value == nil {
		return
	}
	if class == "http" {
		v, exact := constant.Int64Val(tv.Value)
		if tv.Value.Kind() != constant.Int || !exact || v < 100 || v > 599 {
			return
		}
	} else if !known[tv.Value.ExactString()] {
		return // not a correct site: already an unknown code
	}
	f.codes = append(f.codes, codeSite{class: class, value: value, cmp: cmp, val: tv.Value, known: known})
}

func (c *fileCtx) compareCodes(f *found, b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	if c.info().Types[b.X].Value != nil {
		c.addCode(f, b.Y, b.X, b)
	} else if c.info().Types[b.Y].Value != nil {
		c.addCode(f, b.X, b.Y, b)
	}
}

func (c *fileCtx) switchCodes(f *found, s *ast.SwitchStmt) {
	for _, cc := range caseClauses(s.Body) {
		for _, e := range cc.List {
			c.addCode(f, s.Tag, e, e)
		}
	}
}

// predicateCodes: the code arguments of a predicate, HasCode(err, codes...).
func (c *fileCtx) predicateCodes(f *found, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(c.info(), call).(*types.Func)
	if fn == nil || !isPredicate(fn) {
		return
	}
	for _, a := range call.Args[1:] {
		t := c.info().TypeOf(a)
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pkg() == nil {
			continue
		}
		class, known := enumCodes(named)
		tv := c.info().Types[a]
		if class == "" || tv.Value == nil || !known[tv.Value.ExactString()] {
			continue
		}
		f.codes = append(f.codes, codeSite{class: class, value: a, cmp: a, val: tv.Value, known: known})
	}
}

// checkedCalls finds the checked API calls of one statement list.
func (c *fileCtx) checkedCalls(f *found, list []ast.Stmt, stack []ast.Node, fnNode ast.Node) {
	if fnNode == nil {
		return
	}
	loop := inLoop(stack)
	for i, s := range list {
		if ifs, ok := s.(*ast.IfStmt); ok && ifs.Init != nil {
			if a, ok := ifs.Init.(*ast.AssignStmt); ok {
				if cc, ok := c.checkedCall(a, ifs); ok {
					cc.init, cc.list, cc.index, cc.fnNode, cc.inLoop = true, list, i, fnNode, loop
					f.calls = append(f.calls, cc)
				}
			}
			continue
		}
		a, ok := s.(*ast.AssignStmt)
		if !ok || i+1 >= len(list) {
			continue
		}
		ifs, ok := list[i+1].(*ast.IfStmt)
		if !ok || ifs.Init != nil {
			continue
		}
		if cc, ok := c.checkedCall(a, ifs); ok {
			cc.list, cc.index, cc.fnNode, cc.inLoop = list, i, fnNode, loop
			f.calls = append(f.calls, cc)
		}
	}
}

func (c *fileCtx) checkedCall(a *ast.AssignStmt, ifs *ast.IfStmt) (checkedCall, bool) {
	if len(a.Rhs) != 1 || (a.Tok != token.DEFINE && a.Tok != token.ASSIGN) || ifs.Else != nil {
		return checkedCall{}, false
	}
	call, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return checkedCall{}, false
	}
	fn, _ := typeutil.Callee(c.info(), call).(*types.Func)
	if fn == nil || !isAPI(fn) {
		return checkedCall{}, false
	}
	res := fn.Signature().Results()
	if res.Len() != len(a.Lhs) || !types.Identical(res.At(res.Len()-1).Type(), errorType) {
		return checkedCall{}, false
	}
	v := c.localErr(a.Lhs[len(a.Lhs)-1])
	if v == nil {
		return checkedCall{}, false
	}
	ch, ok := c.atomOf(ast.Unparen(ifs.Cond))
	if !ok || ch.kind != "nonnil" || ch.v != v {
		return checkedCall{}, false
	}
	if c.alwaysNil(fn) {
		return checkedCall{}, false
	}
	return checkedCall{assign: a, call: call, fn: fn, v: v, ifs: ifs}, true
}

// isAPI: a function or method of a package outside the standard library,
// or a method of net/http's Client.
func isAPI(fn *types.Func) bool {
	path := fn.Pkg().Path()
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return true
	}
	if recv := fn.Signature().Recv(); recv != nil && path == "net/http" {
		return strings.Contains(recv.Type().String(), "Client")
	}
	return false
}

// alwaysNil: a function of the package whose every return gives a literal
// nil for the error; dropping its error loses nothing.
func (c *fileCtx) alwaysNil(fn *types.Func) bool {
	d := c.decls[fn]
	if d == nil || d.Body == nil {
		return false
	}
	all := true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				all = false
				return false
			}
			if id, ok := n.Results[len(n.Results)-1].(*ast.Ident); !ok || id.Name != "nil" {
				all = false
			}
		}
		return all
	})
	return all
}

// captured: v is referenced inside a closure other than the function that
// declares it, or its address is taken.
func (c *fileCtx) captured(v *types.Var, fnNode ast.Node) bool {
	for _, u := range c.uses[v] {
		if u.fn != fnNode || u.addr {
			return true
		}
	}
	return false
}

// isParam: v is a parameter or a named result of its function.
func isParam(v *types.Var, fnNode ast.Node) bool {
	var ft *ast.FuncType
	switch f := fnNode.(type) {
	case *ast.FuncDecl:
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	return ft != nil && v.Pos() >= ft.Pos() && v.Pos() < ft.End()
}
