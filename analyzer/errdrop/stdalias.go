package errdrop

// A local variable that only ever holds os.Stdout or os.Stderr is a
// standard stream under another name (cert-manager's hack/extractcrd:
// outWriter := os.Stdout; ...; fmt.Fprintln(outWriter, doc)).

import (
	"go/ast"
	"go/token"
	"go/types"
)

// stdAlias reports whether e is a local variable every assignment of
// which is os.Stdout or os.Stderr, whose address is never taken.
func (c *checker) stdAlias(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	if c.stdAliases == nil {
		c.stdAliases = c.findStdAliases()
	}
	return c.stdAliases[v]
}

func (c *checker) findStdAliases() map[*types.Var]bool {
	info := c.pass.TypesInfo
	good, bad := map[*types.Var]bool{}, map[*types.Var]bool{}
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
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
			if len(rhs) == len(lhs) && isStdStream(info, rhs[i]) {
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
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				assign(lhs, n.Values) // var w io.Writer (no value) holds nil: bad
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
			}
			return true
		})
	}
	for v := range bad {
		delete(good, v)
	}
	return good
}
