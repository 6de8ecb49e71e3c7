package taxonomy

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// summarizePackage exports the facts of the package under analysis:
// sentinels and the methods of error types, which refer to each other
// (`var ErrGone = &WrapError{Err: ErrNotFound}` needs WrapError.Unwrap;
// `Unwrap() error { return ErrNotFound }` needs ErrNotFound), in two
// rounds so that declaration order does not matter; then the functions
// that never return, and the functions of an error (predicates, code
// functions), which may use all of these.
func summarizePackage(m *Model) {
	pass := m.pass
	var sentinels []sentinelDecl
	var methods, preds, all []*ast.FuncDecl
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					for _, spec := range d.Specs {
						sentinels = appendSentinelDecls(sentinels, pass.TypesInfo, spec.(*ast.ValueSpec))
					}
				}
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				all = append(all, d)
				if d.Recv != nil {
					switch d.Name.Name {
					case "Unwrap", "As", "Is":
						methods = append(methods, d)
					}
				} else {
					preds = append(preds, d)
				}
			}
		}
	}
	rounds := 2
	if len(sentinels) == 0 {
		rounds = 1 // methods alone do not depend on each other
	} else {
		// Only a package that declares error variables pays for the walk
		// that finds those assigned again.
		reassigned := packageVarsAssigned(pass.TypesInfo, pass.Files)
		sentinels = slices.DeleteFunc(sentinels, func(d sentinelDecl) bool { return reassigned[d.obj] })
	}
	for round := 0; round < rounds; round++ {
		for _, d := range sentinels {
			if f, ok := m.sentinelOf(pass.TypesInfo, d.value); ok {
				pass.ExportObjectFact(d.obj, f)
			}
		}
		for _, d := range methods {
			m.summarizeMethod(d)
		}
	}
	m.summarizeNoReturn(all)
	m.summarizeWithSSA(preds, methods)
}

// A sentinelDecl is a package-level variable of an error type with its
// initializer: a sentinel if the initializer is a certain non-nil error
// and nothing assigns the variable again.
type sentinelDecl struct {
	obj   *types.Var
	value ast.Expr
}

func appendSentinelDecls(out []sentinelDecl, info *types.Info, spec *ast.ValueSpec) []sentinelDecl {
	if len(spec.Values) != len(spec.Names) {
		return out
	}
	for i, name := range spec.Names {
		obj, ok := info.Defs[name].(*types.Var)
		if ok && types.Implements(obj.Type(), errorType.Underlying().(*types.Interface)) {
			out = append(out, sentinelDecl{obj, spec.Values[i]})
		}
	}
	return out
}

// packageVarsAssigned returns the package-level variables that some
// statement of the package assigns: they are not sentinels.
func packageVarsAssigned(info *types.Info, files []*ast.File) map[types.Object]bool {
	out := make(map[types.Object]bool)
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
				out[v] = true
			}
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					mark(l)
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					mark(n.X)
				}
			}
			return true
		})
	}
	return out
}

// sentinelOf returns the fact of a sentinel initialized with e, if e is
// certainly a non-nil error.
func (m *Model) sentinelOf(info *types.Info, e ast.Expr) (*SentinelFact, bool) {
	e = ast.Unparen(e)
	if s := m.sentinel(info, e); s != nil { // var ErrAlias = ErrOther
		return &SentinelFact{Wraps: m.wrapsWith(s)}, true
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		if lit, ok := ast.Unparen(u.X).(*ast.CompositeLit); ok {
			return m.literalSentinel(info, lit, types.NewPointer(info.TypeOf(lit))), true
		}
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return m.literalSentinel(info, lit, info.TypeOf(lit)), true
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "errors.New":
		return &SentinelFact{}, true
	case "fmt.Errorf":
		f := &SentinelFact{}
		for _, arg := range wrappedArgs(info, call) {
			if s := m.sentinel(info, arg); s != nil {
				f.Wraps = union(f.Wraps, m.wrapsWith(s))
			}
		}
		return f, true
	case "errors.Join":
		f := &SentinelFact{}
		for _, arg := range call.Args {
			if s := m.sentinel(info, arg); s != nil {
				f.Wraps = union(f.Wraps, m.wrapsWith(s))
			}
		}
		return f, len(f.Wraps) > 0 // Join of nothing known may be nil
	}
	return nil, false
}

// literalSentinel summarizes a sentinel built as a composite literal of an
// error type: its dynamic type, and the sentinel it holds in the field its
// Unwrap method returns.
func (m *Model) literalSentinel(info *types.Info, lit *ast.CompositeLit, t types.Type) *SentinelFact {
	f := &SentinelFact{}
	if key, ok := typeKey(t); ok {
		f.Type = key
	}
	for _, name := range []string{"Unwrap", "Is"} {
		mf, ok := m.methodFact(t, name)
		if !ok {
			continue
		}
		f.Wraps = union(f.Wraps, mf.Sentinels)
		if mf.Field == "" {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == mf.Field {
				if s := m.sentinel(info, kv.Value); s != nil {
					f.Wraps = union(f.Wraps, m.wrapsWith(s))
				}
			}
		}
	}
	return f
}

