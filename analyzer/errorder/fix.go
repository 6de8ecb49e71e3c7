package errorder

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

// fixIf returns the fix for an if statement s whose condition fact f
// covers, where moving checks changes no other path:
//   - in an else-if chain, the branches are reordered so that no branch
//     stands after one that covers it (see specificFirst); one fix for the
//     whole chain, so that one -fix pass leaves nothing to fix;
//   - of two adjacent ifs that both always leave, the two swap.
//
// Init statements make it give up: their variables are in scope in the
// later branches. A duplicate has no fix: which one to keep is the
// author's call.
func (c *checker) fixIf(f fact, reason string, s *ast.IfStmt, chain []*ast.IfStmt, list []ast.Stmt, index int) []analysis.SuggestedFix {
	if f.ifStmt == nil || reason == taxonomy.SameCheck || s.Init != nil || f.ifStmt.Init != nil {
		return nil
	}
	if f.chain < len(chain) && chain[f.chain] == f.ifStmt {
		if !c.firstFix(chain[0]) {
			return nil
		}
		return c.reorderChain(chain[0])
	}
	if len(list) > 0 && len(f.list) > 0 && &f.list[0] == &list[0] && f.index == index-1 &&
		f.ifStmt.Else == nil && s.Else == nil && c.terminates(s.Body) {
		return c.fix([]analysis.TextEdit{c.replace(f.ifStmt, s), c.replace(s, f.ifStmt)})
	}
	return nil
}

// reorderChain reorders the conditions and bodies of the else-if chain
// that starts at head; the final else stays last.
func (c *checker) reorderChain(head *ast.IfStmt) []analysis.SuggestedFix {
	var ifs []*ast.IfStmt
	var items []map[*types.Var]taxonomy.Check
	for s := head; s != nil; {
		if s.Init != nil {
			return nil
		}
		item := make(map[*types.Var]taxonomy.Check)
		for _, subject := range c.subjects(s.Cond) {
			item[subject] = c.model.Parse(taxonomy.NewEnv(c.pass.TypesInfo, subject), s.Cond)
		}
		ifs, items = append(ifs, s), append(items, item)
		s, _ = s.Else.(*ast.IfStmt)
	}
	order := c.specificFirst(items)
	if order == nil {
		return nil
	}
	var edits []analysis.TextEdit
	for k, from := range order {
		if k != from {
			edits = append(edits, c.replace(ifs[k].Cond, ifs[from].Cond), c.replace(ifs[k].Body, ifs[from].Body))
		}
	}
	return c.fix(edits)
}

// reorderClauses reorders the case clauses of a switch (items holds what
// each clause checks); a default clause keeps its place, which does not
// matter to when it runs.
func (c *checker) reorderClauses(body *ast.BlockStmt, items []map[*types.Var]taxonomy.Check) []analysis.SuggestedFix {
	var pos []int
	var moving []map[*types.Var]taxonomy.Check
	for i, stmt := range body.List {
		if stmt.(*ast.CaseClause).List != nil {
			pos, moving = append(pos, i), append(moving, items[i])
		}
	}
	order := c.specificFirst(moving)
	if order == nil {
		return nil
	}
	var edits []analysis.TextEdit
	for k, from := range order {
		if k != from {
			edits = append(edits, c.replace(body.List[pos[k]], body.List[pos[from]]))
		}
	}
	return c.fix(edits)
}

// specificFirst returns the order in which items (what each branch
// checks, by error variable) should stand so that no branch comes after
// one that covers it, or nil when the order is right already. Each item
// goes right before the first placed item that covers it, keeping the
// order of everything else: a branch moves only ahead of branches that
// took every error it matches, so no other path changes. Duplicates
// (items covering each other) keep their places.
func (c *checker) specificFirst(items []map[*types.Var]taxonomy.Check) []int {
	var order []int
	for j := range items {
		at := len(order)
		for p, i := range order {
			if c.coversItem(items[i], items[j]) {
				at = p
				break
			}
		}
		order = slices.Insert(order, at, j)
	}
	for k, from := range order {
		if k != from {
			return order
		}
	}
	return nil
}

// coversItem reports whether the earlier item a takes every error the
// later item b matches, on some error variable, and is not the same check.
func (c *checker) coversItem(a, b map[*types.Var]taxonomy.Check) bool {
	for subject, later := range b {
		if earlier, ok := a[subject]; ok {
			if reason, ok := c.model.Covers(earlier, later, subject.Name(), c.qual); ok && reason != taxonomy.SameCheck {
				return true
			}
		}
	}
	return false
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
	// Read each file once: a fix per chain of a large file would otherwise
	// read the whole file again (BenchmarkErrorder: 108 s instead of 1.1 s).
	content, ok := c.sources[tf.Name()]
	if !ok {
		var err error
		content, err = c.pass.ReadFile(tf.Name())
		if err != nil {
			content = nil
		}
		if c.sources == nil {
			c.sources = map[string][]byte{}
		}
		c.sources[tf.Name()] = content
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
	return []analysis.SuggestedFix{{Message: "move the specific checks first", TextEdits: edits}}
}

// firstFix reports whether no fix was offered yet in the chain whose
// first if is n: the first fix reorders the whole chain.
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
