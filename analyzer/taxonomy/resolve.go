package taxonomy

// typeKey names a named type, or a pointer to one, declared at package
// level and not generic: "*example.com/api.NotFound".

import (
	"go/ast"
	"go/types"
	"strings"
)

func typeKey(t types.Type) (string, bool) {
	prefix := ""
	if p, ok := t.(*types.Pointer); ok {
		prefix, t = "*", p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.TypeParams() != nil || n.TypeArgs() != nil {
		return "", false
	}
	obj := n.Obj()
	if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return "", false
	}
	return prefix + obj.Pkg().Path() + "." + obj.Name(), true
}

// objKey names a package-level object: "example.com/api.ErrNotFound".
func objKey(obj types.Object) (string, bool) {
	if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return "", false
	}
	return obj.Pkg().Path() + "." + obj.Name(), true
}

// resolveObject finds the object a key names in the import graph of the
// package under analysis.
func (m *Model) resolveObject(key string) types.Object {
	i := strings.LastIndexByte(key, '.')
	if i < 0 {
		return nil
	}
	pkg := m.lookupPackage(key[:i])
	if pkg == nil {
		return nil
	}
	return pkg.Scope().Lookup(key[i+1:])
}

// resolveType finds the type a typeKey names, or nil.
func (m *Model) resolveType(key string) types.Type {
	ptr := strings.HasPrefix(key, "*")
	tn, ok := m.resolveObject(strings.TrimPrefix(key, "*")).(*types.TypeName)
	if !ok {
		return nil
	}
	if ptr {
		return types.NewPointer(tn.Type())
	}
	return tn.Type()
}

// sentinel returns the sentinel variable e refers to, or nil.
func (m *Model) sentinel(info *types.Info, e ast.Expr) types.Object {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	return m.sentinelObj(info.Uses[id])
}

// sentinelFact returns the fact of a sentinel variable.
func (m *Model) sentinelFact(obj types.Object) (SentinelFact, bool) {
	var f SentinelFact
	ok := obj != nil && m.pass.ImportObjectFact(obj, &f)
	return f, ok
}

// wrapsWith returns the key of sentinel s and of every sentinel it wraps.
func (m *Model) wrapsWith(s types.Object) []string {
	key, ok := objKey(s)
	if !ok {
		return nil
	}
	f, _ := m.sentinelFact(s)
	return union([]string{key}, f.Wraps)
}

// methodFact returns the summary of method name of type t, found as
// errors.Unwrap, errors.As and errors.Is find it: in t's method set,
// promoted methods included.
func (m *Model) methodFact(t types.Type, name string) (MethodFact, bool) {
	var f MethodFact
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return f, false
	}
	return f, m.pass.ImportObjectFact(fn.Origin(), &f)
}

// sentinelObj returns obj if it is a sentinel error variable.
func (m *Model) sentinelObj(obj types.Object) types.Object {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	var f SentinelFact
	if !m.pass.ImportObjectFact(v, &f) {
		return nil
	}
	return v
}
