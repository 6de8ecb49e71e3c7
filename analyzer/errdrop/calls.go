package errdrop

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// callee describes the function a call calls, for messages and options.
type callee struct {
	name string   // in messages: pkg.F, (*pkg.T).M, or the expression for a func value
	keys []string // the names -exclude may use for it (full import paths)
	pkgs []string // the packages -api-packages is matched against
}

// candidates is what the syntax pass hands to the data-flow pass.
type candidates struct {
	defs       map[token.Pos]*def            // an error variable assigned from a call, by the LHS identifier
	blankReads map[token.Pos]bool            // identifiers read only to be discarded: _ = err
	checks     map[token.Pos]*nilCheck       // if err != nil / err == nil, by the operator
	calls      map[token.Pos]*ast.CallExpr   // calls with an error result, by Lparen
	returns    map[token.Pos]*ast.ReturnStmt // by the return keyword
	uses       map[*types.Var][]token.Pos    // reads of local error variables
	lhs        map[token.Pos]bool            // identifiers assigned to, of local error variables
}

func (cs *candidates) empty() bool { return len(cs.defs) == 0 && len(cs.checks) == 0 }

// def is an error-typed local variable given the error result of a call.
type def struct {
	ident  *ast.Ident
	v      *types.Var
	call   *ast.CallExpr
	callee callee
}

// nilCheck is an if statement whose whole condition compares an error
// variable with nil.
type nilCheck struct {
	stmt  *ast.IfStmt
	cond  *ast.BinaryExpr
	ident *ast.Ident
	v     *types.Var
}

// checkCalls reports the errors that are dropped in the syntax: call
// statements, defer and go statements, and results assigned to _. It
// returns what the data-flow checks need.
func (c *checker) checkCalls(files []*ast.File) *candidates {
	cs := &candidates{
		defs:       map[token.Pos]*def{},
		blankReads: map[token.Pos]bool{},
		checks:     map[token.Pos]*nilCheck{},
		calls:      map[token.Pos]*ast.CallExpr{},
		returns:    map[token.Pos]*ast.ReturnStmt{},
		uses:       map[*types.Var][]token.Pos{},
		lhs:        map[token.Pos]bool{},
	}
	info := c.pass.TypesInfo
	// The first walk collects the files opened for writing, which the
	// second needs to judge a Close.
	writeFiles := c.writeFiles
	var nodes []ast.Node
	var panicTests []*ast.FuncLit
	// checkedClose are the local variables whose Close result is
	// assigned (not to _) or returned somewhere.
	checkedClose := map[*types.Var]bool{}
	// next is the statement after an assignment in its block, or the if
	// statement whose init it is: where the author tests a result.
	next := map[ast.Stmt]ast.Stmt{}
	stmts := func(list []ast.Stmt, block ast.Node) {
		for i, st := range list {
			if _, ok := st.(*ast.AssignStmt); ok && i+1 < len(list) {
				next[st] = list[i+1]
			}
			c.recordSeal(st, block)
		}
	}
	// A plain walk of the files, in the order of an inspector's Preorder:
	// building an inspector for one walk costs more than it saves.
	visit := func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && c.isLocalError(v) {
				cs.uses[v] = append(cs.uses[v], n.Pos())
			}
			return
		case *ast.CallExpr:
			if len(c.errorResults(n)) > 0 {
				cs.calls[n.Lparen] = n
			}
			panicTests = c.panicTestBodies(n, panicTests)
			return
		case *ast.ReturnStmt:
			cs.returns[n.Return] = n
			for _, r := range n.Results {
				if v := closeOf(info, r); v != nil {
					checkedClose[v] = true // return f.Close()
				}
			}
			return
		case *ast.IfStmt:
			if chk := c.nilCheckOf(n); chk != nil {
				cs.checks[chk.cond.OpPos] = chk
			}
			if n.Init != nil {
				next[n.Init] = n
			}
			return
		case *ast.BlockStmt:
			stmts(n.List, n)
			return
		case *ast.CaseClause:
			stmts(n.Body, n)
			return
		case *ast.CommClause:
			stmts(n.Body, n)
			return
		case *ast.AssignStmt:
			c.collectAssign(n.Lhs, n.Rhs, cs, writeFiles)
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 && !isBlank(n.Lhs[0]) {
				if v := closeOf(info, n.Rhs[0]); v != nil {
					checkedClose[v] = true // err = f.Close(), if err := f.Close(); ...
				}
				if v := closeValueOf(info, n.Rhs[0]); v != nil {
					// flush = s2c.Close, called later (minio's
					// api-putobject-snowball.go): the Close that matters
					// goes through the func value.
					checkedClose[v] = true
				}
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			c.collectAssign(lhs, n.Values, cs, writeFiles)
		case *ast.ExprStmt, *ast.DeferStmt, *ast.GoStmt:
		default:
			return
		}
		nodes = append(nodes, n)
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n != nil {
				visit(n)
			}
			return true
		})
	}
	for _, n := range nodes {
		if within(n, panicTests) {
			continue
		}
		switch n := n.(type) {
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				c.checkDropped(call, -1, writeFiles, "is not checked; handle or return it")
			}
		case *ast.DeferStmt:
			if v := closeOf(info, n.Call); v != nil && checkedClose[v] {
				// defer f.Close() as a safety net for the early
				// returns, with the Close that matters checked: the
				// second Close only reports the file already closed.
				continue
			}
			c.checkDropped(n.Call, -1, writeFiles, "is not checked in defer; check it in a deferred func")
		case *ast.GoStmt:
			c.checkDropped(n.Call, -1, writeFiles, "is not checked in go statement; check it inside the goroutine")
		case *ast.AssignStmt:
			if c.failureTested(n, next[n]) {
				continue
			}
			c.checkBlank(n.Lhs, n.Rhs, writeFiles)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			c.checkBlank(lhs, n.Values, writeFiles)
		}
	}
	return cs
}

