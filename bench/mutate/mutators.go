package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The operators, each a bug a person writes, by the rule that should find it.
var operators = []struct{ rule, op, doc string }{
	{"errcode", "code-string", "one edit (a character dropped, doubled or two swapped) of a string code"},
	{"errcode", "code-k8s", "a k8s metav1.StatusReason misspelt by one edit"},
	{"errcode", "code-int", "a digit dropped or doubled in an integer code of a named code type"},
	{"errcode", "code-grpc", "a gRPC code past 16: a digit doubled or dropped"},
	{"errcode", "code-http", "a digit dropped or doubled in an HTTP status"},
	{"errorder", "swap", "the general check moved before the specific one it shadows (err != nil, errors.As to an interface, an interface case)"},
	{"errorder", "dup", "a check duplicated right after itself"},
	{"errorder", "nilguard", "if err != nil { return ..., err } put before a check on the same err"},
	{"errdrop", "delete", "the if err != nil after the call deleted (the call kept as a statement)"},
	{"errdrop", "blank", "the error assigned to _ and its check deleted"},
	{"errdrop", "defer", "the call run under defer without reading its result"},
	{"errdrop", "overwrite", "the check deleted, so that the next assignment overwrites the error"},
	{"errdrop", "sentinel", "the checked error replaced by a sentinel in the return, so it is never read"},
	{"errdrop", "nilreturn", "the checked error replaced by nil in the return"},
}

func operatorNames() []string {
	var names []string
	for _, o := range operators {
		names = append(names, o.op)
	}
	return names
}

func ruleOf(op string) string {
	for _, o := range operators {
		if o.op == op {
			return o.rule
		}
	}
	return ""
}

// Edit replaces src[Lo:Hi] with New.
type Edit struct {
	Lo, Hi int
	New    string
}

// Mutant is one bug injected at one site.
type Mutant struct {
	Rule, Op string
	File     string // absolute path of the mutated file
	Dir      string // the package's directory
	Line     int    // of the site, in the original file
	Desc     string
	Edits    []Edit // sorted, not overlapping, offsets in the original file
	Lo, Hi   int    // the site in the original file: where the finding must appear
	// Findings of the rule between Then and Until (original offsets) are
	// consequences of the mutation, not noise: a nilguard shadows every
	// later check of the error in the function, not only the site's.
	Then, Until int
}

// apply returns the mutated source and the site's offsets in it.
func (m *Mutant) apply(src []byte) ([]byte, int, int) {
	var b strings.Builder
	last := 0
	lo, hi := m.Lo, m.Hi
	for _, e := range m.Edits {
		b.Write(src[last:e.Lo])
		b.WriteString(e.New)
		last = e.Hi
		d := len(e.New) - (e.Hi - e.Lo)
		if e.Lo < m.Lo {
			lo += d
		}
		if e.Lo <= m.Hi {
			hi += d
		}
	}
	b.Write(src[last:])
	return []byte(b.String()), lo, hi
}

func (c *fileCtx) mutant(op string, at token.Pos, lo, hi int, desc string, edits ...Edit) *Mutant {
	slices.SortFunc(edits, func(a, b Edit) int { return a.Lo - b.Lo })
	return &Mutant{Rule: ruleOf(op), Op: op, File: c.name, Dir: c.dir, Line: c.line(at), Desc: desc, Edits: edits, Lo: lo, Hi: hi}
}

func (c *fileCtx) del(n ast.Node) Edit { return Edit{c.off(n.Pos()), c.off(n.End()), ""} }

func (c *fileCtx) repl(n ast.Node, s string) Edit { return Edit{c.off(n.Pos()), c.off(n.End()), s} }

// indent is the white space that starts the line holding p.
func (c *fileCtx) indent(p token.Pos) string {
	o := c.off(p)
	start := strings.LastIndexByte(string(c.src[:o]), '\n') + 1
	end := start
	for end < len(c.src) && (c.src[end] == ' ' || c.src[end] == '\t') {
		end++
	}
	return string(c.src[start:end])
}

