package errdrop

import (
	"go/ast"
	"go/types"
)

// alwaysNil reports whether fn is declared in the package under analysis
// and every return statement of its body gives a literal nil for each of
// its error results: dropping such an error loses nothing. Found on
// aws-sdk-go-v2's s3 manager, whose tests call (*WriteAtBuffer).WriteAt,
// which ends with return pLen, nil. Functions of other packages are not
// looked into (errdrop uses no facts, see the package documentation), nor
// are stubs whose body is a single statement.
func (c *checker) alwaysNil(fn *types.Func) bool {
	if fn.Pkg() != c.pass.Pkg {
		return false
	}
	if v, ok := c.nilErrs[fn]; ok {
		return v
	}
	if c.nilErrs == nil {
		c.nilErrs = map[*types.Func]bool{}
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				// A body of one statement is a stub (return nil) that will
				// fail once it is written: only real bodies count.
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && len(fd.Body.List) > 1 {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.nilErrs[obj] = c.returnsNilErrors(obj, fd.Body)
					}
				}
			}
		}
	}
	return c.nilErrs[fn]
}

// returnsNilErrors reports whether every return in body (not counting
// function literals) lists its results and gives nil for each error.
func (c *checker) returnsNilErrors(fn *types.Func, body *ast.BlockStmt) bool {
	results := fn.Type().(*types.Signature).Results()
	var errIdx []int
	for i := range results.Len() {
		if c.isError(results.At(i).Type()) {
			errIdx = append(errIdx, i)
		}
	}
	if len(errIdx) == 0 {
		return false
	}
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != results.Len() {
				ok = false // a bare return or a call's results
				return false
			}
			for _, i := range errIdx {
				if _, isNil := c.pass.TypesInfo.Uses[identOf(n.Results[i])].(*types.Nil); !isNil {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
