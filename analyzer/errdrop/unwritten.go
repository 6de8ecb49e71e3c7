package errdrop

// A file that is created and closed without a write loses nothing when
// its Close fails: there is no data to flush (vault's tokenhelper tests:
// tf, _ := os.CreateTemp("", "vault"); tf.Close(), to get a name; and
// f, _ := os.Create(name); defer f.Close(), then os.Stat(name)).

import (
	"go/ast"
	"go/types"
)

// unwrittenMethods are the methods of *os.File that do not write data.
var unwrittenMethods = map[string]bool{
	"Close": true, "Name": true, "Stat": true, "Fd": true, "Chmod": true, "Chown": true, "Sync": true,
}

// neverWritten reports whether the local variable v is used only as the
// receiver of a call of unwrittenMethods, or assigned to: never passed to
// anything that could write through it, never written itself.
func (c *checker) neverWritten(v *types.Var) bool {
	if v.IsField() {
		return false
	}
	if c.unwritten == nil {
		c.unwritten = map[*types.Var]bool{}
	}
	if w, ok := c.unwritten[v]; ok {
		return w
	}
	info := c.pass.TypesInfo
	uses := 0
	for _, f := range c.pass.Files {
		if f.FileStart > v.Pos() || v.Pos() > f.FileEnd {
			continue // a local variable is used in its own file only
		}
		harmless := map[*ast.Ident]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && unwrittenMethods[sel.Sel.Name] {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
						harmless[id] = true
					}
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						harmless[id] = true
					}
				}
			case *ast.Ident:
				if info.Uses[n] == v {
					uses++
				}
			}
			return true
		})
		for id := range harmless {
			if info.Uses[id] == v {
				uses--
			}
		}
	}
	c.unwritten[v] = uses == 0
	return uses == 0
}