// siteRand is a generator fixed by the seed and the site, so that a site's
// mutation does not depend on which other sites the sample holds.
func siteRand(seed uint64, key string) *rand.Rand {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return rand.New(rand.NewPCG(seed, h))
}

// mutants turns what was found in one file into mutants.
func (c *fileCtx) mutants(f *found, seed uint64) []*Mutant {
	var ms []*Mutant
	add := func(m *Mutant) {
		if m != nil {
			ms = append(ms, m)
		}
	}
	for _, s := range f.codes {
		// Keyed by the package and the file's base name, not its path, so
		// that a checkout elsewhere draws the same mutants.
		add(c.mutateCode(s, siteRand(seed, fmt.Sprintf("%s/%s:%d", c.pkg.PkgPath, filepath.Base(c.name), c.off(s.value.Pos())))))
	}
	for _, ch := range f.chains {
		ms = append(ms, c.swaps(ch)...)
		ms = append(ms, c.dups(ch)...)
	}
	for _, g := range f.guards {
		add(c.nilGuard(g))
	}
	for _, cc := range f.calls {
		// errdrop reports Close only on something written (a reader's
		// Close loses nothing): a Close of a reader is no site.
		if c.captured(cc.v, cc.fnNode) || !c.writer(cc) {
			continue
		}
		add(c.deleteCheck(cc))
		add(c.blank(cc))
		add(c.deferCall(cc))
		add(c.overwrite(cc))
		add(c.sentinel(cc, false))
		add(c.sentinel(cc, true))
	}
	return ms
}

// --- errcode ---

