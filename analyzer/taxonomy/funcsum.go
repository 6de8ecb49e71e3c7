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

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/apierrlint/apierrlint/analyzer/internal/partialssa"
)

// Limits past which a function is not summarized: its SSA is too large
// to walk path by path.
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
			if _, ok := candidateFunc(fn); ok {
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
	for _, blocks := range paths {
		e := newPathEval(s, f, f.Params[subject], params, blocks)
		ret := blocks[len(blocks)-1].Instrs[len(blocks[len(blocks)-1].Instrs)-1].(*ssa.Return)
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

// A sumKey identifies a match on a path: the SSA value of the test (a
// TypeAssert, an errors.As or errors.AsType call), nonNilKey, or a
// callee's match instantiated at a call.
type sumKey any

type calleeKey struct {
	call ssa.Value
	path int
	idx  int
}

type nonNil struct{}

var nonNilKey sumKey = nonNil{}

type kmatch struct {
	key sumKey
	m   Match
}

type kcons struct {
	root  sumKey // nil: the error itself
	path  string
	set   Set
	param int
}

// A kterm is a Term while a path is read: its matches are known by key.
type kterm struct {
	matches []kmatch
	cons    []kcons
	opaque  bool
	isNil   bool
}

// A kdnf is a disjunction of kterms; empty is false.
type kdnf []kterm

var (
	kTrue    = kdnf{{}}
	kUnknown = kdnf{{opaque: true}}
)

func (t kterm) has(key sumKey) bool {
	for _, m := range t.matches {
		if m.key == key {
			return true
		}
	}
	return false
}

// feasible reports whether the term can hold: a nil error matches nothing.
func (t kterm) feasible() bool {
	return !t.isNil || len(t.matches) == 0
}

func kconj(a, b kterm) kterm {
	t := kterm{opaque: a.opaque || b.opaque, isNil: a.isNil || b.isNil}
	t.matches = append([]kmatch(nil), a.matches...)
	for _, m := range b.matches {
		if !t.has(m.key) {
			t.matches = append(t.matches, m)
		}
	}
	t.cons = append(append([]kcons(nil), a.cons...), b.cons...)
	return t
}

// andDNF conjoins two disjunctions. Past maxTerms it drops b, which only
// widens the result, and marks it opaque.
func andDNF(a, b kdnf) kdnf {
	if len(a)*len(b) > maxTerms {
		out := make(kdnf, len(a))
		for i, t := range a {
			t.opaque = true
			out[i] = t
		}
		return out
	}
	var out kdnf
	for _, x := range a {
		for _, y := range b {
			if t := kconj(x, y); t.feasible() {
				out = append(out, t)
			}
		}
	}
	return out
}

func orDNF(a, b kdnf) kdnf {
	if len(a)+len(b) > maxTerms {
		return kUnknown
	}
	return append(append(kdnf(nil), a...), b...)
}

// term resolves the keys of t into a Term: a constraint on a value read
// from a match that t does not hold is left out.
func (t kterm) term() Term {
	out := Term{Opaque: t.opaque, Nil: t.isNil}
	for _, m := range t.matches {
		out.Matches = append(out.Matches, m.m)
	}
	for _, c := range t.cons {
		root := -1
		if c.root != nil {
			root = t.index(c.root)
			if root < 0 {
				out.Opaque = true
				continue
			}
		}
		out.Cons = append(out.Cons, Constraint{Root: root, Path: c.path, Set: c.set, Param: c.param})
	}
	return out
}

func (t kterm) index(key sumKey) int {
	for i, m := range t.matches {
		if m.key == key {
			return i
		}
	}
	return -1
}

// pathEval reads one path of a function.
type pathEval struct {
	s       *funcSummarizer
	f       *ssa.Function
	subject *ssa.Parameter
	params  map[ssa.Value]int // the other parameters, 1-based
	blocks  []*ssa.BasicBlock
	entered map[*ssa.BasicBlock]int // block -> index in Preds of the block before it
	loads   map[*ssa.UnOp]ssa.Value // load of a local -> the write it reads
	truth   map[ssa.Value]bool      // branch conditions on the path
	cyclic  map[*ssa.BasicBlock]bool
}

func newPathEval(s *funcSummarizer, f *ssa.Function, subject *ssa.Parameter, params map[ssa.Value]int, blocks []*ssa.BasicBlock) *pathEval {
	e := &pathEval{
		s: s, f: f, subject: subject, params: params, blocks: blocks,
		entered: make(map[*ssa.BasicBlock]int, len(blocks)),
		loads:   make(map[*ssa.UnOp]ssa.Value),
		truth:   make(map[ssa.Value]bool),
		cyclic:  s.cyclic(f),
	}
	for i, b := range blocks {
		if i > 0 {
			for j, p := range b.Preds {
				if p == blocks[i-1] {
					e.entered[b] = j
				}
			}
		}
	}
	// What each load of a local variable reads on this path: the value
	// last stored, or the errors.As call that last filled it. An address
	// that escapes makes what is read unknown.
	writes := make(map[*ssa.Alloc]ssa.Value)
	for i, b := range blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.Store:
				if a, ok := in.Addr.(*ssa.Alloc); ok {
					writes[a] = in.Val
					if v, ok := in.Val.(*ssa.Alloc); ok {
						writes[v] = nil // stored away: escapes
					}
					continue
				}
			case *ssa.UnOp:
				if a, ok := in.X.(*ssa.Alloc); ok && in.Op == token.MUL {
					// In a loop, a load may read a write of an
					// earlier iteration, which a simple path does
					// not show.
					if w, ok := writes[a]; ok && !e.cyclic[b] {
						e.loads[in] = w
					}
					continue
				}
			case *ssa.MakeInterface:
				if _, ok := in.X.(*ssa.Alloc); ok && onlyAsTargets(in) {
					continue // the target of errors.As, below
				}
			case *ssa.Call:
				if a := asTarget(in); a != nil {
					writes[a] = asWrite{in, writes[a]}
					continue
				}
			case *ssa.DebugRef:
				continue
			}
			for _, op := range instr.Operands(nil) {
				if a, ok := (*op).(*ssa.Alloc); ok {
					writes[a] = nil // escapes
				}
			}
		}
		if i+1 < len(blocks) {
			if cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
				v, pol := cond.Cond, b.Succs[0] == blocks[i+1]
				for {
					u, ok := v.(*ssa.UnOp)
					if !ok || u.Op != token.NOT {
						break
					}
					v, pol = u.X, !pol
				}
				e.truth[v] = pol
			}
		}
	}
	return e
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

