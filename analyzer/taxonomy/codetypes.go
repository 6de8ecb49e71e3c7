package taxonomy

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// CodeTypesFact is a package fact: the named types, of any package, that
// the package's error types carry as codes one level or more below their
// own fields, or that its predicates compare with what they find in an
// error. Real clients nest their codes: k8s's StatusError carries
// Status.Details.Causes[i].Type, a metav1.CauseType; an API's Error has
// Details []Detail whose Kind is a code type declared in another package;
// HasDetail(err, kind Kind) compares kind with the kind of each detail.
// A type listed here is a code type wherever it is compared, although its
// name does not end in Code or Reason and no error of its own package
// carries it.
//
// The rule that keeps other enums out (codeTypeCandidate): the type is a
// named string or integer type outside the standard library, its package
// declares at least two exported constants of it (its own package: two
// constants), and they are not flags (TypeCodeSet drops bitmasks); it is
// reached from an exported error type of a package outside the standard
// library through exported fields only (struct fields, embedded ones
// included, and the elements of pointers, slices, arrays and maps, keys
// too), crossing at most maxCodeDepth named structs, none of them of the
// standard library and each held, in its own package, only by error types
// or by structs held only by errors (a status, a detail, a cause; not a
// resource such as stripe's Charge, which Error.Charge holds beside
// Refund and Dispute); or it is the type of a parameter that a predicate
// (func(err error, ...) bool) compares with a value that is not a
// constant. Interfaces, funcs and channels are not followed: what they
// hold is not known from the type.
type CodeTypesFact struct {
	Types []string // "path.Name", sorted
}

func (*CodeTypesFact) AFact() {}

func (f *CodeTypesFact) String() string { return "codetypes(" + strings.Join(f.Types, " ") + ")" }

// maxCodeDepth is how many named structs below an error type the walk
// crosses: Error -> Status -> Details -> Cause is three.
const maxCodeDepth = 4

// exportCodeTypes exports the package's CodeTypesFact, when the package
// has an error type or a predicate that reaches a code type. Packages of
// the standard library are skipped: their errors carry no API codes, and
// under go vet they are the bulk of the work.
func exportCodeTypes(pass *analysis.Pass) {
	if isStdPackage(pass.Pkg.Path()) {
		return
	}
	found := map[*types.TypeName]bool{}
	w := &codeWalk{pkg: pass.Pkg, found: found}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams() != nil || !isErrorType(named) {
			continue
		}
		w.walk(named.Underlying(), 0, map[*types.Named]bool{named: true})
	}
	predicateCodeTypes(pass, found)
	if len(found) == 0 {
		return
	}
	f := &CodeTypesFact{}
	for tn := range found {
		f.Types = append(f.Types, objectKey(tn))
	}
	sort.Strings(f.Types)
	pass.ExportPackageFact(f)
}

// A codeWalk finds the code types that error types reach (see
// CodeTypesFact).
type codeWalk struct {
	pkg   *types.Package // the package under analysis
	found map[*types.TypeName]bool
	// holders are, by package, the named structs of the package whose
	// fields hold each of its named types (through pointers, slices,
	// arrays and maps); built on first use.
	holders map[*types.Package]map[*types.TypeName][]*types.TypeName
	// onlyErrors memoizes heldOnlyByErrors: 1 in progress, 2 yes, 3 no.
	onlyErrors map[*types.TypeName]int8
}

// walk adds to found the code types that t reaches through exported
// fields, pointers, slices, arrays and maps. depth counts the named
// structs crossed; seen stops cycles.
func (w *codeWalk) walk(t types.Type, depth int, seen map[*types.Named]bool) {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		w.walk(u.Elem(), depth, seen)
	case *types.Slice:
		w.walk(u.Elem(), depth, seen)
	case *types.Array:
		w.walk(u.Elem(), depth, seen)
	case *types.Map:
		w.walk(u.Key(), depth, seen)
		w.walk(u.Elem(), depth, seen)
	case *types.Struct:
		for f := range u.Fields() {
			if f.Exported() {
				w.walk(f.Type(), depth, seen)
			}
		}
	case *types.Named:
		if u.Obj().Pkg() == nil || isStdPackage(u.Obj().Pkg().Path()) || seen[u] {
			return
		}
		switch u.Underlying().(type) {
		case *types.Basic:
			if tn := u.Origin().Obj(); codeTypeCandidate(w.pkg, tn) {
				w.found[tn] = true
			}
		case *types.Struct:
			// Only into a struct that nothing but errors holds (a
			// status, a detail, a cause): a resource that the error
			// also carries (stripe's Error.Charge, a *Charge that
			// Refund and Dispute hold too) has enums of its own
			// that are not codes.
			if depth >= maxCodeDepth || !w.detailOf(u.Origin().Obj(), seen) {
				return
			}
			seen[u] = true
			w.walk(u.Underlying(), depth+1, seen)
		}
	}
}

