package taxonomy

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/apierrlint/apierrlint/analyzer/internal/cmpop"
)

// An Env is the context in which conditions on one error are read: the
// error variable (the subject) and the variables bound to it by earlier
// statements such as `nf, ok := err.(*NotFound)`.
type Env struct {
	Info    *types.Info
	Subject *types.Var
	oks     map[types.Object]Match // ok variable -> the match it stands for
}

// NewEnv returns an Env for conditions on subject.
func NewEnv(info *types.Info, subject *types.Var) *Env {
	return &Env{Info: info, Subject: subject}
}

// Bind records what stmt binds: `v, ok := err.(T)` and
// `v, ok := errors.AsType[T](err)` make ok stand for a match of T bound to
// v. It reports whether stmt bound anything.
func (m *Model) Bind(env *Env, stmt ast.Stmt) bool {
	as, ok := stmt.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return false
	}
	okVar := identObj(env.Info, as.Lhs[1])
	if okVar == nil {
		return false
	}
	var match Match
	switch rhs := ast.Unparen(as.Rhs[0]).(type) {
	case *ast.TypeAssertExpr:
		if rhs.Type == nil || !env.isSubject(rhs.X) {
			return false
		}
		match = Match{Kind: Assert, Type: env.Info.TypeOf(rhs.Type)}
	case *ast.CallExpr:
		if !isErrorsFunc(env.Info, rhs, "AsType") || len(rhs.Args) != 1 || !env.isSubject(rhs.Args[0]) {
			return false
		}
		tup, ok := env.Info.TypeOf(rhs).(*types.Tuple)
		if !ok || tup.Len() != 2 {
			return false
		}
		match = Match{Kind: As, Type: tup.At(0).Type()}
	default:
		return false
	}
	if match.Type == nil {
		return false
	}
	match = catchAll(match)
	match.Bind = identObj(env.Info, as.Lhs[0])
	if env.oks == nil {
		env.oks = make(map[types.Object]Match)
	}
	env.oks[okVar] = match
	return true
}

// Parse returns what cond proves about the subject when it is true.
// Whatever it does not understand makes the terms it is in opaque.
func (m *Model) Parse(env *Env, cond ast.Expr) Check {
	c := m.parse(env, cond)
	for i := range c {
		c[i] = resolveRoots(c[i])
	}
	return c
}

func (m *Model) parse(env *Env, e ast.Expr) Check {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return and(m.parse(env, e.X), m.parse(env, e.Y))
		case token.LOR:
			return or(m.parse(env, e.X), m.parse(env, e.Y))
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return m.comparison(env, e.Op, e.X, e.Y)
		}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			switch x := ast.Unparen(e.X).(type) {
			case *ast.BinaryExpr:
				if neg, ok := cmpop.Negate(x.Op); ok {
					return m.comparison(env, neg, x.X, x.Y)
				}
			default:
				if c, ok := m.boolValue(env, x, false); ok {
					return c
				}
			}
		}
	case *ast.Ident:
		if match, ok := env.oks[env.Info.Uses[e]]; ok {
			return Check{{Matches: []Match{match}}}
		}
		if c, ok := m.boolValue(env, e, true); ok {
			return c
		}
	case *ast.CallExpr:
		if c, ok := m.call(env, e); ok {
			return c
		}
		if c, ok := m.boolValue(env, e, true); ok {
			return c
		}
	case *ast.SelectorExpr:
		if c, ok := m.boolValue(env, e, true); ok {
			return c
		}
	}
	return opaque()
}