// conds returns what the branches taken on the path prove.
func (e *pathEval) conds() kdnf {
	out := kTrue
	for i, b := range e.blocks[:len(e.blocks)-1] {
		cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		out = andDNF(out, e.cond(cond.Cond, b.Succs[0] == e.blocks[i+1]))
		if len(out) == 0 {
			return nil // infeasible
		}
	}
	return out
}

// A sym is what the model knows of an SSA value on the path.
type sym struct {
	kind  symKind
	key   sumKey // symMatch: the match; symRead: the root match, nil for the error
	path  string // symRead
	val   Value  // symConst
	param int    // symParam
	obj   types.Object
}

type symKind uint8

const (
	symUnknown symKind = iota
	symSubject         // the error
	symMatch           // the error a match found
	symRead            // a value read from the error or a match
	symConst
	symNil
	symParam  // another parameter
	symGlobal // a package-level variable
)

// phiEdge returns the value a phi has on the path. A phi in a loop may
// take the value of an earlier iteration, which a simple path does not
// show: it is unknown.
func (e *pathEval) phiEdge(phi *ssa.Phi) (ssa.Value, bool) {
	if e.cyclic[phi.Block()] {
		return nil, false
	}
	i, ok := e.entered[phi.Block()]
	if !ok || i >= len(phi.Edges) {
		return nil, false
	}
	return phi.Edges[i], true
}