// detailOf reports whether tn, a struct reached from an error through
// the structs of seen, is a detail of errors: every named struct of its
// package that holds it is an error type, one of seen, or held only by
// errors (heldOnlyByErrors). A struct that no other type of its package
// holds qualifies (metav1.Status, which the StatusError of another
// package holds); a resource that a top-level type also holds does not
// (Order, held by Error and by Invoice, which nothing holds).
func (w *codeWalk) detailOf(tn *types.TypeName, seen map[*types.Named]bool) bool {
	for _, h := range w.holdersIn(tn.Pkg())[tn] {
		if n, ok := h.Type().(*types.Named); ok && seen[n] {
			continue
		}
		if !isErrorType(h.Type()) && !w.heldOnlyByErrors(h) {
			return false
		}
	}
	return true
}

// heldOnlyByErrors reports whether tn is held by at least one named
// struct of its package, and every one of them is an error type or itself
// held only by errors.
func (w *codeWalk) heldOnlyByErrors(tn *types.TypeName) bool {
	switch w.onlyErrors[tn] {
	case 1:
		return false // a cycle proves nothing
	case 2:
		return true
	case 3:
		return false
	}
	if w.onlyErrors == nil {
		w.onlyErrors = map[*types.TypeName]int8{}
	}
	w.onlyErrors[tn] = 1
	hs := w.holdersIn(tn.Pkg())[tn]
	ok := len(hs) > 0
	for _, h := range hs {
		if !isErrorType(h.Type()) && !w.heldOnlyByErrors(h) {
			ok = false
			break
		}
	}
	w.onlyErrors[tn] = 3
	if ok {
		w.onlyErrors[tn] = 2
	}
	return ok
}

// holdersIn returns, for pkg, the named structs that hold each named type
// of pkg in a field.
func (w *codeWalk) holdersIn(pkg *types.Package) map[*types.TypeName][]*types.TypeName {
	if h, ok := w.holders[pkg]; ok {
		return h
	}
	h := map[*types.TypeName][]*types.TypeName{}
	var held func(t types.Type, holder *types.TypeName, depth int)
	held = func(t types.Type, holder *types.TypeName, depth int) {
		if depth > 4 {
			return
		}
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			held(u.Elem(), holder, depth+1)
		case *types.Slice:
			held(u.Elem(), holder, depth+1)
		case *types.Array:
			held(u.Elem(), holder, depth+1)
		case *types.Map:
			held(u.Key(), holder, depth+1)
			held(u.Elem(), holder, depth+1)
		case *types.Named:
			if tn := u.Origin().Obj(); tn.Pkg() == pkg && tn != holder {
				h[tn] = append(h[tn], holder)
			}
		}
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				held(f.Type(), tn, 0)
			}
		}
	}
	if w.holders == nil {
		w.holders = map[*types.Package]map[*types.TypeName][]*types.TypeName{}
	}
	w.holders[pkg] = h
	return h
}

// codeTypeCandidate reports whether tn, seen from pkg, is a named string
// or integer type outside the standard library with at least two
// constants of its own declared in its package (exported ones when the
// package is another).
func codeTypeCandidate(pkg *types.Package, tn *types.TypeName) bool {
	if tn.Pkg() == nil || isStdPackage(tn.Pkg().Path()) {
		return false
	}
	b, ok := tn.Type().Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsString|types.IsInteger) == 0 {
		return false
	}
	return len(typeConstants(tn, tn.Pkg() != pkg)) >= 2
}

// typeConstants returns the constants of type tn declared in its
// package, exported ones only when exported is set, in declaration
// order.
func typeConstants(tn *types.TypeName, exported bool) []*types.Const {
	var cs []*types.Const
	scope := tn.Pkg().Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || name == "_" || (exported && !c.Exported()) {
			continue
		}
		if n, ok := types.Unalias(c.Type()).(*types.Named); ok && n.Obj() == tn {
			if _, ok := codeValue(c.Val()); ok {
				cs = append(cs, c)
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Pos() < cs[j].Pos() })
	return cs
}

