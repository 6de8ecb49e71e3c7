package errdrop

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file reports the errors that arrive without a call returning them:
// the error of a range over an iterator of (value, error) pairs that the
// loop leaves out, and the value of a receive from a channel of errors
// that is dropped. API clients return paginated listings as iterators
// (for item, err := range client.List(ctx)): a loop that leaves the error
// out stops silently at the first failed page, and the listing looks
// complete. A goroutine that reports its failure on a chan error is
// waited for with <-errc, which drops the failure.

// A dropSite is a range or a receive that drops an error, kept until the
// channels' senders are known.
type dropSite struct {
	pos, end token.Pos
	ch       *types.Var // the channel's variable or field, for a receive
	cl       callee
	what     string // the end of the message
	recv     bool   // a receive, not a range
}

// iterChanNode finds the ranges over iterators and the receives from
// channels of errors that drop the error: for v := range seq,
// for range seq and for v, _ := range seq over an iter.Seq2[V, error] (or
// any func(yield func(K, E) bool) whose E is an error); <-errc, _ = <-errc,
// var _ = <-errc, _, ok := <-errc and case <-errc: in a select, on a channel whose
// elements are errors. The callee's scope and -exclude apply as to calls,
// the callee being the call that returns the iterator or the channel; a
// sequence or a channel in a variable has no package, so -api-packages
// leaves it out. A receive from a channel that the package proves is only
// ever sent nil (onlyNil) is not reported: it waits for a signal.
//
// It runs in checkHeld's walk: iterChanNode sees every node, iterChanDone
// reports.
func (c *checker) iterChanNode(w *iterChanWalk, n ast.Node) {
	// skip are the receives of select cases whose arrival is the failure
	// (arrivalFails).
	if st, ok := n.(ast.Stmt); ok && w.skip[st] {
		return
	}
	switch n := n.(type) {
	case *ast.BlockStmt:
		c.afterShutdown(w, n.List)
	case *ast.CaseClause:
		c.afterShutdown(w, n.Body)
	case *ast.CommClause:
		c.afterShutdown(w, n.Body)
		if n.Comm != nil && c.arrivalFails(n.Body) {
			if w.skip == nil {
				w.skip = map[ast.Stmt]bool{}
			}
			w.skip[n.Comm] = true
		}
	case *ast.ExprStmt:
		// <-errc, and case <-errc: in a select.
		c.recvSite(w, n.X, "is not checked; handle or return it")
	case *ast.AssignStmt:
		// _ = <-errc, _, ok := <-errc (the comma-ok form has one
		// right-hand side for two left-hand sides).
		if len(n.Rhs) == 1 && len(n.Lhs) >= 1 && isBlank(n.Lhs[0]) {
			c.recvSite(w, n.Rhs[0], "is assigned to _; handle or return it")
		}
	case *ast.ValueSpec:
		// var _ = <-errc
		if len(n.Values) == 1 && len(n.Names) >= 1 && n.Names[0].Name == "_" {
			c.recvSite(w, n.Values[0], "is assigned to _; handle or return it")
		}
	case *ast.RangeStmt:
		if s, ok := c.rangeDrop(n); ok {
			w.sites = append(w.sites, s)
		}
	}
}

// An iterChanWalk is what iterChanNode collects.
type iterChanWalk struct {
	sites []dropSite
	skip  map[ast.Stmt]bool
}

// recvSite records e if it is a receive from a channel of errors.
func (c *checker) recvSite(w *iterChanWalk, e ast.Expr, what string) {
	info := c.pass.TypesInfo
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return
	}
	t := info.TypeOf(u.X)
	if t == nil {
		return
	}
	ch, ok := t.Underlying().(*types.Chan)
	if !ok || !c.isError(ch.Elem()) {
		return
	}
	cl, ok := c.sourceOf(u.X)
	if !ok {
		return
	}
	w.sites = append(w.sites, dropSite{pos: u.Pos(), end: u.End(), ch: varOf(info, u.X), cl: cl,
		what: what, recv: true})
}

// iterChanDone reports the sites iterChanNode found in files.
func (c *checker) iterChanDone(files []*ast.File, w *iterChanWalk) {
	if len(w.sites) == 0 {
		return
	}
	var chans map[*types.Var]bool
	for _, s := range w.sites {
		if s.recv && s.ch != nil {
			if chans == nil {
				chans = c.onlyNil(files, w.sites)
			}
			if chans[s.ch] {
				continue
			}
		}
		c.report(analysis.Diagnostic{Pos: s.pos, End: s.end, Message: fmt.Sprintf("%s %s", s.cl.name, s.what)})
	}
}