func (e *pathEval) eval(v ssa.Value) sym {
	return e.evalDepth(v, 0)
}

func (e *pathEval) evalDepth(v ssa.Value, depth int) sym {
	if depth > 32 || v == nil {
		return sym{}
	}
	if v == e.subject {
		return sym{kind: symSubject}
	}
	if i, ok := e.params[v]; ok {
		return sym{kind: symParam, param: i}
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			if v.IsNil() {
				return sym{kind: symNil}
			}
			return sym{}
		}
		if val, ok := valueOf(v.Value); ok {
			return sym{kind: symConst, val: val}
		}
	case *ssa.Global:
		return sym{kind: symGlobal, obj: v.Object()}
	case *ssa.Phi:
		if x, ok := e.phiEdge(v); ok {
			return e.evalDepth(x, depth+1)
		}
	case *ssa.MakeInterface:
		return e.evalDepth(v.X, depth+1)
	case *ssa.ChangeInterface:
		return e.evalDepth(v.X, depth+1)
	case *ssa.ChangeType:
		return e.evalDepth(v.X, depth+1)
	case *ssa.Convert:
		if isBasic(v.Type()) && isBasic(v.X.Type()) {
			return e.evalDepth(v.X, depth+1)
		}
	case *ssa.Extract:
		if v.Index != 0 {
			break
		}
		switch t := v.Tuple.(type) {
		case *ssa.TypeAssert:
			if e.evalDepth(t.X, depth+1).kind == symSubject {
				return sym{kind: symMatch, key: sumKey(t)}
			}
		case *ssa.Call:
			if isErrorsCall(t, "AsType") && len(t.Call.Args) == 1 && e.evalDepth(t.Call.Args[0], depth+1).kind == symSubject {
				return sym{kind: symMatch, key: sumKey(t)}
			}
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch x := v.X.(type) {
		case *ssa.Alloc:
			w, ok := e.loads[v]
			if !ok || w == nil {
				break
			}
			if aw, ok := w.(asWrite); ok {
				switch truth, known := e.truth[aw.Call]; {
				case known && truth:
					return sym{kind: symMatch, key: sumKey(aw.Call)}
				case known && !truth && aw.before != nil:
					return e.evalDepth(aw.before, depth+1)
				}
				break
			}
			return e.evalDepth(w, depth+1)
		case *ssa.Global:
			return sym{kind: symGlobal, obj: x.Object()}
		case *ssa.FieldAddr:
			return read(e.evalDepth(x.X, depth+1), "."+fieldName(x.X.Type(), x.Field))
		}
	case *ssa.Field:
		return read(e.evalDepth(v.X, depth+1), "."+fieldName(v.X.Type(), v.Field))
	case *ssa.Call:
		c := &v.Call
		if c.IsInvoke() {
			if len(c.Args) == 0 {
				return read(e.evalDepth(c.Value, depth+1), "."+c.Method.Name()+"()")
			}
			break
		}
		callee := c.StaticCallee()
		if callee == nil {
			break
		}
		fn, ok := callee.Object().(*types.Func)
		if !ok {
			break
		}
		if fn.Signature().Recv() != nil {
			if len(c.Args) == 1 {
				return read(e.evalDepth(c.Args[0], depth+1), "."+fn.Name()+"()")
			}
			break
		}
		if fn.Pkg() != nil && len(c.Args) == 1 && e.evalDepth(c.Args[0], depth+1).kind == symSubject {
			return sym{kind: symRead, path: fn.Pkg().Path() + "." + fn.Name() + "()"}
		}
	}
	return sym{}
}

// read returns the value read from base by suffix (a field, a method).
func read(base sym, suffix string) sym {
	switch base.kind {
	case symSubject:
		return sym{kind: symRead, path: suffix}
	case symMatch:
		return sym{kind: symRead, key: base.key, path: suffix}
	case symRead:
		return sym{kind: symRead, key: base.key, path: base.path + suffix}
	}
	return sym{}
}