// panicTestNames are the assertions that a function panics or does not
// (testify's assert, require and suite, and their *f forms): the calls in
// the function given to them are made for their panics, and what they
// return is beside the point. Found on temporal's SDK:
// require.NotPanics(t, func() { _ = uh.Get(ctx, nil) }).
var panicTestNames = map[string]bool{
	"Panics": true, "Panicsf": true, "NotPanics": true, "NotPanicsf": true,
	"PanicsWithValue": true, "PanicsWithValuef": true, "PanicsWithError": true, "PanicsWithErrorf": true,
}

// panicTestBodies appends to bodies the function literals passed to call
// if it is a panic assertion.
func (c *checker) panicTestBodies(call *ast.CallExpr, bodies []*ast.FuncLit) []*ast.FuncLit {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || !panicTestNames[fn.Name()] {
		return bodies
	}
	for _, a := range call.Args {
		if lit, ok := ast.Unparen(a).(*ast.FuncLit); ok {
			bodies = append(bodies, lit)
		}
	}
	return bodies
}

// within reports whether n lies inside one of lits.
func within(n ast.Node, lits []*ast.FuncLit) bool {
	for _, lit := range lits {
		if lit.Pos() <= n.Pos() && n.End() <= lit.End() {
			return true
		}
	}
	return false
}

// collectAssign records error variables assigned from calls, blank reads
// of variables, and variables holding files opened for writing.
func (c *checker) collectAssign(lhs, rhs []ast.Expr, cs *candidates, writeFiles map[*types.Var]bool) {
	info := c.pass.TypesInfo
	if len(lhs) == 1 && len(rhs) == 1 && isBlank(lhs[0]) {
		if id, ok := ast.Unparen(rhs[0]).(*ast.Ident); ok {
			cs.blankReads[id.Pos()] = true
		}
	}
	for i, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name != "_" {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && c.isLocalError(v) {
				cs.lhs[id.Pos()] = true
			}
		}
		call, idx := resultOf(rhs, len(lhs), i)
		if call == nil {
			continue
		}
		if idx == 0 && isOSFile(info.TypeOf(l)) {
			if v := assignedVar(info, l); v != nil {
				w := isWriteOpen(info, call)
				if w {
					writeFiles[v] = true
				}
				c.fileAssigns[v] = append(c.fileAssigns[v], fileAssign{call.Pos(), w})
			}
		}
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || !c.isLocalError(v) || !c.isErrorResult(call, idx) {
			continue
		}
		cl, ok := c.calleeOf(call)
		if !ok {
			continue
		}
		cs.defs[id.Pos()] = &def{ident: id, v: v, call: call, callee: cl}
	}
}

