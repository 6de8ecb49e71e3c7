package errdrop

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file reports errors held in memory that nobody reads: an error
// assigned, inside a closure, to a variable of the enclosing function that
// nothing reads afterwards (go func() { err = c.Upload(ctx, obj) }() with
// no check after it), and a local slice of errors that the function only ever
// appends to (errs = append(errs, err), and errs never returned, joined,
// tested or passed on). The data-flow check of flow.go does not follow a
// variable into a closure; both shapes are decided here from the syntax,
// by the variable's every mention in the package.

// A memoryWalk is what memoryNode collects: the closures and loops, and
// the local slices of errors assigned append(s, ...), with the
// identifiers of those statements that mention them.
type memoryWalk struct {
	lits    []*ast.FuncLit
	loops   []ast.Stmt
	appends map[*types.Var]*appendSite
}

type appendSite struct {
	first *ast.CallExpr
	own   map[*ast.Ident]bool
}

// memoryNode collects what memoryDone needs from n; it runs in checkHeld's
// walk.
func (c *checker) memoryNode(w *memoryWalk, n ast.Node) {
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.FuncLit:
		w.lits = append(w.lits, n)
	case *ast.ForStmt:
		w.loops = append(w.loops, n)
	case *ast.RangeStmt:
		w.loops = append(w.loops, n)
	case *ast.AssignStmt:
		if len(n.Lhs) != 1 || len(n.Rhs) != 1 {
			return
		}
		lhs, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident)
		if !ok {
			return
		}
		call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
		if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
			return
		}
		if b, ok := typeutil.Callee(info, call).(*types.Builtin); !ok || b.Name() != "append" {
			return
		}
		first, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
		if !ok {
			return
		}
		v, ok := info.ObjectOf(lhs).(*types.Var)
		if !ok || info.ObjectOf(first) != v || !c.isErrorSlice(v) {
			return
		}
		if w.appends == nil {
			w.appends = map[*types.Var]*appendSite{}
		}
		s := w.appends[v]
		if s == nil {
			s = &appendSite{first: call, own: map[*ast.Ident]bool{}}
			w.appends[v] = s
		}
		s.own[lhs], s.own[first] = true, true
	}
}

// memoryDone reports the errors of cs's definitions assigned in a closure
// to a captured variable that no read sees, and the local slices of
// errors that are only appended to, in files.
func (c *checker) memoryDone(files []*ast.File, cs *candidates, w *memoryWalk) {
	info := c.pass.TypesInfo
	lits, loops, appends := w.lits, w.loops, w.appends
	// Errors assigned in a closure to a captured variable never read, in
	// the order of the source.
	defs := slices.SortedFunc(maps.Values(cs.defs), func(a, b *def) int { return cmp.Compare(a.ident.Pos(), b.ident.Pos()) })
	for _, d := range defs {
		v := d.v
		// Only a local variable: a named result is read by a bare
		// return, a parameter by nothing the syntax shows.
		if v.Kind() != types.LocalVar {
			continue
		}
		lit := innermostLit(lits, d.ident.Pos())
		if lit == nil || (lit.Pos() <= v.Pos() && v.Pos() < lit.End()) {
			continue // not in a closure, or the closure's own variable
		}
		if c.readAfter(cs, v, d.ident.Pos(), lit, loops) {
			continue
		}
		if c.excluded(d.call, d.callee, c.writeFiles) {
			continue
		}
		c.report(analysis.Diagnostic{
			Pos: d.call.Pos(), End: d.call.End(),
			Message: fmt.Sprintf("error returned by %s is assigned to %s in a closure and never read; check it after the closure runs, or in it",
				d.callee.name, v.Name()),
		})
	}

	if len(appends) == 0 {
		return
	}
	// A slice mentioned anywhere but in its own appends and its
	// declaration is read.
	read := map[*types.Var]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			v, ok := info.Uses[id].(*types.Var)
			if !ok || appends[v] == nil || appends[v].own[id] {
				return true
			}
			read[v] = true
			return true
		})
	}
	vars := slices.SortedFunc(maps.Keys(appends), func(a, b *types.Var) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, v := range vars {
		s := appends[v]
		if read[v] {
			continue
		}
		c.report(analysis.Diagnostic{
			Pos: s.first.Pos(), End: s.first.End(),
			Message: fmt.Sprintf("errors appended to %s are never read; return them (errors.Join(%s...)) or handle each", v.Name(), v.Name()),
		})
	}
}

// readAfter reports whether a read of v, the error variable assigned at
// pos in lit, may see the value: a read in lit after pos, a read after lit
// in the source, or a read in a loop around lit. Go rejects a variable
// that is only ever assigned, so a variable assigned in a closure and
// lost is one read only before the closure (err := c.Start(); if err !=
// nil ...; go func() { err = c.Upload() }()).
func (c *checker) readAfter(cs *candidates, v *types.Var, pos token.Pos, lit *ast.FuncLit, loops []ast.Stmt) bool {
	for _, p := range cs.uses[v] {
		if cs.lhs[p] {
			continue
		}
		if p > pos && p < lit.End() || p >= lit.End() {
			return true
		}
		for _, l := range loops {
			if l.Pos() <= lit.Pos() && lit.End() <= l.End() && l.Pos() <= p && p < l.End() {
				return true
			}
		}
	}
	return false
}

// isErrorSlice reports whether v is a local variable (not a parameter, a
// result or a field: those reach other code) whose type is a slice of
// errors.
func (c *checker) isErrorSlice(v *types.Var) bool {
	if v.IsField() || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() || v.Kind() != types.LocalVar {
		return false
	}
	s, ok := v.Type().Underlying().(*types.Slice)
	return ok && c.isError(s.Elem())
}

// innermostLit returns the innermost of lits that contains pos, or nil.
func innermostLit(lits []*ast.FuncLit, pos token.Pos) *ast.FuncLit {
	var best *ast.FuncLit
	for _, l := range lits {
		if l.Pos() <= pos && pos < l.End() && (best == nil || l.Pos() > best.Pos()) {
			best = l
		}
	}
	return best
}
