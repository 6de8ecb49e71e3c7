package taxonomy

// Summaries of the functions of an error, computed from their SSA form.
//
// A predicate (IsNotFound) or a code function (status.Code,
// ReasonForError) is summarized path by path: every path from the entry
// of its SSA form to a return, with the branches it takes read as
// conditions on the error (a type assertion that succeeded, errors.As or
// errors.Is that returned true, err != nil, a value read from the matched
// error compared with a constant or a parameter, another summarized
// function) and what the path returns (a constant, a value read from the
// error, or something unknown). A condition the model does not read is
// left out and makes the path's term opaque, so that the paths describe
// a superset of the errors on which each result is returned. A path that
// goes around a loop passes every condition of the path that does not,
// so simple paths are enough for that superset.
//
// This replaces reading a few syntactic shapes: the real IsNotFound is
// `reason, code := reasonAndCodeForError(err)` then comparisons, and
// reasonAndCodeForError is `if status, ok := err.(APIStatus); ok ||
// errors.As(err, &status) { return status.Status().Reason, ... }; return
// StatusReasonUnknown, 0`; status.Code returns codes.OK for a nil error.

// Limits past which a function is not summarized: its SSA is too large
// to walk path by path.

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/apierrlint/apierrlint/analyzer/internal/partialssa"
)

const (
	maxSumBlocks = 128
	maxSumPaths  = 64
	maxSumSteps  = 4096
)

// funcSummary is a FuncFact decoded, or computed, in the package under
// analysis.
type funcSummary struct {
	fn      *types.Func
	subject int
	params  int
	pred    bool
	exact   bool
	paths   []sumPath
}

type sumPath struct {
	term    Term
	results []ResultRef
}

// candidateFunc reports whether fn is a function of an error that a
// summary can describe, and which parameter is the error: a plain,
// non-generic function with an error parameter whose results are all of
// basic types (a bool, a code, a reason, a status).
func candidateFunc(fn *types.Func) (subject int, ok bool) {
	sig := fn.Signature()
	if sig.Recv() != nil || sig.TypeParams() != nil || sig.Variadic() && sig.Params().Len() == 1 {
		return 0, false
	}
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 3 {
		return 0, false
	}
	for i := range res.Len() {
		b, ok := res.At(i).Type().Underlying().(*types.Basic)
		if !ok || b.Info()&(types.IsBoolean|types.IsInteger|types.IsString) == 0 {
			return 0, false
		}
	}
	for i := range sig.Params().Len() {
		if isErrorInterface(sig.Params().At(i).Type()) {
			return i, true
		}
	}
	return 0, false
}

