package errdrop

// A bufio.Writer fails only when the writer under it does, so one over a
// bytes.Buffer, a strings.Builder, a hash or a standard stream is as
// harmless as that writer (cert-manager's prunexml_test.go:
// writer := bufio.NewWriter(&output); ...; _ = writer.Flush()).

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// bufferedHarmless reports whether e is a local variable that holds a
// *bufio.Writer over a harmless writer: every assignment to it is
// bufio.NewWriter or NewWriterSize of one, its address is never taken and
// it is never Reset onto another writer.
func (c *checker) bufferedHarmless(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || !isNamed(c.pass.TypesInfo.TypeOf(id), "bufio", "Writer") {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if c.bufWriters == nil {
		c.bufWriters = c.findBufWriters()
	}
	return c.bufWriters[v]
}

func (c *checker) findBufWriters() map[*types.Var]bool {
	info := c.pass.TypesInfo
	good, bad := map[*types.Var]bool{}, map[*types.Var]bool{}
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || !isNamed(v.Type(), "bufio", "Writer") {
			return nil
		}
		return v
	}
	assign := func(lhs, rhs []ast.Expr) {
		for i, l := range lhs {
			v := local(l)
			if v == nil {
				continue
			}
			if len(rhs) == len(lhs) && c.newHarmlessBuffer(rhs[i]) {
				good[v] = true
			} else {
				bad[v] = true
			}
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				assign(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				if len(n.Values) > 0 {
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					assign(lhs, n.Values)
				}
			case *ast.RangeStmt:
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if v := local(x); v != nil {
						bad[v] = true
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if v := local(n.X); v != nil {
						bad[v] = true
					}
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Reset" {
					if v := local(sel.X); v != nil {
						bad[v] = true
					}
				}
			}
			return true
		})
	}
	for v := range bad {
		delete(good, v)
	}
	return good
}

// newHarmlessBuffer reports whether e is bufio.NewWriter(w) or
// bufio.NewWriterSize(w, n) with w a harmless writer.
func (c *checker) newHarmlessBuffer(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "bufio" || (fn.Name() != "NewWriter" && fn.Name() != "NewWriterSize") {
		return false
	}
	return plainHarmless(c.pass.TypesInfo, call.Args[0])
}