func fieldName(ptr types.Type, i int) string {
	t := ptr.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	if st, ok := t.(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}

// cond returns what it proves that v is pol on the path.
func (e *pathEval) cond(v ssa.Value, pol bool) kdnf {
	return e.condDepth(v, pol, 0)
}

func (e *pathEval) condDepth(v ssa.Value, pol bool, depth int) kdnf {
	if depth > 32 {
		return kUnknown
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.Bool {
			if constant.BoolVal(v.Value) == pol {
				return kTrue
			}
			return nil
		}
	case *ssa.UnOp:
		if v.Op == token.NOT {
			return e.condDepth(v.X, !pol, depth+1)
		}
	case *ssa.Phi:
		if x, ok := e.phiEdge(v); ok {
			return e.condDepth(x, pol, depth+1)
		}
	case *ssa.Extract:
		if v.Index == 1 && pol {
			switch t := v.Tuple.(type) {
			case *ssa.TypeAssert:
				if e.eval(t.X).kind == symSubject {
					return e.match(t, Match{Kind: Assert, Type: t.AssertedType})
				}
			case *ssa.Call:
				if isErrorsCall(t, "AsType") && len(t.Call.Args) == 1 && e.eval(t.Call.Args[0]).kind == symSubject {
					if tup, ok := t.Type().(*types.Tuple); ok && tup.Len() == 2 {
						return e.match(t, Match{Kind: As, Type: tup.At(0).Type()})
					}
				}
			}
		}
		if call, ok := v.Tuple.(*ssa.Call); ok {
			if sum, args := e.calleeSummary(call); sum != nil {
				return e.resultCond(sum, call, args, v.Index, token.EQL, Value{constant.Bool, "true"}, pol)
			}
		}
	case *ssa.Call:
		return e.callCond(v, pol)
	case *ssa.BinOp:
		return e.compare(v, pol)
	}
	// A boolean read from the error: e.Temporary(), e.Retryable.
	if s := e.eval(v); s.kind == symRead {
		set, _ := setFor(token.EQL, constant.MakeBool(pol))
		return kdnf{{cons: []kcons{{root: s.key, path: s.path, set: set}}}}
	}
	return kUnknown
}

// match returns the term of one match identified by key. A match of an
// interface every error implements is err != nil, still under its own
// key: values read from it are read from the matched error.
func (e *pathEval) match(key sumKey, m Match) kdnf {
	return kdnf{{matches: []kmatch{{key, catchAll(m)}}}}
}

func (e *pathEval) callCond(call *ssa.Call, pol bool) kdnf {
	c := &call.Call
	switch {
	case isErrorsCall(call, "As"):
		if !pol || len(c.Args) != 2 || e.eval(c.Args[0]).kind != symSubject {
			return kUnknown
		}
		if a := asTarget(call); a != nil {
			return e.match(call, Match{Kind: As, Type: a.Type().(*types.Pointer).Elem()})
		}
		return kUnknown
	case isErrorsCall(call, "Is"):
		if !pol || len(c.Args) != 2 || e.eval(c.Args[0]).kind != symSubject {
			return kUnknown
		}
		if g := e.eval(c.Args[1]); g.kind == symGlobal {
			if s := e.s.m.sentinelObj(g.obj); s != nil {
				return kdnf{{matches: []kmatch{{call, Match{Kind: Is, Obj: s}}}}}
			}
		}
		return kUnknown
	}
	if sum, args := e.calleeSummary(call); sum != nil {
		if !sum.pred {
			return kUnknown
		}
		return e.resultCond(sum, call, args, 0, token.EQL, Value{constant.Bool, "true"}, pol)
	}
	// A predicate without a summary still matches itself.
	if fn, args, ok := e.predCall(call); ok && pol {
		return kdnf{{matches: []kmatch{{call, Match{Kind: Pred, Obj: fn, Args: args}}}}}
	}
	if s := e.eval(call); s.kind == symRead {
		set, _ := setFor(token.EQL, constant.MakeBool(pol))
		return kdnf{{cons: []kcons{{root: s.key, path: s.path, set: set}}}}
	}
	return kUnknown
}

// predCall recognizes a call of a predicate on the error whose other
// arguments are constants, as a Pred match.
func (e *pathEval) predCall(call *ssa.Call) (*types.Func, string, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil {
		return nil, "", false
	}
	fn, ok := callee.Object().(*types.Func)
	if !ok {
		return nil, "", false
	}
	subject, ok := candidateFunc(fn)
	if !ok || !isPredSig(fn.Signature()) || e.eval(call.Call.Args[subject]).kind != symSubject {
		return nil, "", false
	}
	var args []string
	for i, a := range call.Call.Args {
		if i == subject {
			continue
		}
		s := e.eval(a)
		if s.kind != symConst {
			return nil, "", false
		}
		args = append(args, s.val.Exact)
	}
	return fn, joinArgs(args), true
}

// calleeSummary returns the summary of the function call calls, if the
// error is its subject argument, with the symbols of its arguments.
func (e *pathEval) calleeSummary(call *ssa.Call) (*funcSummary, []sym) {
	callee := call.Call.StaticCallee()
	if callee == nil || call.Call.IsInvoke() {
		return nil, nil
	}
	fn, ok := callee.Object().(*types.Func)
	if !ok {
		return nil, nil
	}
	sum := e.s.summary(fn)
	if sum == nil || sum.subject >= len(call.Call.Args) || e.eval(call.Call.Args[sum.subject]).kind != symSubject {
		return nil, nil
	}
	args := make([]sym, len(call.Call.Args))
	for i, a := range call.Call.Args {
		args[i] = e.eval(a)
	}
	return sum, args
}

// resultCond returns what it proves that result index of a call of sum
// compares by op with val (is pol): the disjunction, over the callee's
// paths, of the path's term and what its result says.
func (e *pathEval) resultCond(sum *funcSummary, call ssa.Value, args []sym, index int, op token.Token, val Value, pol bool) kdnf {
	if !pol {
		if neg, ok := negate(op); ok {
			op = neg
		} else {
			return kUnknown
		}
	}
	var out kdnf
	for i, p := range sum.paths {
		if index >= len(p.results) {
			return kUnknown
		}
		t := instantiate(p.term, call, i, args)
		r := p.results[index]
		switch r.Kind {
		case Const:
			if sum.pred && r.Val.Kind == constant.Bool && val.Kind == constant.Bool {
				if r.Val.compare(op, val) {
					out = orDNF(out, kdnf{t})
				}
				continue
			}
			if !comparable(r.Val, val) {
				return kUnknown
			}
			if r.Val.compare(op, val) {
				out = orDNF(out, kdnf{t})
			}
		case Read:
			set, ok := setFor(op, val.constant())
			if !ok {
				return kUnknown
			}
			var root sumKey
			if r.Root >= 0 {
				root = calleeKey{call, i, r.Root}
			}
			t.cons = append(t.cons, kcons{root: root, path: r.Path, set: set})
			out = orDNF(out, kdnf{t})
		default:
			t.opaque = true
			out = orDNF(out, kdnf{t})
		}
	}
	return out
}

func comparable(a, b Value) bool { return a.Kind == b.Kind }

// instantiate turns a callee's path term into a kterm of the caller: its
// matches are keyed by the call, its parameters replaced by the
// arguments where they are constants or parameters of the caller.
func instantiate(t Term, call ssa.Value, path int, args []sym) kterm {
	k := kterm{opaque: t.Opaque, isNil: t.Nil}
	for j, m := range t.Matches {
		k.matches = append(k.matches, kmatch{calleeKey{call, path, j}, m})
	}
	for _, c := range t.Cons {
		var root sumKey
		if c.Root >= 0 {
			root = calleeKey{call, path, c.Root}
		}
		kc := kcons{root: root, path: c.Path, set: c.Set}
		if c.Param > 0 {
			if c.Param > len(args) {
				k.opaque = true
				continue
			}
			switch a := args[c.Param-1]; a.kind {
			case symConst:
				set, ok := setFor(c.Set.Op, a.val.constant())
				if !ok {
					k.opaque = true
					continue
				}
				kc.set = set
			case symParam:
				kc.param = a.param
			default:
				k.opaque = true
				continue
			}
		}
		k.cons = append(k.cons, kc)
	}
	return k
}

// compare reads a comparison on the path.
func (e *pathEval) compare(b *ssa.BinOp, pol bool) kdnf {
	op := b.Op
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return kUnknown
	}
	if !pol {
		op, _ = negate(op)
	}
	x, y := b.X, b.Y
	sx, sy := e.eval(x), e.eval(y)
	if sx.kind == symConst || sx.kind == symNil {
		x, y, sx, sy, op = y, x, sy, sx, mirror(op)
	}
	// A result of a summarized function compared with a constant.
	if sy.kind == symConst {
		if r, ok := e.summarizedResult(x); ok {
			return e.resultCond(r.sum, r.call, r.args, r.index, op, sy.val, true)
		}
	}
	switch sx.kind {
	case symSubject:
		switch {
		case sy.kind == symNil && op == token.EQL:
			return kdnf{{isNil: true}}
		case sy.kind == symNil && op == token.NEQ:
			return kdnf{{matches: []kmatch{{nonNilKey, Match{Kind: NonNil}}}}}
		case sy.kind == symGlobal && op == token.EQL:
			if s := e.s.m.sentinelObj(sy.obj); s != nil {
				return kdnf{{matches: []kmatch{{b, Match{Kind: Eq, Obj: s}}}}}
			}
		}
	case symRead:
		switch sy.kind {
		case symConst:
			if set, ok := setFor(op, sy.val.constant()); ok {
				return kdnf{{cons: []kcons{{root: sx.key, path: sx.path, set: set}}}}
			}
		case symParam:
			if op == token.EQL || op == token.NEQ {
				return kdnf{{cons: []kcons{{root: sx.key, path: sx.path, set: Set{Op: op}, param: sy.param}}}}
			}
		}
	}
	return kUnknown
}