// call reads errors.Is, errors.As and predicates applied to the subject.
func (m *Model) call(env *Env, call *ast.CallExpr) (Check, bool) {
	switch {
	case isErrorsFunc(env.Info, call, "Is"):
		if len(call.Args) == 2 && env.isSubject(call.Args[0]) {
			if s := m.sentinel(env.Info, call.Args[1]); s != nil {
				return Check{{Matches: []Match{{Kind: Is, Obj: s}}}}, true
			}
		}
		return nil, false
	case isErrorsFunc(env.Info, call, "As"):
		if len(call.Args) == 2 && env.isSubject(call.Args[0]) {
			if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
				if v := identObj(env.Info, u.X); v != nil {
					match := catchAll(Match{Kind: As, Type: v.Type(), Bind: v})
					return Check{{Matches: []Match{match}}}, true
				}
			}
		}
		return nil, false
	}
	fn, ok := typeutil.Callee(env.Info, call).(*types.Func)
	if !ok {
		return nil, false
	}
	subject, ok := candidateFunc(fn)
	if !ok || !isPredSig(fn.Signature()) || subject >= len(call.Args) || !env.isSubject(call.Args[subject]) {
		return nil, false
	}
	if fn.Signature().Variadic() && !call.Ellipsis.IsValid() && len(call.Args) != fn.Signature().Params().Len() {
		// The variadic arguments are not one per parameter.
		return Check{{Matches: []Match{{Kind: Pred, Obj: fn, Args: "?"}}}}, true
	}
	args := &predArgs{consts: make([]*Value, len(call.Args))}
	var texts []string
	for i, a := range call.Args {
		if i == subject {
			continue
		}
		texts = append(texts, argText(env.Info, a))
		if tv, ok := env.Info.Types[a]; ok && tv.Value != nil {
			if v, ok := valueOf(tv.Value); ok {
				args.consts[i] = &v
			}
		}
	}
	return Check{{Matches: []Match{{Kind: Pred, Obj: fn, Args: strings.Join(texts, ","), args: args}}}}, true
}

// argText names an argument of a predicate call for comparing two calls:
// a constant by its value, a variable never assigned between the two by
// its declaration, "?" for anything else, which is the same as nothing.
func argText(info *types.Info, e ast.Expr) string {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return tv.Value.ExactString() // a named constant too
	}
	return "?"
}

// comparison reads `x op y` where one side is the subject, a sentinel, nil
// or a constant, and the other a value read from the error.
func (m *Model) comparison(env *Env, op token.Token, x, y ast.Expr) Check {
	if isConst(env.Info, x) && !isConst(env.Info, y) {
		x, y = y, x
		op = cmpop.Mirror(op)
	}
	if env.isSubject(x) {
		switch {
		case isNil(env.Info, y) && op == token.NEQ:
			return Check{{Matches: []Match{{Kind: NonNil}}}}
		case op == token.EQL:
			if s := m.sentinel(env.Info, y); s != nil {
				return Check{{Matches: []Match{{Kind: Eq, Obj: s}}}}
			}
		}
		return opaque()
	}
	if env.isSubject(y) && op == token.EQL {
		if s := m.sentinel(env.Info, x); s != nil {
			return Check{{Matches: []Match{{Kind: Eq, Obj: s}}}}
		}
		return opaque()
	}
	tv, ok := env.Info.Types[y]
	if !ok || tv.Value == nil {
		return opaque()
	}
	set, ok := setFor(op, tv.Value)
	if !ok {
		return opaque()
	}
	return m.constraint(env, x, set)
}

// boolValue reads a boolean value taken from the error (`e.Temporary()`)
// as the constraint that it is want.
func (m *Model) boolValue(env *Env, e ast.Expr, want bool) (Check, bool) {
	t, ok := env.Info.TypeOf(e).Underlying().(*types.Basic)
	if !ok || t.Info()&types.IsBoolean == 0 {
		return nil, false
	}
	if _, ok := e.(*ast.Ident); ok {
		return nil, false // a boolean variable: not a value read from the error
	}
	set, _ := setFor(token.EQL, boolConst(want))
	c := m.constraint(env, e, set)
	return c, c.Known()
}

// constraint makes the constraint that the value of path e is in set.
func (m *Model) constraint(env *Env, e ast.Expr, set Set) Check {
	root, path, ok := m.path(env, e)
	if !ok {
		return opaque()
	}
	return Check{{Cons: []Constraint{{Root: -1, Path: path, Set: set, bind: root}}}}
}

