package taxonomy

// Relations through a stored field: stripe-go's *Error unwraps to the
// typed error it keeps in its Err field, and every *CardError the client
// builds is stored into an Error's Err, never returned on its own. So
// errors.As to *stripe.Error before errors.As to *stripe.CardError
// shadows the card branch for every error the client returns. The types
// alone do not show it (Err is an interface field); the client's code
// does, and StoredFact says so.

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"
)

// StoredFact marks an error type of which every value its package builds
// is stored into one field of another error type, the field that type's
// Unwrap method returns: `raw.Error.Err = &CardError{...}`.
type StoredFact struct {
	In    string // the type holding it: "*github.com/stripe/stripe-go/v84.Error"
	Field string // the field: "Err"
}

func (*StoredFact) AFact() {}
func (f *StoredFact) String() string {
	return fmt.Sprintf("stored(in=%s field=%s)", f.In, f.Field)
}

// A storedBase is a pointer to a struct type of the package whose Unwrap
// returns one of its fields: where specific errors may be stored.
type storedBase struct {
	ptr   *types.Pointer
	field string
}

// storedCandidates returns the bases of the package and, for each error
// type of the package that could be stored in one, the declarations that
// build it (with `&T{...}` or new(T)). A type built in any other way (a
// value of the type itself in a variable, a field, a parameter or a
// conversion; a literal outside a function) is left out: its values could
// go anywhere.
func (m *Model) storedCandidates(methods []*ast.FuncDecl) ([]storedBase, map[*types.TypeName][]*ast.FuncDecl) {
	info := m.pass.TypesInfo
	var bases []storedBase
	for _, d := range methods {
		if d.Name.Name != "Unwrap" {
			continue
		}
		fn, ok := info.Defs[d.Name].(*types.Func)
		if !ok {
			continue
		}
		var f MethodFact
		if !m.pass.ImportObjectFact(fn, &f) || f.Field == "" {
			continue
		}
		if ptr, ok := fn.Signature().Recv().Type().(*types.Pointer); ok {
			bases = append(bases, storedBase{ptr, f.Field})
		}
	}
	if len(bases) == 0 {
		return nil, nil
	}
	errIface := errorType.Underlying().(*types.Interface)
	// Only an exported error type can be named by errors.As in another
	// package, the only kind of package the fact serves (the declaring
	// one builds the type itself). Without one, there is nothing to walk.
	exported := false
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() || !types.Implements(types.NewPointer(tn.Type()), errIface) {
			continue
		}
		isBase := false
		for _, b := range bases {
			isBase = isBase || types.Identical(b.ptr.Elem(), tn.Type())
		}
		if !isBase {
			exported = true
			break
		}
	}
	if !exported {
		return nil, nil
	}
	cands := make(map[*types.TypeName][]*ast.FuncDecl)
	bad := make(map[*types.TypeName]bool)
	candidate := func(t types.Type) *types.TypeName {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != m.pass.Pkg || n.TypeParams() != nil || !n.Obj().Exported() {
			return nil
		}
		if _, ok := n.Underlying().(*types.Struct); !ok || !types.Implements(types.NewPointer(n), errIface) {
			return nil
		}
		for _, b := range bases {
			if types.Identical(b.ptr.Elem(), n) {
				return nil // a base is not stored in itself
			}
		}
		return n.Obj()
	}
	for _, f := range m.pass.Files {
		var fd *ast.FuncDecl
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				fd = n
				if n.Recv != nil {
					// A method's receiver of type T (not *T) is a value of T.
					for _, field := range n.Recv.List {
						if tn := candidate(info.TypeOf(field.Type)); tn != nil {
							bad[tn] = true
						}
					}
				}
				if n.Body != nil {
					ast.Inspect(n.Body, visit)
				}
				fd = nil
				return false
			case *ast.CompositeLit:
				tn := candidate(info.TypeOf(n))
				if tn == nil {
					return true
				}
				if fd == nil {
					bad[tn] = true // built in a package-level initializer
					return true
				}
				cands[tn] = addDecl(cands[tn], fd)
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "new" && len(n.Args) == 1 {
					if _, ok := info.Uses[id].(*types.Builtin); ok {
						if tn := candidate(info.TypeOf(n.Args[0])); tn != nil {
							if fd == nil {
								bad[tn] = true
							} else {
								cands[tn] = addDecl(cands[tn], fd)
							}
						}
					}
				}
				if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
					if tn := candidate(tv.Type); tn != nil {
						bad[tn] = true // a conversion to T
					}
				}
			case *ast.ValueSpec:
				if n.Type != nil {
					if tn := candidate(info.TypeOf(n.Type)); tn != nil {
						bad[tn] = true
					}
				}
			case *ast.Field:
				if tn := candidate(info.TypeOf(n.Type)); tn != nil {
					bad[tn] = true // a field, parameter or result of type T
				}
			}
			return true
		}
		ast.Inspect(f, visit)
	}
	for tn := range bad {
		delete(cands, tn)
	}
	return bases, cands
}

func addDecl(list []*ast.FuncDecl, d *ast.FuncDecl) []*ast.FuncDecl {
	if slices.Contains(list, d) {
		return list
	}
	return append(list, d)
}