// resultOf returns the call and the index of its result that the i-th of
// n left-hand sides receives, or nil if that is not a call's result.
func resultOf(rhs []ast.Expr, n, i int) (*ast.CallExpr, int) {
	switch {
	case len(rhs) == 1 && n > 1:
		call, _ := ast.Unparen(rhs[0]).(*ast.CallExpr)
		return call, i
	case len(rhs) == n:
		call, _ := ast.Unparen(rhs[i]).(*ast.CallExpr)
		return call, 0
	}
	return nil, 0
}

func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}

// assignedVar returns the variable or field an assignment target names.
func assignedVar(info *types.Info, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.ObjectOf(e).(*types.Var)
		return v
	case *ast.SelectorExpr:
		v, _ := info.ObjectOf(e.Sel).(*types.Var)
		return v
	}
	return nil
}

// failureTested reports whether as assigns a call's error to _ and one of
// its pointer results to a variable that the next statement, an if (or
// the if whose init as is), tests for nil with a branch of its own:
// _, n, _ := net.ParseCIDR(s); if n == nil { return false }. By the
// convention of Go's standard library and of nearly every API, a pointer
// result is nil when the call fails, so the author handles the failure
// there, and only the error's text is lost. This is a decision, not a
// proof: a callee that returns a non-nil pointer beside an error would
// have its error missed. An if v != nil { use(v) } is not such a
// branch: the failure falls through it unhandled (minio's
// if tags, _ := tags.NewTags(...); tags != nil {...} silently leaves
// invalid tags off the copied object).
func (c *checker) failureTested(as *ast.AssignStmt, next ast.Stmt) bool {
	ifs, ok := next.(*ast.IfStmt)
	if !ok || len(as.Rhs) != 1 || len(as.Lhs) < 2 {
		return false
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return false
	}
	res := c.errorResults(call)
	if len(res) != 1 || res[0] >= len(as.Lhs) || !isBlank(as.Lhs[res[0]]) {
		return false
	}
	info := c.pass.TypesInfo
	ptrs := map[*types.Var]bool{}
	for i, l := range as.Lhs {
		if i == res[0] {
			continue
		}
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name != "_" {
			if v, ok := info.ObjectOf(id).(*types.Var); ok {
				if _, isPtr := types.Unalias(v.Type()).Underlying().(*types.Pointer); isPtr {
					ptrs[v] = true
				}
			}
		}
	}
	if len(ptrs) == 0 {
		return false
	}
	var tested func(e ast.Expr) bool
	tested = func(e ast.Expr) bool {
		be, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok {
			return false
		}
		switch be.Op {
		case token.LOR:
			return tested(be.X) || tested(be.Y)
		case token.EQL:
			x, y := ast.Unparen(be.X), ast.Unparen(be.Y)
			if c.isNil(x) {
				x, y = y, x
			}
			id, ok := x.(*ast.Ident)
			if !ok || !c.isNil(y) {
				return false
			}
			v, ok := info.Uses[id].(*types.Var)
			return ok && ptrs[v]
		}
		return false
	}
	return len(ifs.Body.List) > 0 && tested(ifs.Cond)
}

// checkBlank reports error results assigned to the blank identifier.
func (c *checker) checkBlank(lhs, rhs []ast.Expr, writeFiles map[*types.Var]bool) {
	for i, l := range lhs {
		if !isBlank(l) {
			continue
		}
		call, idx := resultOf(rhs, len(lhs), i)
		if call != nil {
			c.checkDropped(call, idx, writeFiles, "is assigned to _; handle or return it")
		}
	}
}