// predicateCodeTypes adds to found the code types of the parameters that
// the package's predicates compare with what they find: a func(err error,
// ..., k T) bool whose body has k == x or k != x for an x that is not a
// constant (HasDetail(err, kind) comparing kind with each detail's Kind).
func predicateCodeTypes(pass *analysis.Pass, found map[*types.TypeName]bool) {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv != nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || !IsPredicate(fn) {
				continue
			}
			params := map[*types.Var]*types.TypeName{}
			for p := range fn.Signature().Params().Variables() {
				t := p.Type()
				if s, ok := t.(*types.Slice); ok && fn.Signature().Variadic() {
					t = s.Elem()
				}
				if n, ok := types.Unalias(t).(*types.Named); ok && codeTypeCandidate(pass.Pkg, n.Origin().Obj()) {
					params[p] = n.Origin().Obj()
				}
			}
			if len(params) == 0 {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				be, ok := n.(*ast.BinaryExpr)
				if !ok || (be.Op != token.EQL && be.Op != token.NEQ) {
					return true
				}
				for _, side := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
					id, ok := ast.Unparen(side[0]).(*ast.Ident)
					if !ok {
						continue
					}
					v, _ := pass.TypesInfo.Uses[id].(*types.Var)
					if tn := params[v]; tn != nil && pass.TypesInfo.Types[side[1]].Value == nil {
						found[tn] = true
					}
				}
				return true
			})
		}
	}
}

// isStdPackage reports whether path is a package of the standard library:
// its first element is one of the standard library's (Go 1.26, a test
// checks the list against go list std). A dot-less path of another
// module (a test fixture's, a local module's) is not.
func isStdPackage(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmd": true, "cmp": true, "compress": true,
	"container": true, "context": true, "crypto": true, "database": true, "debug": true,
	"embed": true, "encoding": true, "errors": true, "expvar": true, "flag": true, "fmt": true,
	"go": true, "hash": true, "html": true, "image": true, "index": true, "internal": true,
	"io": true, "iter": true, "log": true, "maps": true, "math": true, "mime": true, "net": true,
	"os": true, "path": true, "plugin": true, "reflect": true, "regexp": true, "runtime": true,
	"slices": true, "sort": true, "strconv": true, "strings": true, "structs": true, "sync": true,
	"syscall": true, "testing": true, "text": true, "time": true, "unicode": true, "unique": true,
	"unsafe": true, "vendor": true, "weak": true,
}

// reachedCodeType reports whether tn is a code type that an error type or
// a predicate of this package or of one it imports reaches (a
// CodeTypesFact), read once per model.
func (m *Model) reachedCodeType(tn *types.TypeName) bool {
	if m.codeTypes == nil {
		m.codeTypes = map[string]bool{}
		for _, pf := range m.pass.AllPackageFacts() {
			if f, ok := pf.Fact.(*CodeTypesFact); ok {
				for _, k := range f.Types {
					m.codeTypes[k] = true
				}
			}
		}
	}
	return tn != nil && tn.Pkg() != nil && m.codeTypes[objectKey(tn)]
}

// reachedCodeSet returns the constants of tn as a fact, for a code type
// that an error reaches but that its own package did not see as one.
func reachedCodeSet(tn *types.TypeName, pkg *types.Package) (CodeSetFact, bool) {
	cs := typeConstants(tn, tn.Pkg() != pkg)
	if len(cs) < 2 {
		return CodeSetFact{}, false
	}
	f := CodeSetFact{Source: codeSourceConst, Numeric: cs[0].Val().Kind() == constant.Int}
	for _, c := range cs {
		v, _ := codeValue(c.Val())
		f.Codes = append(f.Codes, KnownCode{Value: v, Const: c.Name()})
	}
	return f, true
}

// CodeTypeOf returns the named type of t when it is a code type: its name
// ends in Code or Reason (CodeTypeOf), or an error reaches it
// (CodeTypesFact).
func (m *Model) CodeTypeOf(t types.Type) *types.TypeName {
	if tn := CodeTypeOf(t); tn != nil {
		return tn
	}
	if named := namedOf(t); named != nil && m.reachedCodeType(named.Origin().Obj()) {
		return named.Origin().Obj()
	}
	return nil
}
