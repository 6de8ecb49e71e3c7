package taxonomy

// Walking the SSA form of a function path by path.

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// simplePaths returns the paths from f's entry to a return that visit no
// block twice, or false if there are too many.
func simplePaths(f *ssa.Function) ([][]*ssa.BasicBlock, bool) {
	var out [][]*ssa.BasicBlock
	on := make(map[*ssa.BasicBlock]bool)
	var path []*ssa.BasicBlock
	steps := 0
	var walk func(b *ssa.BasicBlock) bool
	walk = func(b *ssa.BasicBlock) bool {
		steps++
		if steps > maxSumSteps || len(out) > maxSumPaths {
			return false
		}
		on[b] = true
		path = append(path, b)
		defer func() {
			on[b] = false
			path = path[:len(path)-1]
		}()
		if len(b.Instrs) > 0 {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				out = append(out, append([]*ssa.BasicBlock(nil), path...))
				return true
			}
		}
		for _, succ := range b.Succs {
			if !on[succ] && !walk(succ) {
				return false
			}
		}
		return true
	}
	if !walk(f.Blocks[0]) {
		return nil, false
	}
	return out, true
}

// onlyAsTargets reports whether every use of an interface value is as the
// target of errors.As.
func onlyAsTargets(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.Call:
			if !isErrorsCall(r, "As") || len(r.Call.Args) != 2 || r.Call.Args[1] != v || r.Call.Args[0] == v {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// cyclic returns the blocks of f that lie on a cycle.
func (s *funcSummarizer) cyclic(f *ssa.Function) map[*ssa.BasicBlock]bool {
	if c, ok := s.cycles[f]; ok {
		return c
	}
	c := blocksOnCycles(f)
	if s.cycles == nil {
		s.cycles = make(map[*ssa.Function]map[*ssa.BasicBlock]bool)
	}
	s.cycles[f] = c
	return c
}

// blocksOnCycles returns the blocks of f from which the block itself can
// be reached again.
func blocksOnCycles(f *ssa.Function) map[*ssa.BasicBlock]bool {
	out := make(map[*ssa.BasicBlock]bool)
	for _, b := range f.Blocks {
		seen := make(map[*ssa.BasicBlock]bool)
		work := append([]*ssa.BasicBlock(nil), b.Succs...)
		for len(work) > 0 {
			x := work[len(work)-1]
			work = work[:len(work)-1]
			if x == b {
				out[b] = true
				break
			}
			if seen[x] {
				continue
			}
			seen[x] = true
			work = append(work, x.Succs...)
		}
	}
	return out
}

// asWrite is the write of errors.As(err, &v) into v: it happened if the
// call returned true; before is what v held if not.
type asWrite struct {
	*ssa.Call
	before ssa.Value
}

// asTarget returns the local variable an errors.As call fills.
func asTarget(call *ssa.Call) *ssa.Alloc {
	if !isErrorsCall(call, "As") || len(call.Call.Args) != 2 {
		return nil
	}
	t := call.Call.Args[1]
	if mi, ok := t.(*ssa.MakeInterface); ok {
		t = mi.X
	}
	a, _ := t.(*ssa.Alloc)
	return a
}

func isErrorsCall(call *ssa.Call, name string) bool {
	callee := call.Call.StaticCallee()
	if callee == nil {
		return false
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	fn, ok := callee.Object().(*types.Func)
	return ok && fn.Name() == name && fn.Pkg() != nil && fn.Pkg().Path() == "errors"
}

// stripNot returns the condition under its negations: v being pol is x
// being the returned polarity.
func stripNot(v ssa.Value, pol bool) (ssa.Value, bool) {
	for {
		u, ok := v.(*ssa.UnOp)
		if !ok || u.Op != token.NOT {
			return v, pol
		}
		v, pol = u.X, !pol
	}
}

// A path is a simple path through a function's SSA form (simplePaths),
// with what reading it needs: the branch it takes at each If, and the
// predecessor it enters each block from, which decides a phi's value.
type path struct {
	blocks   []*ssa.BasicBlock
	branches []pathCond               // the If conditions taken, negations folded
	entered  map[*ssa.BasicBlock]int  // block -> index in Preds of the block before it
	cyclic   map[*ssa.BasicBlock]bool // blocks on a cycle of the function
}

// A pathCond is a branch taken on a path: cond is pol.
type pathCond struct {
	cond ssa.Value
	pol  bool
}

func newPath(blocks []*ssa.BasicBlock, cyclic map[*ssa.BasicBlock]bool) path {
	p := path{blocks: blocks, entered: make(map[*ssa.BasicBlock]int, len(blocks)), cyclic: cyclic}
	for i, b := range blocks {
		if i > 0 {
			for j, pred := range b.Preds {
				if pred == blocks[i-1] {
					p.entered[b] = j
				}
			}
		}
		// A block before the last ends in an If or a Jump: a return,
		// a panic and an unreachable have no successor.
		if cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && i+1 < len(blocks) {
			v, pol := stripNot(cond.Cond, b.Succs[0] == blocks[i+1])
			p.branches = append(p.branches, pathCond{v, pol})
		}
	}
	return p
}

// phi returns the value phi has on the path. A phi on a cycle may take
// the value of an earlier iteration, which a simple path does not show:
// it is unknown.
func (p path) phi(phi *ssa.Phi) (ssa.Value, bool) {
	if p.cyclic[phi.Block()] {
		return nil, false
	}
	i, ok := p.entered[phi.Block()]
	if !ok || i >= len(phi.Edges) {
		return nil, false
	}
	return phi.Edges[i], true
}

// ret returns the return instruction the path ends in.
func (p path) ret() *ssa.Return {
	last := p.blocks[len(p.blocks)-1]
	return last.Instrs[len(last.Instrs)-1].(*ssa.Return)
}