type summarizedResult struct {
	sum   *funcSummary
	call  *ssa.Call
	args  []sym
	index int
}

// summarizedResult recognizes v as result index of a call of a
// summarized function on the error.
func (e *pathEval) summarizedResult(v ssa.Value) (summarizedResult, bool) {
	for {
		switch c := v.(type) {
		case *ssa.ChangeType:
			v = c.X
			continue
		case *ssa.Convert:
			if isBasic(c.Type()) && isBasic(c.X.Type()) {
				v = c.X
				continue
			}
		case *ssa.Phi:
			if x, ok := e.phiEdge(c); ok {
				v = x
				continue
			}
		}
		break
	}
	index := 0
	if x, ok := v.(*ssa.Extract); ok {
		v, index = x.Tuple, x.Index
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return summarizedResult{}, false
	}
	sum, args := e.calleeSummary(call)
	if sum == nil {
		return summarizedResult{}, false
	}
	return summarizedResult{sum, call, args, index}, true
}

// result returns what the path, with term t, returns in v.
func (e *pathEval) result(t kterm, v ssa.Value) ResultRef {
	s := e.eval(v)
	switch s.kind {
	case symConst:
		return ResultRef{Kind: Const, Val: s.val}
	case symRead:
		root := -1
		if s.key != nil {
			if root = t.index(s.key); root < 0 {
				return ResultRef{}
			}
		}
		return ResultRef{Kind: Read, Root: root, Path: s.path}
	}
	return ResultRef{}
}