// path returns how e reads a value from the error: the variable it starts
// from (nil for the subject itself) and the selectors and calls after it.
func (m *Model) path(env *Env, e ast.Expr) (types.Object, string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if env.isSubject(e) {
			return nil, "", true
		}
		if v, ok := env.Info.Uses[e].(*types.Var); ok && !v.IsField() && v.Parent() != nil &&
			v.Pkg() != nil && v.Parent() != v.Pkg().Scope() {
			return v, "", true
		}
	case *ast.SelectorExpr:
		sel, ok := env.Info.Selections[e]
		if !ok || sel.Kind() != types.FieldVal {
			return nil, "", false
		}
		root, p, ok := m.path(env, e.X)
		return root, p + "." + e.Sel.Name, ok
	case *ast.CallExpr:
		if tv, ok := env.Info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			if isBasic(tv.Type) && isBasic(env.Info.TypeOf(e.Args[0])) {
				return m.path(env, e.Args[0]) // int(e.StatusCode)
			}
			return nil, "", false
		}
		if s, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && len(e.Args) == 0 {
			if sel, ok := env.Info.Selections[s]; ok && sel.Kind() == types.MethodVal {
				root, p, ok := m.path(env, s.X)
				return root, p + "." + s.Sel.Name + "()", ok
			}
		}
		fn, ok := typeutil.Callee(env.Info, e).(*types.Func)
		if ok && fn.Pkg() != nil && len(e.Args) == 1 && env.isSubject(e.Args[0]) &&
			fn.Signature().Recv() == nil {
			return nil, fn.Pkg().Path() + "." + fn.Name() + "()", true
		}
	}
	return nil, "", false
}

func isBasic(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0
}

func (env *Env) isSubject(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && env.Info.Uses[id] == env.Subject
}

func identObj(info *types.Info, e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	return info.ObjectOf(id)
}

func isConst(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// isErrorsFunc reports whether call calls the function name of package errors.
func isErrorsFunc(info *types.Info, call *ast.CallExpr, name string) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return ok && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == "errors"
}

var errorType = types.Universe.Lookup("error").Type()

func isErrorInterface(t types.Type) bool { return types.Identical(t, errorType) }

// catchAll turns a match of a type that every error has (error, or an
// interface error implements) into NonNil, keeping its binding.
func catchAll(m Match) Match {
	if (m.Kind == As || m.Kind == Assert) && m.Type != nil && types.IsInterface(m.Type) &&
		types.AssignableTo(errorType, m.Type) {
		m.Kind, m.Type = NonNil, nil
	}
	return m
}

// resolveRoots replaces the pending roots of t's constraints by the index of
// the match that binds each root variable; a constraint on a variable no
// match of t binds makes t opaque.
func resolveRoots(t Term) Term {
	cons := t.Cons
	t.Cons = nil
	for _, c := range cons {
		if c.bind != nil {
			for j, mt := range t.Matches {
				if mt.Bind == c.bind {
					c.Root = j
				}
			}
			if c.Root < 0 {
				t.Opaque = true
				continue
			}
			c.bind = nil
		}
		t.Cons = addConstraint(t.Cons, c)
	}
	return t
}

func boolConst(b bool) constant.Value { return constant.MakeBool(b) }

// CaseCheck returns the check of a type switch case or type assertion to
// t: the error itself is a t; every error, when error implements t.
func CaseCheck(t types.Type) Check {
	return Check{{Matches: []Match{catchAll(Match{Kind: Assert, Type: t})}}}
}

// EqCheck returns the check `err == s` where s is a sentinel, if it is one.
func (m *Model) EqCheck(info *types.Info, s ast.Expr) Check {
	if obj := m.sentinel(info, s); obj != nil {
		return Check{{Matches: []Match{{Kind: Eq, Obj: obj}}}}
	}
	return nil
}

// IsErrorVar reports whether obj is a local variable (or parameter) of an
// interface type that error implements, the kind of value checks test.
func IsErrorVar(obj types.Object) (*types.Var, bool) {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	t := v.Type()
	if !types.IsInterface(t) || !types.Implements(t, errorType.Underlying().(*types.Interface)) {
		return nil, false
	}
	if _, isParam := types.Unalias(t).(*types.TypeParam); isParam {
		return nil, false
	}
	return v, true
}
