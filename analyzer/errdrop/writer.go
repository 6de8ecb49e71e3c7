package errdrop

// A variable of type *os.File may hold a file opened for writing and,
// later, one opened only for reading: a test writes a fixture, closes it
// with its error checked, and reopens it with os.Open to read it back. The
// Close of the read-only file loses nothing. Whether a Close is a writer's
// is decided by the assignments that can reach it, not by the variable.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// fileAssign is an assignment of a call's result to an *os.File variable:
// where, and whether the call opens the file for writing.
type fileAssign struct {
	pos   token.Pos
	write bool
}

// writerAt reports whether the Close of v at pos may close a file opened
// for writing: some assignment of a write-open to v comes before pos in
// the source with no seal of v between them (a Close statement of a block
// that holds pos: see recordSeal), which ends that file's life, or no
// assignment of v comes
// before pos at all (a loop, a closure: the variable's kinds are all
// possible). The source order stands for the order of execution; where a
// loop brings a later assignment back, the written file's Close
// is still reported unless a Close ended it.
func (c *checker) writerAt(v *types.Var, pos token.Pos) bool {
	before := false
	for _, a := range c.fileAssigns[v] {
		if a.pos >= pos {
			continue
		}
		before = true
		if !a.write {
			continue
		}
		sealed := false
		for _, sl := range c.seals[v] {
			if a.pos < sl.pos && sl.pos < pos && sl.block.Pos() <= pos && pos < sl.block.End() {
				sealed = true
				break
			}
		}
		if !sealed {
			return true
		}
	}
	return !before
}

// seal is a statement that closes a local variable's file: where, and the
// block whose statement it is. It ends the life of the file the variable
// held for the rest of that block, which a Close in a branch that was
// left (if err != nil { f.Close(); return }) does not.
type seal struct {
	pos   token.Pos
	block ast.Node
}

// recordSeal records st, a statement of block, if it closes a local
// variable: f.Close() (reported itself if it matters), err = f.Close(),
// if err := f.Close(); err != nil {...}, return f.Close().
func (c *checker) recordSeal(st ast.Stmt, block ast.Node) {
	info := c.pass.TypesInfo
	var e ast.Expr
	switch st := st.(type) {
	case *ast.ExprStmt:
		e = st.X
	case *ast.AssignStmt:
		if len(st.Rhs) == 1 {
			e = st.Rhs[0]
		}
	case *ast.IfStmt:
		if as, ok := st.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
			e = as.Rhs[0]
		}
	case *ast.ReturnStmt:
		if len(st.Results) > 0 {
			e = st.Results[len(st.Results)-1]
		}
	}
	if e == nil {
		return
	}
	if v := closeOf(info, e); v != nil {
		c.seals[v] = append(c.seals[v], seal{e.Pos(), block})
	}
}