// sentinelObj returns obj if it is a sentinel error variable.
func (m *Model) sentinelObj(obj types.Object) types.Object {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	var f SentinelFact
	if !m.pass.ImportObjectFact(v, &f) {
		return nil
	}
	return v
}

func joinArgs(args []string) string {
	out := ""
	for i, a := range args {
		if i > 0 {
			out += ","
		}
		out += a
	}
	return out
}

// encodeSummary makes the fact of a summary. A match whose type or
// sentinel has no name another package can find is left out, with the
// constraints on it, and its term is opaque.
func encodeSummary(sum *funcSummary) (*FuncFact, bool) {
	f := &FuncFact{Subject: sum.subject, Params: sum.params, Pred: sum.pred, Exact: sum.exact}
	for _, p := range sum.paths {
		ref, kept := encodeTermLoose(p.term)
		if !ref.Opaque && len(ref.Matches) < len(p.term.Matches) {
			ref.Opaque = true
		}
		if ref.Opaque {
			f.Exact = false
		}
		results := make([]ResultRef, len(p.results))
		for i, r := range p.results {
			if r.Kind == Read && r.Root >= 0 {
				if r.Root = kept[r.Root]; r.Root < 0 {
					r = ResultRef{}
				}
			}
			results[i] = r
		}
		f.Paths = append(f.Paths, PathRef{Term: ref, Results: results})
	}
	return f, len(f.Paths) > 0
}

