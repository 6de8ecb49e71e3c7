package errdrop

// Building SSA is most of errdrop's cost in time and memory, and it is
// done once per package under analysis, in a program of its own, by
// internal/partialssa: only the functions that hold a candidate (an error
// variable assigned from a call, or an err != nil check) that the syntax
// does not settle (settled.go: read at once, so that nothing can be
// reported) are built, and imports get only the members the package uses.
// Package-level variables keep their initializers, whose function
// literals are checked as part of init.

import (
	"go/ast"
	"go/token"
	"sort"

	"github.com/apierrlint/apierrlint/analyzer/internal/partialssa"
	"github.com/apierrlint/apierrlint/analyzer/taxonomy"

	"golang.org/x/tools/go/ssa"
)

// buildSSA builds the SSA form of the functions declared in the package's
// checked files that hold an unsettled candidate of cs, with their
// function literals, and of the function literals in package-level
// variable initializers (built as part of init), in the order of the
// files and declarations. Functions without one are left out: the
// data-flow checks look at one function at a time, and only where a
// candidate is.
func (c *checker) buildSSA(cs *candidates) []*ssa.Function {
	pass := c.pass
	// Where the candidates are, sorted, to find the declarations that
	// hold one.
	poss := make([]token.Pos, 0, len(cs.defs)+len(cs.checks))
	for p := range cs.defs {
		poss = append(poss, p)
	}
	for p := range cs.checks {
		poss = append(poss, p)
	}
	sort.Slice(poss, func(i, j int) bool { return poss[i] < poss[j] })
	// holds counts the candidates within n.
	holds := func(n ast.Node) int {
		i := sort.Search(len(poss), func(i int) bool { return poss[i] >= n.Pos() })
		j := sort.Search(len(poss), func(i int) bool { return poss[i] >= n.End() })
		return j - i
	}
	pkg, funcs := partialssa.Build(pass, partialssa.Options{
		Keep: func(fd *ast.FuncDecl) bool {
			if c.skip[pass.Fset.File(fd.Pos())] {
				return false
			}
			n := holds(fd)
			return n > 0 && c.unsettled(cs, fd, n)
		},
		VarInits: true,
		NoReturn: taxonomy.NoReturn,
	})
	// Package-level variable initialisers may hold function literals.
	if init := pkg.Func("init"); init != nil {
		funcs = append(funcs, init.AnonFuncs...)
	}
	return funcs
}