// checkDropped reports call if its result idx (every result if idx < 0)
// is an error that is not excluded.
func (c *checker) checkDropped(call *ast.CallExpr, idx int, writeFiles map[*types.Var]bool, what string) {
	res := c.errorResults(call)
	if len(res) == 0 {
		return
	}
	if idx >= 0 && !contains(res, idx) {
		return
	}
	cl, ok := c.calleeOf(call)
	if !ok || c.excluded(call, cl, writeFiles) {
		return
	}
	c.report(analysis.Diagnostic{
		Pos:     call.Pos(),
		End:     call.End(),
		Message: fmt.Sprintf("error returned by %s %s", cl.name, what),
	})
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// isError reports whether values of type t are errors: t is error, a named
// error type, an interface that embeds error, or a type parameter whose
// constraint has the Error method.
func (c *checker) isError(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return false
	}
	if _, ok := t.(*types.Tuple); ok {
		return false
	}
	// The same few types come back at every call: cache the answer.
	if is, ok := c.isErr[t]; ok {
		return is
	}
	is := types.Implements(t, c.errType)
	if c.isErr == nil {
		c.isErr = make(map[types.Type]bool)
	}
	c.isErr[t] = is
	return is
}

// errorResults returns the index of the error result of call: its last
// result, when that is an error as instantiated at the call (so a type
// parameter instantiated with error counts). An error in another position
// is a value the call returns, not its failure (a handler error beside a
// transport error, the first result of errors.AsType), and a comma-ok
// result list, whose last result is a bool, has none.
func (c *checker) errorResults(call *ast.CallExpr) []int {
	tv, ok := c.pass.TypesInfo.Types[call]
	if !ok || !tv.IsValue() {
		return nil
	}
	if t, ok := tv.Type.(*types.Tuple); ok {
		if t.Len() > 0 && c.isError(t.At(t.Len()-1).Type()) {
			return []int{t.Len() - 1}
		}
		return nil
	}
	if c.isError(tv.Type) {
		return []int{0}
	}
	return nil
}

func (c *checker) isErrorResult(call *ast.CallExpr, idx int) bool {
	return contains(c.errorResults(call), idx)
}

// isLocalError reports whether v is a local variable (or parameter or
// result) of an error type.
func (c *checker) isLocalError(v *types.Var) bool {
	return !v.IsField() && v.Parent() != nil && v.Parent() != c.pass.Pkg.Scope() && v.Parent() != types.Universe && c.isError(v.Type())
}

// calleeOf names the function call calls. It is false for conversions and
// builtins.
func (c *checker) calleeOf(call *ast.CallExpr) (callee, bool) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return callee{}, false
	}
	switch obj := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return callee{}, false
	case *types.Func:
		return c.funcCallee(call, obj.Origin()), true
	default:
		// A func value: a variable, a field, a literal, a call's result.
		return callee{name: types.ExprString(call.Fun)}, true
	}
}

func (c *checker) funcCallee(call *ast.CallExpr, fn *types.Func) callee {
	sig := fn.Type().(*types.Signature)
	recv := sig.Recv()
	if recv == nil {
		cl := callee{name: fn.Name()}
		if fn.Pkg() != nil {
			cl.keys = []string{fn.Pkg().Path() + "." + fn.Name()}
			cl.pkgs = []string{fn.Pkg().Path()}
			if fn.Pkg() != c.pass.Pkg {
				cl.name = fn.Pkg().Name() + "." + fn.Name()
			}
		}
		return cl
	}
	var cl callee
	add := func(t types.Type, display bool) {
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			ptr, t = "*", p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pkg() == nil {
			return
		}
		obj := named.Obj()
		cl.keys = append(cl.keys, "("+ptr+obj.Pkg().Path()+"."+obj.Name()+")."+fn.Name())
		cl.pkgs = append(cl.pkgs, obj.Pkg().Path())
		if display && cl.name == "" {
			q := obj.Pkg().Name() + "."
			if obj.Pkg() == c.pass.Pkg {
				q = ""
			}
			cl.name = "(" + ptr + q + obj.Name() + ")." + fn.Name()
		}
	}
	// The static type of the receiver expression names interface methods
	// best ((io.WriteCloser).Close rather than (io.Closer).Close); the
	// declared receiver names concrete methods, promoted ones included.
	var static types.Type
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		static = c.pass.TypesInfo.TypeOf(sel.X)
	}
	if static != nil && types.IsInterface(static) {
		add(static, true)
		add(recv.Type(), true)
	} else {
		add(recv.Type(), true)
		if static != nil {
			add(static, false)
		}
	}
	if fn.Pkg() != nil {
		cl.pkgs = append(cl.pkgs, fn.Pkg().Path())
	}
	if cl.name == "" {
		cl.name = types.ExprString(call.Fun)
	}
	return cl
}

