package errdrop

// Branch correlation for the path searches. A table-driven test checks an
// error on two ifs with complementary conditions:
//
//	if tt.wantErr { if err == nil { t.Fatal(..) } }
//	if !tt.wantErr { if err != nil { t.Fatal(..) } }
//
// and the path that takes neither branch cannot happen. A search carries
// the values of the few conditions it has branched on that some other if of
// the function tests again, and does not follow the edge of a later if that
// contradicts one. Two conditions are the same only when that is proved:
// the same SSA value (or its negation), the same field of the same value,
// or a load of the same field of a variable that is never written after it
// is initialised (a table-driven test's tt, captured by t.Run's function).
// A value defined in a loop is forgotten when the path enters the block that
// defines it again.

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// maxKnown bounds the conditions a path carries, so that the states of a
// search stay few; forgetting one only adds paths.
const maxKnown = 2

// condKey names a condition up to provable equality: root, then the field
// indices of path (".2.0") applied to it, through a load from memory when
// load is set.
type condKey struct {
	root ssa.Value
	path string
	load bool
}

type knownCond struct {
	k   condKey
	val bool
}

type knownConds [maxKnown]knownCond

// condCtx is what one function's searches share: which conditions recur,
// and which variables are never written after their initialisation.
type condCtx struct {
	recurring map[condKey]bool
	readOnly  map[ssa.Value]bool
	// fieldWrites are, for the pointer parameters the function does not
	// let escape, the field paths it stores to (nil when it escapes).
	fieldWrites map[*ssa.Parameter][]string
}

// condsOf returns the correlation context of fn, computed on first use.
func (c *checker) condsOf(fn *ssa.Function) *condCtx {
	if cx := c.conds[fn]; cx != nil {
		return cx
	}
	if c.conds == nil {
		c.conds = map[*ssa.Function]*condCtx{}
	}
	cx := &condCtx{readOnly: map[ssa.Value]bool{}}
	count := map[condKey]int{}
	for _, b := range fn.Blocks {
		if ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			if k, _, ok := cx.key(ifi.Cond); ok {
				count[k]++
			}
		}
	}
	for k, n := range count {
		if n > 1 {
			if cx.recurring == nil {
				cx.recurring = map[condKey]bool{}
			}
			cx.recurring[k] = true
		}
	}
	c.conds[fn] = cx
	return cx
}

// key returns the name of condition v up to provable equality, and whether
// v is its negation.
func (cx *condCtx) key(v ssa.Value) (k condKey, neg bool, ok bool) {
	for {
		u, isNot := v.(*ssa.UnOp)
		if !isNot || u.Op != token.NOT {
			break
		}
		neg = !neg
		v = u.X
	}
	path := ""
	for {
		f, isField := v.(*ssa.Field)
		if !isField {
			break
		}
		path = "." + strconv.Itoa(f.Field) + path
		v = f.X
	}
	if ld, isLoad := v.(*ssa.UnOp); isLoad && ld.Op == token.MUL {
		addr := ld.X
		p := path
		for {
			fa, isFA := addr.(*ssa.FieldAddr)
			if !isFA {
				break
			}
			p = "." + strconv.Itoa(fa.Field) + p
			addr = fa.X
		}
		if cx.isReadOnly(addr) || cx.fieldUnwritten(addr, p) {
			return condKey{root: addr, path: p, load: true}, neg, true
		}
	}
	if v == nil {
		return condKey{}, false, false
	}
	return condKey{root: v, path: path}, neg, true
}

// fieldUnwritten reports whether addr is a pointer parameter whose field
// path p the function never stores to, and which the function does not let
// escape: the parameter and the addresses of its fields are only loaded
// from, stored to, or narrowed to a field (controller-runtime's
// parseWebhook(options *WebhookInstallOptions) tests
// options.IgnoreErrorIfPathMissing twice and appends to other fields of
// options in between). Two loads of such a field read the same value
// unless another goroutine, or a call through an alias the function cannot
// see, writes it: that is assumed not to happen, as it is for a value
// parameter.
func (cx *condCtx) fieldUnwritten(addr ssa.Value, p string) bool {
	param, ok := addr.(*ssa.Parameter)
	if !ok || p == "" {
		return false
	}
	if _, isPtr := param.Type().Underlying().(*types.Pointer); !isPtr {
		return false
	}
	if cx.fieldWrites == nil {
		cx.fieldWrites = map[*ssa.Parameter][]string{}
	}
	writes, ok := cx.fieldWrites[param]
	if !ok {
		writes = []string{}
		if !fieldUses(param, "", &writes, 0) {
			writes = nil
		}
		cx.fieldWrites[param] = writes
	}
	if writes == nil {
		return false
	}
	for _, w := range writes {
		// A store to the field, to a field inside it, or to a struct
		// that holds it.
		if w == p || strings.HasPrefix(w, p+".") || strings.HasPrefix(p, w+".") || w == "" {
			return false
		}
	}
	return true
}