// proveStored exports a StoredFact for each candidate whose every value,
// in the SSA form of the functions that build it, flows only into the
// field of one base.
func (m *Model) proveStored(bases []storedBase, cands map[*types.TypeName][]*ast.FuncDecl, funcs map[*types.Func]*ssa.Function) {
	info := m.pass.TypesInfo
	for tn, decls := range cands {
		ptr := types.NewPointer(tn.Type())
		var into *storedBase
		ok := true
		for _, d := range decls {
			fn, isFn := info.Defs[d.Name].(*types.Func)
			f := funcs[fn]
			if !isFn || f == nil {
				ok = false
				break
			}
			if !eachFunc(f, func(f *ssa.Function) bool {
				for _, b := range f.Blocks {
					for _, instr := range b.Instrs {
						a, isAlloc := instr.(*ssa.Alloc)
						if !isAlloc || !types.Identical(a.Type(), ptr) {
							continue
						}
						base, flows := storedOnlyIn(a, bases)
						if !flows || (into != nil && into != base) {
							return false
						}
						into = base
					}
				}
				return true
			}) {
				ok = false
				break
			}
		}
		if !ok || into == nil {
			continue
		}
		key, ok := typeKey(into.ptr)
		if !ok {
			continue
		}
		m.pass.ExportObjectFact(tn, &StoredFact{In: key, Field: into.field})
	}
}

func eachFunc(f *ssa.Function, do func(*ssa.Function) bool) bool {
	if !do(f) {
		return false
	}
	for _, anon := range f.AnonFuncs {
		if !eachFunc(anon, do) {
			return false
		}
	}
	return true
}

// storedOnlyIn follows the value of a and reports the base whose field it
// is stored into, if that is all that happens to it: it may have its
// fields read and written, be compared, be converted to an interface and
// merged by a phi on the way; anything else (a call, a return, a store
// elsewhere) lets it escape.
func storedOnlyIn(a *ssa.Alloc, bases []storedBase) (*storedBase, bool) {
	var into *storedBase
	seen := map[ssa.Value]bool{a: true}
	work := []ssa.Value{a}
	for len(work) > 0 {
		v := work[0]
		work = work[1:]
		refs := v.Referrers()
		if refs == nil {
			return nil, false
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.DebugRef, *ssa.BinOp:
			case *ssa.FieldAddr:
				if r.X != a {
					return nil, false // a field of the value once converted: unexpected
				}
			case *ssa.Store:
				if r.Addr == v && v == a {
					continue // *p = T{...}
				}
				fa, ok := r.Addr.(*ssa.FieldAddr)
				if !ok || r.Val != v {
					return nil, false
				}
				b := baseOf(fa, bases)
				if b == nil || (into != nil && into != b) {
					return nil, false
				}
				into = b
			case *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Phi:
				w := r.(ssa.Value)
				if !seen[w] {
					seen[w] = true
					work = append(work, w)
				}
			default:
				return nil, false
			}
		}
	}
	return into, into != nil
}

// baseOf returns the base whose stored field fa addresses.
func baseOf(fa *ssa.FieldAddr, bases []storedBase) *storedBase {
	for i, b := range bases {
		if types.Identical(fa.X.Type(), b.ptr) && fieldName(fa.X.Type(), fa.Field) == b.field {
			return &bases[i]
		}
	}
	return nil
}

// storedIn reports whether every value of t that errors.As can find was
// built inside a value of base (or of a type that provides it), per t's
// StoredFact, and the package under analysis neither builds t itself nor
// takes the stored field out of a base; and why.
func (m *Model) storedIn(t, base types.Type, qual types.Qualifier) (string, bool) {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return "", false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok {
		return "", false
	}
	var f StoredFact
	if !m.pass.ImportObjectFact(n.Obj(), &f) {
		return "", false
	}
	in := m.resolveType(f.In)
	if in == nil {
		return "", false
	}
	if _, ok := m.provides(in, base, qual); !ok {
		return "", false
	}
	if m.takesOut(n.Obj(), in, f.Field) {
		return "", false
	}
	return fmt.Sprintf("%s builds every %s inside an %s", n.Obj().Pkg().Name(),
		types.TypeString(t, qual), types.TypeString(in, qual)), true
}

// takesOut reports whether the package under analysis builds a value of
// tn, reads field of in, or unwraps an error by hand: then a value of tn
// may reach a check outside the base that holds it.
func (m *Model) takesOut(tn *types.TypeName, in types.Type, field string) bool {
	if m.takenOut == nil {
		m.takenOut = make(map[*types.TypeName]bool)
	}
	if v, ok := m.takenOut[tn]; ok {
		return v
	}
	info := m.pass.TypesInfo
	found := tn.Pkg() == m.pass.Pkg
	for _, f := range m.pass.Files {
		if found {
			break
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if t := info.TypeOf(n); t != nil && types.Identical(t, tn.Type()) {
					found = true
				}
			case *ast.SelectorExpr:
				if sel, ok := info.Selections[n]; ok {
					switch sel.Kind() {
					case types.FieldVal:
						if n.Sel.Name == field && types.Identical(sel.Recv(), in) {
							found = true
						}
					case types.MethodVal:
						if n.Sel.Name == "Unwrap" && types.Identical(sel.Recv(), in) {
							found = true
						}
					}
				}
			case *ast.CallExpr:
				if fn, ok := typeutil.Callee(info, n).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "Unwrap" {
					found = true
				}
			}
			return !found
		})
	}
	m.takenOut[tn] = found
	return found
}