// rangeDrop returns the site of a range statement over an iterator of
// (value, error) pairs that leaves the error out.
func (c *checker) rangeDrop(n *ast.RangeStmt) (dropSite, bool) {
	t := c.pass.TypesInfo.TypeOf(n.X)
	if t == nil {
		return dropSite{}, false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 {
		return dropSite{}, false
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || yield.Params().Len() != 2 || !c.isError(yield.Params().At(1).Type()) {
		return dropSite{}, false
	}
	what := "is not checked; range over both values and handle it"
	switch {
	case n.Value == nil:
	case isBlank(n.Value):
		what = "is assigned to _; handle it"
	default:
		return dropSite{}, false
	}
	cl, ok := c.sourceOf(n.X)
	if !ok {
		return dropSite{}, false
	}
	cl.name = "error yielded by " + cl.name
	return dropSite{pos: n.X.Pos(), end: n.X.End(), cl: cl, what: what}, true
}

// sourceOf names where the iterator or channel e comes from, for the
// message ("error received from" is prefixed for channels by the caller
// when the name is set), and says whether the options leave it in: a call
// is its callee, with the scope and -exclude of calls; anything else is
// its expression, out of scope when -api-packages is set.
func (c *checker) sourceOf(e ast.Expr) (callee, bool) {
	var cl callee
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		var ok bool
		if cl, ok = c.calleeOf(call); !ok {
			return callee{}, false
		}
	} else {
		cl = callee{name: types.ExprString(e)}
	}
	if !c.inScope(cl) {
		return callee{}, false
	}
	for _, k := range cl.keys {
		if c.opts.exclude[k] {
			return callee{}, false
		}
	}
	if t := c.pass.TypesInfo.TypeOf(e); t != nil && isChanType(t) {
		cl.name = "error received from " + cl.name
	}
	return cl, true
}

// varOf returns the variable or field that e, an identifier or a
// selector, names, or nil.
func varOf(info *types.Info, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.Uses[e].(*types.Var)
		return v
	case *ast.SelectorExpr:
		v, _ := info.Uses[e.Sel].(*types.Var)
		return v
	}
	return nil
}