// fieldUses records in writes the field paths of v, a pointer reached from
// a parameter through path, that are stored to, and reports false when v
// escapes: it is used other than to load, store to or take a field.
func fieldUses(v ssa.Value, path string, writes *[]string, depth int) bool {
	refs := v.Referrers()
	if refs == nil || depth > 8 {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.DebugRef:
		case *ssa.UnOp:
			if r.Op != token.MUL || r.X != v {
				return false
			}
		case *ssa.Store:
			if r.Addr != v || r.Val == v {
				return false
			}
			*writes = append(*writes, path)
		case *ssa.FieldAddr:
			if !fieldUses(r, path+"."+strconv.Itoa(r.Field), writes, depth+1) {
				return false
			}
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				return false // options != nil
			}
		default:
			return false
		}
	}
	return true
}

// isReadOnly reports whether addr is a local variable (or one captured
// from an enclosing function) that nothing writes after its one
// initialising store: every other use reads it, a field of it, or captures
// it in a closure that only reads it.
func (cx *condCtx) isReadOnly(addr ssa.Value) bool {
	if ro, ok := cx.readOnly[addr]; ok {
		return ro
	}
	cx.readOnly[addr] = false // cycles count as writes
	ro := false
	switch a := addr.(type) {
	case *ssa.Alloc:
		ro = allocReadOnly(a)
	case *ssa.FreeVar:
		ro = freeVarReadOnly(a, cx)
	}
	cx.readOnly[addr] = ro
	return ro
}

func allocReadOnly(a *ssa.Alloc) bool {
	refs := a.Referrers()
	if refs == nil {
		return false
	}
	var init *ssa.Store
	for _, r := range *refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a {
			if init != nil {
				return false
			}
			init = st
		}
	}
	for _, r := range *refs {
		if r == init {
			continue
		}
		if init != nil && !before(init, r) {
			return false
		}
		if !readOnlyUse(a, r, 0) {
			return false
		}
	}
	return true
}

// freeVarReadOnly reports whether the variable that fv captures is read
// only: the value bound to it where its closure is made is.
func freeVarReadOnly(fv *ssa.FreeVar, cx *condCtx) bool {
	fn := fv.Parent()
	if fn == nil || fn.Parent() == nil {
		return false
	}
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	found := false
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok || mc.Fn != fn {
				continue
			}
			if idx < 0 || idx >= len(mc.Bindings) || !cx.isReadOnly(mc.Bindings[idx]) {
				return false
			}
			found = true
		}
	}
	return found
}

// readOnlyUse reports whether instruction r only reads through v, a
// pointer to a variable or to a field of one.
func readOnlyUse(v ssa.Value, r ssa.Instruction, depth int) bool {
	if depth > 8 {
		return false
	}
	switch r := r.(type) {
	case *ssa.DebugRef:
		return true
	case *ssa.UnOp:
		return r.Op == token.MUL && r.X == v
	case *ssa.FieldAddr:
		refs := r.Referrers()
		if refs == nil {
			return false
		}
		for _, rr := range *refs {
			if !readOnlyUse(r, rr, depth+1) {
				return false
			}
		}
		return true
	case *ssa.MakeClosure:
		fn, ok := r.Fn.(*ssa.Function)
		if !ok {
			return false
		}
		for i, b := range r.Bindings {
			if b != v {
				continue
			}
			if i >= len(fn.FreeVars) {
				return false
			}
			refs := fn.FreeVars[i].Referrers()
			if refs == nil {
				continue
			}
			for _, rr := range *refs {
				if !readOnlyUse(fn.FreeVars[i], rr, depth+1) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// before reports whether a executes before b whenever b executes: a
// dominates b.
func before(a, b ssa.Instruction) bool {
	if a.Block() == nil || b.Block() == nil || a.Parent() != b.Parent() {
		return false
	}
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, instr := range a.Block().Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// cross updates the conditions known on the edge from b to s: it reports
// false when the edge contradicts one of them (the path cannot happen),
// records the branch's condition when it recurs, and forgets what s
// defines again.
func (cx *condCtx) cross(known knownConds, b, s *ssa.BasicBlock) (knownConds, bool) {
	if cx == nil {
		return known, true
	}
	if ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && b.Succs[0] != b.Succs[1] {
		if k, neg, ok := cx.key(ifi.Cond); ok && cx.recurring[k] {
			val := (s == b.Succs[0]) != neg
			set := false
			for _, kc := range known {
				if kc.k == k {
					if kc.val != val {
						return known, false
					}
					set = true
				}
			}
			if !set {
				// Forget the oldest.
				copy(known[1:], known[:maxKnown-1])
				known[0] = knownCond{k: k, val: val}
			}
		}
	}
	for i := range known {
		if r, ok := known[i].k.root.(ssa.Instruction); ok && r.Block() == s {
			known[i] = knownCond{}
		}
	}
	return known, true
}
