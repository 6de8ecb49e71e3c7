package errdrop

import "go/ast"

// checkHeld runs, in one walk of files, the checks of errors that no call
// statement drops: ranges over iterators and receives from channels
// (channels.go), API errors checked and then replaced (replaced.go), and
// errors held in memory (memory.go). One walk rather than three: each
// walk of the syntax costs about as much as the others together.
func (c *checker) checkHeld(files []*ast.File, cs *candidates) {
	var ic iterChanWalk
	var mw memoryWalk
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			c.iterChanNode(&ic, n)
			c.replacedNode(f, n)
			c.memoryNode(&mw, n)
			return true
		})
	}
	c.iterChanDone(files, &ic)
	c.memoryDone(files, cs, &mw)
}