// onlyNil returns the channels among the sites' that the package proves
// are only ever sent nil (or nothing): local variables and unexported
// fields, every use of which in files is a receive, a send of nil, a
// close, a len or cap, a range, a select case, or an assignment of
// make(...). A parameter, a result, an exported field or package variable,
// or a channel that goes anywhere else (passed to a function, stored,
// returned, assigned from a call) may carry errors from code the package
// does not show, and is not proven.
func (c *checker) onlyNil(files []*ast.File, sites []dropSite) map[*types.Var]bool {
	info := c.pass.TypesInfo
	ok := map[*types.Var]bool{}
	for _, s := range sites {
		v := s.ch
		if v == nil || ok[v] {
			continue
		}
		if v.IsField() && v.Exported() || !v.IsField() && (v.Parent() == nil || v.Pkg() == nil ||
			v.Parent() == v.Pkg().Scope() && v.Exported() || v.Origin() != v) {
			continue // other packages may send on it
		}
		ok[v] = true
	}
	if len(ok) == 0 {
		return ok
	}
	isMake := func(e ast.Expr) bool {
		call, isCall := ast.Unparen(e).(*ast.CallExpr)
		if !isCall {
			return false
		}
		b, _ := typeutil.Callee(info, call).(*types.Builtin)
		return b != nil && b.Name() == "make"
	}
	// use judges one occurrence of v, as e, whose parent is parent.
	use := func(v *types.Var, e ast.Expr, parent ast.Node) bool {
		switch p := parent.(type) {
		case *ast.UnaryExpr:
			return p.Op == token.ARROW
		case *ast.SendStmt:
			if p.Chan == e {
				tv := info.Types[p.Value]
				return tv.IsNil()
			}
		case *ast.CallExpr:
			b, _ := typeutil.Callee(info, p).(*types.Builtin)
			return b != nil && p.Fun != e && (b.Name() == "close" || b.Name() == "len" || b.Name() == "cap")
		case *ast.RangeStmt:
			return p.X == e
		case *ast.AssignStmt:
			for i, l := range p.Lhs {
				if l == e {
					return len(p.Rhs) == len(p.Lhs) && isMake(p.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			for i, name := range p.Names {
				if name == e {
					return len(p.Values) == 0 || len(p.Values) == len(p.Names) && isMake(p.Values[i])
				}
			}
		case *ast.Field:
			return v.IsField() // the field's declaration
		}
		return false
	}
	var stack []ast.Node
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return false
			}
			if id, isIdent := n.(*ast.Ident); isIdent {
				v, _ := info.Uses[id].(*types.Var)
				if v == nil {
					v, _ = info.Defs[id].(*types.Var)
				}
				if v != nil && ok[v] && len(stack) > 0 {
					var e ast.Expr = id
					parent := stack[len(stack)-1]
					if sel, isSel := parent.(*ast.SelectorExpr); isSel && sel.Sel == id {
						e = sel
						parent = nil
						if len(stack) > 1 {
							parent = stack[len(stack)-2]
						}
					}
					for {
						pe, isParen := parent.(*ast.ParenExpr)
						if !isParen {
							break
						}
						e, parent = pe, parentOf(stack, pe)
					}
					if !use(v, e, parent) {
						ok[v] = false
					}
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	return ok
}

// parentOf returns the node above n on stack, or nil.
func parentOf(stack []ast.Node, n ast.Node) ast.Node {
	for i := len(stack) - 1; i > 0; i-- {
		if stack[i] == n {
			return stack[i-1]
		}
	}
	return nil
}

// arrivalFails reports whether body, a select case's, fails when it runs:
// a statement of it is a call of panic, log.Fatal*, os.Exit, or of a
// testing T's, B's, F's or TB's Fatal*, Error*, Fail or FailNow.
// select { case <-done: t.Fatal("delivered too early"); default: } probes
// that nothing has arrived yet: the value received does not matter
// (found on go.temporal.io/sdk's tests).
func (c *checker) arrivalFails(body []ast.Stmt) bool {
	info := c.pass.TypesInfo
	for _, st := range body {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		switch fn := typeutil.Callee(info, call).(type) {
		case *types.Builtin:
			if fn.Name() == "panic" {
				return true
			}
		case *types.Func:
			if fn.Pkg() == nil {
				continue
			}
			name := fn.Name()
			switch path := fn.Pkg().Path(); {
			case path == "os" && name == "Exit",
				path == "log" && strings.HasPrefix(name, "Fatal"),
				path == "testing" && (strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Error") || name == "Fail" || name == "FailNow"):
				return true
			}
		}
	}
	return false
}

func isChanType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// afterShutdown marks, in w.skip, the receive statements of list, nested
// ones included (not in function literals), that follow a call shutting
// something down: a method Close, Shutdown, Stop or Kill, a
// context.CancelFunc, or a func() value named cancel or stop. They wait
// for the goroutine that the shutdown ended, and what it sends is the
// shutdown's echo (srv.Close(); <-srvc, ln.Close(); <-ch // wait for the
// tester goroutine to stop, in the standard library's tests).
func (c *checker) afterShutdown(w *iterChanWalk, list []ast.Stmt) {
	seen := false
	for _, st := range list {
		if seen {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.ExprStmt, *ast.AssignStmt:
					if w.skip == nil {
						w.skip = map[ast.Stmt]bool{}
					}
					w.skip[n.(ast.Stmt)] = true
				}
				return true
			})
			continue
		}
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			continue
		}
		if call, ok := ast.Unparen(es.X).(*ast.CallExpr); ok && c.isShutdown(call) {
			seen = true
		}
	}
}

// isShutdown reports whether call shuts something down (afterShutdown).
func (c *checker) isShutdown(call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		if fn, ok := info.Uses[fun.Sel].(*types.Func); ok && fn.Signature().Recv() != nil {
			switch fn.Name() {
			case "Close", "Shutdown", "Stop", "Kill":
				return true
			}
		}
	case *ast.Ident:
		v, ok := info.Uses[fun].(*types.Var)
		if !ok {
			return false
		}
		if isNamed(v.Type(), "context", "CancelFunc") {
			return true
		}
		sig, ok := v.Type().Underlying().(*types.Signature)
		return ok && sig.Params().Len() == 0 && sig.Results().Len() == 0 && (fun.Name == "cancel" || fun.Name == "stop")
	}
	return false
}