// testsParam reports whether the body of d can say anything of param: it
// asserts its type, compares it, or passes it to a call. A function that
// only reads err.Error() has nothing to summarize, and its package is
// spared building SSA for it.
func testsParam(info *types.Info, d *ast.FuncDecl, param *types.Var) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == param
	}
	found := false
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			found = is(n.X)
		case *ast.BinaryExpr:
			found = is(n.X) || is(n.Y)
		case *ast.CallExpr:
			for _, a := range n.Args {
				if is(a) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func isPredSig(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// funcSummarizer computes the summaries of the package's functions of an
// error, each callee before its callers.
type funcSummarizer struct {
	m      *Model
	ssa    map[*types.Func]*ssa.Function
	busy   map[*types.Func]bool
	cycles map[*ssa.Function]map[*ssa.BasicBlock]bool
}

// summarizeWithSSA builds the SSA form of the functions that need it (the
// candidate functions of an error among funcs, the As and Is methods, the
// functions that build a candidate stored error) and summarizes them:
// FuncFacts, what MethodFacts the syntax did not show, StoredFacts.
func (m *Model) summarizeWithSSA(funcs, methods []*ast.FuncDecl) {
	info := m.pass.TypesInfo
	keep := make(map[*ast.FuncDecl]bool)
	var cands []*ast.FuncDecl
	for _, d := range funcs {
		if fn, ok := info.Defs[d.Name].(*types.Func); ok {
			if subject, ok := candidateFunc(fn); ok && testsParam(info, d, fn.Signature().Params().At(subject)) {
				keep[d] = true
				cands = append(cands, d)
			}
		}
	}
	var asIs []*ast.FuncDecl
	for _, d := range methods {
		if isMethodCandidate(info, d) {
			keep[d] = true
			asIs = append(asIs, d)
		}
	}
	bases, stored := m.storedCandidates(methods)
	for _, decls := range stored {
		for _, d := range decls {
			keep[d] = true
		}
	}
	if len(keep) == 0 {
		return
	}
	_, built := partialssa.Build(m.pass, partialssa.Options{
		Keep:     func(d *ast.FuncDecl) bool { return keep[d] },
		NoReturn: m.NoReturn,
	})
	byObj := make(map[*types.Func]*ssa.Function)
	for _, f := range built {
		if fn, ok := f.Object().(*types.Func); ok && f.Parent() == nil {
			byObj[fn] = f
		}
	}
	for _, d := range asIs {
		fn := info.Defs[d.Name].(*types.Func)
		if f := byObj[fn]; f != nil {
			m.summarizeMethodSSA(fn, f)
		}
	}
	if len(stored) > 0 {
		m.proveStored(bases, stored, byObj)
	}
	s := &funcSummarizer{m: m, ssa: byObj, busy: make(map[*types.Func]bool)}
	for _, d := range cands {
		fn := info.Defs[d.Name].(*types.Func)
		sum := s.summary(fn)
		if sum == nil {
			continue
		}
		if f, ok := encodeSummary(sum); ok {
			m.pass.ExportObjectFact(fn, f)
		}
	}
}

// summary returns the summary of fn: computed, for a function of this
// package, or decoded from its fact; nil if there is none.
func (s *funcSummarizer) summary(fn *types.Func) *funcSummary {
	if sum, ok := s.m.funcs[fn]; ok {
		return sum
	}
	f, local := s.ssa[fn]
	if local {
		if _, ok := candidateFunc(fn); !ok {
			return nil // built for another reason
		}
	} else {
		if fn.Pkg() == s.m.pass.Pkg {
			return nil
		}
		return s.m.funcSummary(fn)
	}
	if s.busy[fn] {
		return nil // recursion: unknown
	}
	s.busy[fn] = true
	sum := s.compute(fn, f)
	delete(s.busy, fn)
	s.m.cacheSummary(fn, sum)
	return sum
}

func (m *Model) cacheSummary(fn *types.Func, sum *funcSummary) {
	if m.funcs == nil {
		m.funcs = make(map[*types.Func]*funcSummary)
	}
	m.funcs[fn] = sum
}

func (s *funcSummarizer) compute(fn *types.Func, f *ssa.Function) *funcSummary {
	subject, ok := candidateFunc(fn)
	if !ok || len(f.Blocks) == 0 || len(f.Blocks) > maxSumBlocks || len(f.Params) != fn.Signature().Params().Len() {
		return nil
	}
	paths, ok := simplePaths(f)
	if !ok {
		return nil
	}
	sum := &funcSummary{
		fn:      fn,
		subject: subject,
		params:  fn.Signature().Params().Len(),
		pred:    isPredSig(fn.Signature()),
		exact:   true,
	}
	params := make(map[ssa.Value]int, len(f.Params))
	for i, p := range f.Params {
		if i != subject {
			params[p] = i + 1
		}
	}
	cyclic := s.cyclic(f)
	for _, blocks := range paths {
		e := newPathEval(s, f, f.Params[subject], params, newPath(blocks, cyclic))
		ret := e.ret()
		terms := e.conds()
		if sum.pred {
			terms = andDNF(terms, e.cond(ret.Results[0], true))
			for _, t := range terms {
				term := t.term()
				if term.Opaque {
					sum.exact = false
				}
				sum.paths = append(sum.paths, sumPath{term: term, results: []ResultRef{{Kind: Const, Val: Value{constant.Bool, "true"}}}})
			}
			continue
		}
		for _, t := range terms {
			term := t.term()
			results := make([]ResultRef, len(ret.Results))
			for i, r := range ret.Results {
				results[i] = e.result(t, r)
			}
			sum.paths = append(sum.paths, sumPath{term: term, results: results})
		}
		if len(sum.paths) > maxSumPaths {
			return nil
		}
	}
	if !sum.useful() {
		return nil
	}
	return sum
}

// useful reports whether the summary says anything: a predicate each of
// whose paths is known to match something, or a code function with a
// path that returns a constant or a value read from the error.
func (sum *funcSummary) useful() bool {
	if sum.pred {
		for _, p := range sum.paths {
			if len(p.term.Matches) == 0 && len(p.term.Cons) == 0 && !p.term.Nil {
				return false // true whatever the error
			}
		}
		return len(sum.paths) > 0
	}
	for _, p := range sum.paths {
		for _, r := range p.results {
			if r.Kind != Unknown {
				return true
			}
		}
	}
	return false
}
