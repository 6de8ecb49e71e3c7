package errorder

import (
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// fixIf moves the if statement s, whose condition fact f covers, before
// f's if, where nothing else changes by it:
//   - in an else-if chain, the conditions and bodies from f's if to s rotate
//     one place, so s's branch is tried first and every other path stays;
//   - of two adjacent ifs that both always leave, the two swap.
//
// Init statements make it give up: their variables are in scope in the
// later branches.
func (c *checker) fixIf(f fact, s *ast.IfStmt, chain []*ast.IfStmt, list []ast.Stmt, index int) []analysis.SuggestedFix {
	if f.ifStmt == nil || s.Init != nil || f.ifStmt.Init != nil {
		return nil
	}
	if f.chain < len(chain) && chain[f.chain] == f.ifStmt {
		if !c.firstFix(chain[0]) {
			return nil
		}
		ifs := append(chain[f.chain:len(chain):len(chain)], s)
		var edits []analysis.TextEdit
		for k := range ifs {
			if ifs[k].Init != nil {
				return nil
			}
			from := ifs[(k+len(ifs)-1)%len(ifs)]
			edits = append(edits,
				c.replace(ifs[k].Cond, from.Cond),
				c.replace(ifs[k].Body, from.Body))
		}
		return c.fix(edits)
	}
	if len(list) > 0 && len(f.list) > 0 && &f.list[0] == &list[0] && f.index == index-1 &&
		f.ifStmt.Else == nil && s.Else == nil && terminates(c.pass.TypesInfo, s.Body) {
		return c.fix([]analysis.TextEdit{c.replace(f.ifStmt, s), c.replace(s, f.ifStmt)})
	}
	return nil
}

// fixClause moves case clause i of a switch before clause f.clause, the
// clauses between moving down one place. It gives up where a fallthrough
// would change where control goes, or where the clause has other cases.
func (c *checker) fixClause(f fact, body *ast.BlockStmt, i int, single bool) []analysis.SuggestedFix {
	j := f.clause
	if !single || j < 0 || j >= i || f.expr.Pos() < body.Pos() || f.expr.End() > body.End() {
		return nil
	}
	if !c.firstFix(body) {
		return nil
	}
	for k := max(j-1, 0); k <= i; k++ {
		if fallsThrough(body.List[k].(*ast.CaseClause)) {
			return nil
		}
	}
	var edits []analysis.TextEdit
	for k := j; k <= i; k++ {
		from := j + (k-j+i-j)%(i-j+1)
		edits = append(edits, c.replace(body.List[k], body.List[from]))
	}
	return c.fix(edits)
}

func fallsThrough(cc *ast.CaseClause) bool {
	if len(cc.Body) == 0 {
		return false
	}
	b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.FALLTHROUGH
}

// replace returns the edit that puts the source text of from where to stands.
func (c *checker) replace(to, from ast.Node) analysis.TextEdit {
	return analysis.TextEdit{Pos: to.Pos(), End: to.End(), NewText: c.source(from)}
}

func (c *checker) source(n ast.Node) []byte {
	tf := c.pass.Fset.File(n.Pos())
	if tf == nil {
		return nil
	}
	content, err := c.pass.ReadFile(tf.Name())
	if err != nil {
		return nil
	}
	start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
	if start < 0 || end > len(content) || start > end {
		return nil
	}
	return content[start:end]
}

func (c *checker) fix(edits []analysis.TextEdit) []analysis.SuggestedFix {
	for _, e := range edits {
		if e.NewText == nil {
			return nil // the source could not be read: no fix rather than a wrong one
		}
	}
	return []analysis.SuggestedFix{{Message: "move the specific check first", TextEdits: edits}}
}

// firstFix reports whether no fix was offered yet in the chain or switch
// whose first node is n: fixes that rotate the same branches would
// conflict, and after the first one the rest is a new question.
func (c *checker) firstFix(n ast.Node) bool {
	if c.fixed[n] {
		return false
	}
	if c.fixed == nil {
		c.fixed = make(map[ast.Node]bool)
	}
	c.fixed[n] = true
	return true
}