// excluded reports whether dropping the errors of call is fine: the
// options exclude it or it is a default exclude, its package is out of the
// -api-packages scope, or it is the Close of something that is not written.
func (c *checker) excluded(call *ast.CallExpr, cl callee, writeFiles map[*types.Var]bool) bool {
	if !c.inScope(cl) {
		return true
	}
	for _, k := range cl.keys {
		if c.opts.exclude[k] {
			return true
		}
	}
	return c.infallible(call, writeFiles)
}

// infallible reports whether the error of call cannot happen on its
// arguments, or loses nothing when dropped: the default excludes of the
// package documentation.
func (c *checker) infallible(call *ast.CallExpr, writeFiles map[*types.Var]bool) bool {
	info := c.pass.TypesInfo
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		// go func() error { ...; return pw.CloseWithError(err) }(): a
		// literal whose every return is nil or an infallible call's.
		sig, ok := info.TypeOf(lit).(*types.Signature)
		return ok && c.returnsNilErrors(sig, lit.Body)
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	if c.alwaysNil(fn) || c.guardedInfallible(fn, call) {
		return true
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil && fn.Pkg() != nil {
		path := fn.Pkg().Path() + "." + fn.Name()
		if cannotFail(info, fn, call) || drainsToDiscard(info, path, call) || constRequest(info, path, call) || c.copyInMemory(path, call) {
			return true
		}
		switch path {
		case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString":
			return len(call.Args) > 0 && c.harmlessWriter(call.Args[0])
		case "encoding/json.Marshal", "encoding/json.MarshalIndent":
			// A value of a type that always encodes (godo:
			// output, _ = json.Marshal(text.String()); slack:
			// json.Marshal(map[string]string{...})); a named type may
			// have a MarshalJSON that fails, a float may be NaN.
			return len(call.Args) >= 1 && alwaysEncodes(info.TypeOf(call.Args[0]))
		case "encoding/xml.Marshal", "encoding/xml.MarshalIndent":
			return len(call.Args) >= 1 && alwaysEncodesXML(info.TypeOf(call.Args[0]))
		case "encoding/binary.Write":
			// binary.Write fails when the write does or when the data
			// has no fixed size (an int, a string); azblob's
			// _ = binary.Write(&buf, binary.LittleEndian, segCRC).
			return len(call.Args) == 3 && c.harmlessWriter(call.Args[0]) && fixedSize(info.TypeOf(call.Args[2]), 0)
		}
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recvT := info.TypeOf(sel.X)
	if c.bufferedHarmless(sel.X) {
		// A variable that only ever holds a wrapper writer over a
		// harmless writer, whatever its static type (io.WriteCloser for
		// base64.NewEncoder).
		switch fn.Name() {
		case "Flush", "Write", "WriteString", "WriteByte", "WriteRune", "ReadFrom", "Close":
			return true
		}
	}
	switch fn.Name() {
	case "Write", "WriteString", "WriteByte", "WriteRune":
		return isHash(recvT) || isStdStream(info, sel.X) || isResponseWriter(recvT) || c.harmlessParam(sel.X) || c.stdAlias(sel.X)
	case "Encode":
		// json.NewEncoder(w).Encode(v) in a handler: see isResponseWriter.
		return fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" && c.encoderOnResponse(sel.X)
	case "Seek":
		return seekInMemory(info, recvT, call)
	case "Peek":
		return c.peekBuffered(sel.X, call)
	case "Parse":
		return c.exitingParse(fn, sel.X)
	case "Flush":
		// http.NewResponseController(rw).Flush(): a write of the
		// response, like rw.Write (see isResponseWriter); caddy's
		// reverseproxy.go flushes a partial response before aborting.
		return sig.Params().Len() == 0 && isNamed(recvT, "net/http", "ResponseController")
	case "Usage", "Help":
		// A cobra command printing its usage or help to its output
		// stream: see isStdStream.
		return sig.Params().Len() == 0 && isCobraCommand(fn)
	case "WriteTo":
		// f.WriteTo(os.Stderr): a dump to a standard stream or a buffer,
		// like fmt.Fprint to one.
		return len(call.Args) == 1 && c.harmlessWriter(call.Args[0])
	case "Close":
		if sig.Params().Len() != 0 {
			return false
		}
		if isOSFile(recvT) {
			v := assignedVar(info, sel.X)
			return v == nil || !writeFiles[v] || !c.writerAt(v, call.Pos()) || c.neverWritten(v)
		}
		return !hasWriteMethod(recvT)
	}
	return false
}

func (c *checker) inScope(cl callee) bool {
	if len(c.opts.api) == 0 {
		return true
	}
	for _, p := range cl.pkgs {
		if c.opts.inAPI(p) {
			return true
		}
	}
	return false
}

// harmlessWriter reports whether writes to e cannot fail or are not worth
// checking: os.Stdout, os.Stderr, a bytes.Buffer, a strings.Builder, a
// hash, an http.ResponseWriter, a bufio.Writer over one of them, a
// parameter only ever given one of them (harmlessParam), or a local
// variable that only ever holds a standard stream (stdAlias).
func (c *checker) harmlessWriter(e ast.Expr) bool {
	return plainHarmless(c.pass.TypesInfo, e) || c.bufferedHarmless(e) || c.harmlessParam(e) || c.stdAlias(e) || c.infallibleWriter(e)
}

// infallibleWriter reports whether e's type has a Write method of the
// package whose error is always nil or an infallible call's (alwaysNil:
// slack's SecretsVerifier, whose Write is a hash's), so that
// io.WriteString(&sv, body) cannot fail either. A type with a WriteString
// of its own is not followed (io.WriteString would call that instead).
func (c *checker) infallibleWriter(e ast.Expr) bool {
	t := c.pass.TypesInfo.TypeOf(e)
	if t == nil || !hasWriteMethod(t) {
		return false
	}
	w, ok := obj(t, "Write").(*types.Func)
	if !ok {
		return false
	}
	if _, has := obj(t, "WriteString").(*types.Func); has {
		return false
	}
	return c.alwaysNil(w.Origin())
}

func plainHarmless(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return isStdStream(info, e) || isNamed(t, "bytes", "Buffer") || isNamed(t, "strings", "Builder") || isHash(t) || isResponseWriter(t)
}

// isResponseWriter reports whether t, a static type, is net/http's
// ResponseWriter or *httptest.ResponseRecorder. A handler cannot report a
// failed write of its response to anyone: the error means the client has
// gone, net/http's own handlers (FileServer, Error, Redirect) drop it, and
// the server closes the connection anyway. In a test server the client is
// the test, which sees a broken response in its own assertions. A
// ResponseRecorder writes to a bytes.Buffer and never fails. Only the
// static type counts: a wrapper type with a Write method of its own
// (compressing, counting) is not trusted, and an io.Writer that happens to
// hold a ResponseWriter is not known to.
func isResponseWriter(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return isNamed(p.Elem(), "net/http/httptest", "ResponseRecorder")
	}
	return isNamed(t, "net/http", "ResponseWriter")
}

// encoderOnResponse reports whether e is json.NewEncoder(w) with w a
// ResponseWriter: a handler's json.NewEncoder(w).Encode(v). Encode fails
// when the write does (see isResponseWriter) or when v cannot be encoded
// (a channel, a func, a NaN, a cycle, a failing MarshalJSON): a defect of
// the handler's own response type, which every request shows as an empty
// body, not a run-time failure to handle. An encoder over any other
// writer, a file or a buffer whose bytes are used, is still reported.
func (c *checker) encoderOnResponse(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" || fn.Name() != "NewEncoder" {
		return false
	}
	return isResponseWriter(c.pass.TypesInfo.TypeOf(call.Args[0]))
}