// encodeTermLoose encodes t, leaving out what cannot be encoded; kept maps
// the index of each match of t to its index in the result, or -1.
func encodeTermLoose(t Term) (TermRef, []int) {
	ref := TermRef{Opaque: t.Opaque, Nil: t.Nil}
	kept := make([]int, len(t.Matches))
	for i, mt := range t.Matches {
		kept[i] = -1
		r, ok := encodeMatch(mt)
		if !ok {
			ref.Opaque = true
			continue
		}
		kept[i] = len(ref.Matches)
		ref.Matches = append(ref.Matches, r)
	}
	for _, c := range t.Cons {
		root := c.Root
		if root >= 0 {
			if root = kept[root]; root < 0 {
				ref.Opaque = true
				continue
			}
		}
		ref.Cons = append(ref.Cons, ConsRef{Root: root, Path: c.Path, Set: c.Set, Param: c.Param})
	}
	return ref, kept
}

func encodeMatch(mt Match) (MatchRef, bool) {
	r := MatchRef{Kind: mt.Kind, Args: mt.Args}
	var ok bool
	switch mt.Kind {
	case NonNil:
		ok = true
	case As, Assert:
		r.Ref, ok = typeKey(mt.Type)
	case Is, Eq, Pred:
		r.Ref, ok = objKey(mt.Obj)
	}
	return r, ok
}

// funcSummary returns the summary of a function of another package,
// decoded from its fact; nil if there is none, or if a type or object it
// names cannot be found from here.
func (m *Model) funcSummary(fn *types.Func) *funcSummary {
	if sum, ok := m.funcs[fn]; ok {
		return sum
	}
	var sum *funcSummary
	var f FuncFact
	if m.pass.ImportObjectFact(fn, &f) {
		sum = m.decodeSummary(fn, &f)
	}
	m.cacheSummary(fn, sum)
	return sum
}

func (m *Model) decodeSummary(fn *types.Func, f *FuncFact) *funcSummary {
	sum := &funcSummary{fn: fn, subject: f.Subject, params: f.Params, pred: f.Pred, exact: f.Exact}
	for _, p := range f.Paths {
		t, ok := m.decodeTerm(p.Term)
		if !ok {
			return nil
		}
		sum.paths = append(sum.paths, sumPath{term: t, results: p.Results})
	}
	return sum
}

func (m *Model) decodeTerm(ref TermRef) (Term, bool) {
	t := Term{Opaque: ref.Opaque, Nil: ref.Nil}
	for _, r := range ref.Matches {
		mt := Match{Kind: r.Kind, Args: r.Args}
		switch r.Kind {
		case As, Assert:
			if mt.Type = m.resolveType(r.Ref); mt.Type == nil {
				return Term{}, false
			}
		case Is, Eq, Pred:
			if mt.Obj = m.resolveObject(r.Ref); mt.Obj == nil {
				return Term{}, false
			}
		}
		t.Matches = append(t.Matches, mt)
	}
	for _, r := range ref.Cons {
		t.Cons = append(t.Cons, Constraint{Root: r.Root, Path: r.Path, Set: r.Set, Param: r.Param})
	}
	return t, true
}