func (c *fileCtx) mutateCode(s codeSite, rng *rand.Rand) *Mutant {
	var cands []string
	switch s.class {
	case "string", "k8s":
		for _, v := range oneEdits(constant.StringVal(s.val)) {
			if !s.known[constant.MakeString(v).ExactString()] {
				cands = append(cands, strconv.Quote(v))
			}
		}
	case "int", "grpc", "http":
		n, exact := constant.Int64Val(s.val)
		if !exact || n < 0 {
			return nil
		}
		for _, v := range digitEdits(n) {
			switch {
			case s.class == "http" && v >= 100 && v <= 599:
			case s.class == "grpc" && v <= 16:
			case s.known[constant.MakeInt64(v).ExactString()]:
			default:
				cands = append(cands, strconv.FormatInt(v, 10))
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	v := cands[rng.IntN(len(cands))]
	op := "code-" + s.class
	desc := fmt.Sprintf("%s -> %s", c.text(s.value), v)
	return c.mutant(op, s.value.Pos(), c.off(s.cmp.Pos()), c.off(s.cmp.End()), desc, c.repl(s.value, v))
}

// oneEdits are the strings one realistic typing slip away from s: a
// character dropped, doubled, or swapped with the next.
func oneEdits(s string) []string {
	if len(s) < 2 {
		return nil
	}
	seen := map[string]bool{s: true}
	var out []string
	addv := func(v string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	for i := 0; i < len(s); i++ {
		addv(s[:i] + s[i+1:])
		addv(s[:i+1] + s[i:])
		if i+1 < len(s) && s[i] != s[i+1] {
			addv(s[:i] + string(s[i+1]) + string(s[i]) + s[i+2:])
		}
	}
	return out
}

// digitEdits are the numbers one digit dropped or doubled away from n.
func digitEdits(n int64) []int64 {
	s := strconv.FormatInt(n, 10)
	seen := map[int64]bool{n: true}
	var out []int64
	for i := 0; i < len(s); i++ {
		for _, v := range []string{s[:i] + s[i+1:], s[:i+1] + s[i:]} {
			if v == "" || (len(v) > 1 && v[0] == '0') {
				continue
			}
			x, err := strconv.ParseInt(v, 10, 64)
			if err == nil && !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	return out
}

// --- errorder ---

// branches are the conditions of a chain, in order, with the text of each
// branch, so that a chain can be rebuilt in another order.
func (c *fileCtx) branches(ch chain) ([]ast.Expr, []string, bool) {
	var conds []ast.Expr
	var texts []string
	switch ch.kind {
	case "if":
		for _, ifs := range ch.ifs {
			if ifs.Init != nil {
				return nil, nil, false
			}
			conds = append(conds, ifs.Cond)
			texts = append(texts, "if "+c.text(ifs.Cond)+" "+c.text(ifs.Body))
		}
	default:
		for _, cc := range ch.clauses {
			if len(cc.List) > 1 {
				return nil, nil, false
			}
			var e ast.Expr
			if len(cc.List) == 1 {
				e = cc.List[0]
			}
			conds = append(conds, e)
			texts = append(texts, c.text(cc))
		}
	}
	return conds, texts, true
}

// rebuild replaces the chain with its branches in the given order.
func (c *fileCtx) rebuild(ch chain, texts []string, order []int) Edit {
	var b strings.Builder
	if ch.kind == "if" {
		for k, i := range order {
			if k > 0 {
				b.WriteString(" else ")
			}
			b.WriteString(texts[i])
		}
		end := ch.ifs[len(ch.ifs)-1].Body.End()
		if ch.elseBody != nil {
			b.WriteString(" else " + c.text(ch.elseBody))
			end = ch.elseBody.End()
		}
		return Edit{c.off(ch.node.Pos()), c.off(end), b.String()}
	}
	ind := c.indent(ch.clauses[0].Pos())
	for k, i := range order {
		if k > 0 {
			b.WriteString("\n" + ind)
		}
		b.WriteString(texts[i])
	}
	return Edit{c.off(ch.clauses[0].Pos()), c.off(ch.clauses[len(ch.clauses)-1].End()), b.String()}
}

// covers: a check that matches every error the other matches, proven by
// types alone: err != nil, errors.As to an interface that the other's
// target implements, a type switch case of such an interface.
func (c *fileCtx) covers(ch chain, general, specific ast.Expr) (string, bool) {
	if general == nil || specific == nil {
		return "", false
	}
	if ch.kind == "typeswitch" {
		g, s := c.info().TypeOf(general), c.info().TypeOf(specific)
		if g == nil || s == nil || c.info().Types[general].IsNil() || c.info().Types[specific].IsNil() {
			return "", false
		}
		iface, ok := g.Underlying().(*types.Interface)
		if !ok || types.Identical(g, s) || !types.Implements(s, iface) {
			return "", false
		}
		return fmt.Sprintf("case %s moved before case %s", c.text(general), c.text(specific)), true
	}
	gc, ok1 := c.checkOf(general)
	sc, ok2 := c.checkOf(specific)
	if !ok1 || !ok2 || !gc.atom || gc.v != sc.v {
		return "", false
	}
	switch {
	case gc.kind == "nonnil" && sc.kind != "nonnil":
	case gc.kind == "as" && sc.kind == "as":
		iface, ok := gc.target.Underlying().(*types.Interface)
		if !ok || types.Identical(gc.target, sc.target) || !types.Implements(sc.target, iface) {
			return "", false
		}
	default:
		return "", false
	}
	return fmt.Sprintf("%s moved before %s", c.text(general), c.text(specific)), true
}

func (c *fileCtx) swaps(ch chain) []*Mutant {
	conds, texts, ok := c.branches(ch)
	if !ok {
		return nil
	}
	var ms []*Mutant
	for i := range conds {
		for j := i + 1; j < len(conds); j++ {
			desc, ok := c.covers(ch, conds[j], conds[i])
			if !ok {
				continue
			}
			order := []int{}
			for k := range conds {
				if k == i {
					order = append(order, j)
				}
				if k != j {
					order = append(order, k)
				}
			}
			e := c.rebuild(ch, texts, order)
			ms = append(ms, c.mutant("swap", conds[i].Pos(), e.Lo, e.Hi, desc, e))
		}
	}
	return ms
}

func (c *fileCtx) dups(ch chain) []*Mutant {
	if ch.kind == "typeswitch" {
		return nil // a duplicate case of a type switch does not compile
	}
	conds, texts, ok := c.branches(ch)
	if !ok {
		return nil
	}
	var ms []*Mutant
	for i, cond := range conds {
		if cond == nil {
			continue
		}
		// A duplicated err != nil is not a mistake people make; a
		// duplicated predicate or errors.Is is (a copied branch).
		if ch, ok := c.checkOf(cond); !ok || ch.kind == "nonnil" {
			continue
		}
		var e Edit
		var lo int
		if ch.kind == "if" {
			at := c.off(ch.ifs[i].Body.End())
			e = Edit{at, at, " else " + texts[i]}
			lo = c.off(ch.ifs[i].Pos())
		} else {
			cl := ch.clauses[i]
			at := c.off(cl.End())
			e = Edit{at, at, "\n" + c.indent(cl.Pos()) + texts[i]}
			lo = c.off(cl.Pos())
		}
		ms = append(ms, c.mutant("dup", cond.Pos(), lo, e.Hi, "duplicated "+c.text(cond), e))
	}
	return ms
}

func (c *fileCtx) nilGuard(g guardable) *Mutant {
	var ft *ast.FuncType
	switch f := g.fnNode.(type) {
	case *ast.FuncDecl:
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	if ft == nil {
		return nil
	}
	name := g.ch.v.Name()
	var results []string
	errAt := -1
	if ft.Results != nil {
		for _, field := range ft.Results.List {
			t := c.info().TypeOf(field.Type)
			n := max(len(field.Names), 1)
			for range n {
				if types.Identical(t, errorType) {
					errAt = len(results)
				}
				results = append(results, zeroValue(t, c.text(field.Type)))
			}
		}
	}
	if errAt >= 0 {
		results[errAt] = name
	}
	ret := "return"
	if len(results) > 0 {
		ret += " " + strings.Join(results, ", ")
	}
	ind := c.indent(g.ifs.Pos())
	guard := fmt.Sprintf("if %s != nil {\n%s\t%s\n%s}\n%s", name, ind, ret, ind, ind)
	at := c.off(g.ifs.Pos())
	m := c.mutant("nilguard", g.ifs.Pos(), at, c.off(g.ifs.Body.Pos()),
		fmt.Sprintf("if %s != nil { %s } put before if %s", name, ret, c.text(g.ifs.Cond)), Edit{at, at, guard})
	m.Then, m.Until = c.off(g.ifs.Body.Pos()), c.off(g.fnNode.End())
	return m
}

func zeroValue(t types.Type, expr string) string {
	if _, ok := t.(*types.TypeParam); ok {
		return "*new(" + expr + ")"
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return "nil"
	case *types.Basic:
		switch {
		case u.Info()&types.IsString != 0:
			return `""`
		case u.Info()&types.IsBoolean != 0:
			return "false"
		case u.Info()&types.IsNumeric != 0:
			return "0"
		case u.Kind() == types.UnsafePointer:
			return "nil"
		}
	}
	return "*new(" + expr + ")"
}

// --- errdrop ---

// usesAfter are the references to v after p in its function.
func (c *fileCtx) usesAfter(v *types.Var, p token.Pos) []use {
	var out []use
	for _, u := range c.uses[v] {
		if u.id.Pos() >= p {
			out = append(out, u)
		}
	}
	slices.SortFunc(out, func(a, b use) int { return int(a.id.Pos() - b.id.Pos()) })
	return out
}

// definedHere: the assignment declares v.
func (c *fileCtx) definedHere(cc checkedCall) bool {
	id, ok := cc.assign.Lhs[len(cc.assign.Lhs)-1].(*ast.Ident)
	return ok && c.info().Defs[id] == cc.v
}

// usedElsewhere: v is referenced outside the assignment and its check.
func (c *fileCtx) usedElsewhere(cc checkedCall) bool {
	for _, u := range c.uses[cc.v] {
		p := u.id.Pos()
		if (p < cc.assign.Pos() || p >= cc.assign.End()) && (p < cc.ifs.Pos() || p >= cc.ifs.End()) {
			return true
		}
	}
	return false
}

func (c *fileCtx) siteRange(cc checkedCall) (int, int) {
	if cc.init {
		return c.off(cc.ifs.Pos()), c.off(cc.ifs.End())
	}
	return c.off(cc.assign.Pos()), c.off(cc.ifs.End())
}

// calleeName is the call's function as written, or its name when that is
// long (a method of a composite literal).
func (c *fileCtx) calleeName(cc checkedCall) string {
	if t := c.text(cc.call.Fun); len(t) <= 60 && !strings.Contains(t, "\n") {
		return t
	}
	return cc.fn.Name()
}

func (c *fileCtx) deleteCheck(cc checkedCall) *Mutant {
	lo, hi := c.siteRange(cc)
	if cc.init {
		return c.mutant("delete", cc.call.Pos(), lo, hi, "if "+c.text(cc.ifs.Init)+"; ... deleted, "+c.calleeName(cc)+"(...) kept as a statement",
			c.repl(cc.ifs, c.text(cc.call)))
	}
	// The error must not be read later (else the check is only moved), the
	// assignment must not be in a loop (the next iteration may read it),
	// and v must be used before (else it is declared and not used).
	if cc.inLoop || isParam(cc.v, cc.fnNode) || c.definedHere(cc) || len(c.usesAfter(cc.v, cc.ifs.End())) > 0 {
		return nil
	}
	read := false
	for _, u := range c.uses[cc.v] {
		if u.id.Pos() < cc.assign.Pos() && !u.write {
			read = true
		}
	}
	if !read {
		return nil
	}
	return c.mutant("delete", cc.call.Pos(), lo, hi, "if "+c.text(cc.ifs.Cond)+" {...} after "+c.calleeName(cc)+" deleted", c.del(cc.ifs))
}

func (c *fileCtx) blank(cc checkedCall) *Mutant {
	lo, hi := c.siteRange(cc)
	if cc.init {
		lhs := strings.Repeat("_, ", len(cc.assign.Lhs)-1) + "_"
		return c.mutant("blank", cc.call.Pos(), lo, hi, "if "+c.text(cc.ifs.Init)+"; ... -> "+lhs+" = "+c.calleeName(cc)+"(...)",
			c.repl(cc.ifs, lhs+" = "+c.text(cc.call)))
	}
	if c.definedHere(cc) && c.usedElsewhere(cc) {
		return nil
	}
	edits := []Edit{c.repl(cc.assign.Lhs[len(cc.assign.Lhs)-1], "_"), c.del(cc.ifs)}
	if cc.assign.Tok == token.DEFINE {
		newVar := false
		for _, l := range cc.assign.Lhs[:len(cc.assign.Lhs)-1] {
			if id, ok := l.(*ast.Ident); ok && id.Name != "_" && c.info().Defs[id] != nil {
				newVar = true
			}
		}
		if !newVar {
			p := c.off(cc.assign.TokPos)
			edits = append(edits, Edit{p, p + 2, "="})
		}
	}
	return c.mutant("blank", cc.call.Pos(), lo, hi, cc.v.Name()+" of "+c.calleeName(cc)+" -> _, check deleted", edits...)
}

// writer: Close is reported only on something written, so a Close is a
// site only when its receiver has a Write method.
func (c *fileCtx) writer(cc checkedCall) bool {
	if cc.fn.Name() != "Close" {
		return true
	}
	sel, ok := cc.call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	t := c.info().TypeOf(sel.X)
	if t == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pkg.Types, "Write")
	return obj != nil
}

func (c *fileCtx) deferCall(cc checkedCall) *Mutant {
	if cc.fn.Signature().Results().Len() != 1 {
		return nil
	}
	lo, hi := c.siteRange(cc)
	desc := c.calleeName(cc) + "(...) deferred, its check deleted"
	if cc.init {
		return c.mutant("defer", cc.call.Pos(), lo, hi, desc, c.repl(cc.ifs, "defer "+c.text(cc.call)))
	}
	if c.definedHere(cc) && c.usedElsewhere(cc) {
		return nil
	}
	return c.mutant("defer", cc.call.Pos(), lo, hi, desc, c.repl(cc.assign, "defer "+c.text(cc.call)), c.del(cc.ifs))
}

func (c *fileCtx) overwrite(cc checkedCall) *Mutant {
	if cc.init {
		return nil
	}
	after := c.usesAfter(cc.v, cc.ifs.End())
	if len(after) == 0 || !after[0].write {
		return nil
	}
	// The next reference must be an assignment of the same list that does
	// not read v on its right.
	for m := cc.index + 2; m < len(cc.list); m++ {
		s := cc.list[m]
		if s.Pos() > after[0].id.Pos() {
			return nil
		}
		a, ok := s.(*ast.AssignStmt)
		if !ok || after[0].id.Pos() >= s.End() {
			continue
		}
		for _, u := range after[1:] {
			if u.id.Pos() < a.End() {
				return nil
			}
		}
		lo, _ := c.siteRange(cc)
		return c.mutant("overwrite", cc.call.Pos(), lo, c.off(a.End()),
			"check of "+cc.v.Name()+" after "+c.calleeName(cc)+" deleted; line "+strconv.Itoa(c.line(a.Pos()))+" overwrites it", c.del(cc.ifs))
	}
	return nil
}

// sentinel replaces the returned error of the check's body with a
// sentinel error, or with nil.
func (c *fileCtx) sentinel(cc checkedCall, nilErr bool) *Mutant {
	if len(cc.ifs.Body.List) != 1 {
		return nil
	}
	ret, ok := cc.ifs.Body.List[0].(*ast.ReturnStmt)
	if !ok {
		return nil
	}
	var at ast.Expr
	for _, r := range ret.Results {
		if c.localErr(r) == cc.v {
			at = r
		}
	}
	if at == nil {
		return nil
	}
	n := 0
	for _, u := range c.uses[cc.v] {
		if u.id.Pos() >= cc.ifs.Body.Pos() && u.id.Pos() < cc.ifs.Body.End() {
			n++
		}
	}
	op, s := "nilreturn", "nil"
	if nilErr {
		// return resp, nil with a resp that may say what failed is another
		// bug than a lost error: only zero values beside the error.
		for _, r := range ret.Results {
			if r == at {
				continue
			}
			tv := c.info().Types[r]
			lit, _ := r.(*ast.CompositeLit)
			if !tv.IsNil() && (tv.Value == nil || !isZero(tv.Value)) && (lit == nil || len(lit.Elts) > 0) {
				return nil
			}
		}
	} else {
		op, s = "sentinel", c.sentinelExpr(ret.Pos())
	}
	if n != 1 || s == "" {
		return nil
	}
	lo, hi := c.siteRange(cc)
	return c.mutant(op, ret.Pos(), lo, hi, "return "+c.text(at)+" -> return "+s, c.repl(at, s))
}

// sentinelExpr is an error the function could return instead: a sentinel
// of the package declared outside tests, else errors.New or fmt.Errorf
// when the file imports them.
func (c *fileCtx) sentinelExpr(p token.Pos) string {
	scope := c.pkg.Types.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !types.Identical(v.Type(), errorType) || !strings.HasPrefix(strings.ToLower(name), "err") {
			continue
		}
		if strings.HasSuffix(c.pkg.Fset.Position(v.Pos()).Filename, "_test.go") {
			continue
		}
		if inner := scope.Innermost(p); inner != nil {
			if _, obj := inner.LookupParent(name, p); obj != v {
				continue
			}
		}
		return name
	}
	for _, imp := range []struct{ path, expr string }{{"errors", `errors.New("failed")`}, {"fmt", `fmt.Errorf("failed")`}} {
		name := imp.path
		if inner := c.pkg.Types.Scope().Innermost(p); inner != nil {
			if _, obj := inner.LookupParent(name, p); obj != nil {
				if pn, ok := obj.(*types.PkgName); ok && pn.Imported().Path() == imp.path {
					return imp.expr
				}
			}
		}
	}
	return ""
}