// isStdStream reports whether e is os.Stdout or os.Stderr, or a cobra
// command's output stream (cmd.OutOrStdout(), OutOrStderr(),
// ErrOrStderr()), which is the standard stream unless the program set
// another (a test, a buffer): go-containerregistry's crane prints its
// results with fmt.Fprintln(cmd.OutOrStdout(), ...), as other programs
// use fmt.Println.
func isStdStream(info *types.Info, e ast.Expr) bool {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 0 {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			switch fn.Name() {
			case "OutOrStdout", "OutOrStderr", "ErrOrStderr":
				return isCobraCommand(fn)
			}
		}
		return false
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.ObjectOf(sel.Sel).(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

// isCobraCommand reports whether fn is a method of
// github.com/spf13/cobra's Command.
func isCobraCommand(fn *types.Func) bool {
	recv := fn.Type().(*types.Signature).Recv()
	return recv != nil && isNamed(recv.Type(), "github.com/spf13/cobra", "Command")
}

// isNamed reports whether t is pkg.name or *pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

func isOSFile(t types.Type) bool { return isNamed(t, "os", "File") }

// isHash reports whether t has the methods of hash.Hash, whose Write never
// returns an error, or is a checksum: a Write beside a Sum32 or Sum64
// method, as hash.Hash32 and hash.Hash64 have (azblob's
// type hash64 interface { Write(p []byte) (int, error); Sum64() uint64 },
// which holds a CRC-64).
func isHash(t types.Type) bool {
	if t == nil {
		return false
	}
	if hasWriteMethod(t) && (hasSum(t, "Sum32", types.Uint32) || hasSum(t, "Sum64", types.Uint64)) {
		return true
	}
	for _, m := range []string{"Sum", "Reset", "Size", "BlockSize"} {
		if _, ok := obj(t, m).(*types.Func); !ok {
			return false
		}
	}
	return true
}

func obj(t types.Type, name string) types.Object {
	o, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	return o
}

// hasWriteMethod reports whether t has an io.Writer Write method.
func hasWriteMethod(t types.Type) bool {
	if t == nil {
		return false
	}
	fn, ok := obj(t, "Write").(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	s, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// isWriteOpen reports whether call opens a file for writing: os.Create,
// os.CreateTemp, ioutil.TempFile, or os.OpenFile with a write flag (or a
// flag it cannot evaluate that names one).
func isWriteOpen(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "os.Create", "os.CreateTemp", "io/ioutil.TempFile":
		return true
	case "os.OpenFile":
		if len(call.Args) < 2 {
			return false
		}
		const write = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREATE | os.O_TRUNC
		if tv := info.Types[call.Args[1]]; tv.Value != nil {
			f, ok := constant.Int64Val(tv.Value)
			return ok && f&int64(write) != 0
		}
		found := false
		ast.Inspect(call.Args[1], func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				switch id.Name {
				case "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREATE", "O_TRUNC":
					found = true
				}
			}
			return !found
		})
		return found
	}
	return false
}

// nilCheckOf returns the nil check that is the whole condition of n.
func (c *checker) nilCheckOf(n *ast.IfStmt) *nilCheck {
	be, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr)
	if !ok || (be.Op != token.NEQ && be.Op != token.EQL) {
		return nil
	}
	x, y := ast.Unparen(be.X), ast.Unparen(be.Y)
	if c.isNil(x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !c.isNil(y) {
		return nil
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !c.isLocalError(v) || !types.IsInterface(v.Type()) {
		return nil
	}
	return &nilCheck{stmt: n, cond: be, ident: id, v: v}
}

func (c *checker) isNil(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// hasSum reports whether t has a method name() of the basic type kind.
func hasSum(t types.Type, name string, kind types.BasicKind) bool {
	fn, ok := obj(t, name).(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == kind
}

// fixedSize reports whether encoding/binary.Write accepts a value of type
// t: a bool, a sized number, or a pointer, array, slice or struct of
// them. An int, a uint, a string, a map or an interface makes it fail.
func fixedSize(t types.Type, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool, types.Int8, types.Int16, types.Int32, types.Int64,
			types.Uint8, types.Uint16, types.Uint32, types.Uint64,
			types.Float32, types.Float64, types.Complex64, types.Complex128:
			return true
		}
		return false
	case *types.Pointer:
		return fixedSize(u.Elem(), depth+1)
	case *types.Array:
		return fixedSize(u.Elem(), depth+1)
	case *types.Slice:
		return fixedSize(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if !fixedSize(u.Field(i).Type(), depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// closeValueOf returns the local variable v when e is the method value
// v.Close, not called.
func closeValueOf(info *types.Info, e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Close" {
		return nil
	}
	if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return nil
	}
	v, ok := info.Uses[identOf(sel.X)].(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	return v
}

// closeOf returns the local variable v when e is v.Close().
func closeOf(info *types.Info, e ast.Expr) *types.Var {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Close" {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	return v
}
