package errdrop

// A bufio.Writer (or a gzip or zlib Writer) fails only when the writer
// under it does, so one over a bytes.Buffer, a strings.Builder, a hash, a
// standard stream or an http.ResponseWriter is as harmless as that
// writer (cert-manager's prunexml_test.go: writer :=
// bufio.NewWriter(&output); ...; _ = writer.Flush()).

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
	if !ok || !isWrapperWriter(c.pass.TypesInfo.TypeOf(id)) {
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
		if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || !isWrapperWriter(v.Type()) {
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

// newHarmlessBuffer reports whether e is bufio.NewWriter(w),
// bufio.NewWriterSize(w, n), gzip.NewWriter(w) or zlib.NewWriter(w) with w
// a harmless writer.
func (c *checker) newHarmlessBuffer(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "bufio.NewWriter", "bufio.NewWriterSize", "compress/gzip.NewWriter", "compress/zlib.NewWriter":
	default:
		return false
	}
	return plainHarmless(c.pass.TypesInfo, call.Args[0])
}

// isWrapperWriter reports whether t is a *bufio.Writer, *gzip.Writer or
// *zlib.Writer: a writer that fails only when the writer under it does
// (go-storage's test server: gz := gzip.NewWriter(w); gz.Write(original);
// gz.Close(), with w its http.ResponseWriter).
func isWrapperWriter(t types.Type) bool {
	return isNamed(t, "bufio", "Writer") || isNamed(t, "compress/gzip", "Writer") || isNamed(t, "compress/zlib", "Writer")
}