// wrappedArgs returns the arguments of a fmt.Errorf call that its format
// wraps with %w. Explicit argument indexes make it give up.
func wrappedArgs(info *types.Info, call *ast.CallExpr) []ast.Expr {
	if len(call.Args) == 0 {
		return nil
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	format := constant.StringVal(tv.Value)
	var out []ast.Expr
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			switch format[i] {
			case '[':
				return nil
			case '*':
				arg++
			}
			i++
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		if format[i] == 'w' && arg < len(call.Args) {
			out = append(out, call.Args[arg])
		}
		arg++
	}
	return out
}

func (m *Model) summarizeMethod(d *ast.FuncDecl) {
	info := m.pass.TypesInfo
	fn, ok := info.Defs[d.Name].(*types.Func)
	if !ok {
		return
	}
	sig := fn.Signature()
	recv := sig.Recv()
	if recv == nil || len(d.Recv.List) != 1 || len(d.Recv.List[0].Names) != 1 {
		return
	}
	recvObj := info.Defs[d.Recv.List[0].Names[0]]
	var f *MethodFact
	switch d.Name.Name {
	case "Unwrap":
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 && isErrorInterface(sig.Results().At(0).Type()) {
			f = m.summarizeUnwrap(d, recvObj)
		}
	case "As":
		if sig.Params().Len() == 1 && sig.Results().Len() == 1 {
			f = m.summarizeAs(d, recvObj)
		}
	case "Is":
		if sig.Params().Len() == 1 && sig.Results().Len() == 1 && isErrorInterface(sig.Params().At(0).Type()) {
			f = m.summarizeIs(d)
		}
	}
	if f != nil && (len(f.Types) > 0 || len(f.Sentinels) > 0 || f.Field != "") {
		m.pass.ExportObjectFact(fn, f)
	}
}

// summarizeUnwrap keeps what every return of an Unwrap method provides:
// a concrete type (`return &e.NotFound`) or a sentinel (`return ErrNotFound`).
// An interface-typed result (`return e.Err`) may be nil and proves nothing,
// but its field is recorded so that sentinel literals setting it count.
func (m *Model) summarizeUnwrap(d *ast.FuncDecl, recv types.Object) *MethodFact {
	info := m.pass.TypesInfo
	f := &MethodFact{}
	first := true
	returns := 0
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			var provided, sentinels []string
			if len(n.Results) == 1 {
				r := ast.Unparen(n.Results[0])
				if t := info.TypeOf(r); t != nil && !types.IsInterface(t) {
					if key, ok := typeKey(t); ok {
						provided = []string{key}
					}
				}
				if s := m.sentinel(info, r); s != nil {
					sentinels = m.wrapsWith(s)
				}
				if sel, ok := r.(*ast.SelectorExpr); ok && recv != nil && identObj(info, sel.X) == recv {
					f.Field = sel.Sel.Name
				}
			}
			if first {
				f.Types, f.Sentinels, first = provided, sentinels, false
			} else {
				f.Types, f.Sentinels = intersection(f.Types, provided), intersection(f.Sentinels, sentinels)
			}
		}
		return true
	})
	if returns != 1 {
		f.Field = ""
	}
	return f
}

// summarizeAs recognizes an As method that delegates to a field of concrete
// type: `return errors.As(e.ResponseError, target)`.
func (m *Model) summarizeAs(d *ast.FuncDecl, recv types.Object) *MethodFact {
	info := m.pass.TypesInfo
	result, param := onlyReturn(d)
	if result == nil {
		return nil
	}
	call, ok := ast.Unparen(result).(*ast.CallExpr)
	if !ok || !isErrorsFunc(info, call, "As") || len(call.Args) != 2 {
		return nil
	}
	if identObj(info, call.Args[1]) != info.Defs[param] {
		return nil
	}
	sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
	if !ok || identObj(info, sel.X) != recv {
		return nil
	}
	t := info.TypeOf(sel)
	if t == nil || types.IsInterface(t) {
		return nil
	}
	key, ok := typeKey(t)
	if !ok {
		return nil
	}
	return &MethodFact{Types: []string{key}}
}

// summarizeIs collects the sentinels an Is method compares its target
// with in a top-level disjunction: `return target == ErrA || target == ErrB`.
func (m *Model) summarizeIs(d *ast.FuncDecl) *MethodFact {
	info := m.pass.TypesInfo
	result, param := onlyReturn(d)
	if result == nil {
		return nil
	}
	target := info.Defs[param]
	f := &MethodFact{}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok {
			return
		}
		switch b.Op {
		case token.LOR:
			walk(b.X)
			walk(b.Y)
		case token.EQL:
			x, y := b.X, b.Y
			if identObj(info, y) == target {
				x, y = y, x
			}
			if identObj(info, x) == target {
				if s := m.sentinel(info, y); s != nil {
					f.Sentinels = union(f.Sentinels, m.wrapsWith(s))
				}
			}
		}
	}
	walk(result)
	return f
}

// onlyReturn returns the result of a one-parameter method whose body is a
// single `return <result>`, and the parameter's name; nil otherwise.
func onlyReturn(d *ast.FuncDecl) (ast.Expr, *ast.Ident) {
	if len(d.Body.List) != 1 || len(d.Type.Params.List) != 1 || len(d.Type.Params.List[0].Names) != 1 {
		return nil, nil
	}
	ret, ok := d.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil, nil
	}
	return ret.Results[0], d.Type.Params.List[0].Names[0]
}

func union(a, b []string) []string {
	for _, s := range b {
		if !contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

func intersection(a, b []string) []string {
	var out []string
	for _, s := range a {
		if contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
