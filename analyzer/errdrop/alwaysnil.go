package errdrop

import (
	"go/ast"
	"go/types"
)

// alwaysNil reports whether fn is declared in the package under analysis
// and its error can never be one that matters: every return statement of
// its body gives, for each of its error results, a literal nil, or is
// return g(...) of a call whose error is itself infallible (see
// infallible). Dropping such an error loses nothing. Found on
// aws-sdk-go-v2's s3 manager, whose tests call (*WriteAtBuffer).WriteAt,
// which ends with return pLen, nil; on API clients whose helper only
// drains and closes a response body (defer closeBody(resp), with return
// resp.Body.Close()); and on slack's SecretsVerifier, whose Write is
// return v.hmac.Write(body). Functions of other packages are not looked
// into (errdrop uses no facts, see the package documentation), nor are
// stubs whose body is the single statement return nil (they will fail
// once written).
func (c *checker) alwaysNil(fn *types.Func) bool {
	if fn.Pkg() != c.pass.Pkg {
		return false
	}
	if v, ok := c.nilErrs[fn]; ok {
		return v
	}
	if c.nilErrs == nil {
		c.nilErrs = map[*types.Func]bool{}
		c.funcBodies = map[*types.Func]*ast.BlockStmt{}
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
					if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						c.funcBodies[obj] = fd.Body
					}
				}
			}
		}
	}
	body := c.funcBodies[fn]
	if body == nil {
		c.nilErrs[fn] = false
		return false
	}
	c.nilErrs[fn] = false // a recursion proves nothing
	v := c.returnsNilErrors(fn.Type().(*types.Signature), body)
	c.nilErrs[fn] = v
	return v
}

// returnsNilErrors reports whether every return in body (not counting
// function literals) gives nil for each error, or returns the results of
// a call whose error is infallible, and whether the body is more than a
// stub's single return nil.
func (c *checker) returnsNilErrors(sig *types.Signature, body *ast.BlockStmt) bool {
	results := sig.Results()
	var errIdx []int
	for i := range results.Len() {
		if c.isError(results.At(i).Type()) {
			errIdx = append(errIdx, i)
		}
	}
	if len(errIdx) == 0 {
		return false
	}
	params := map[*types.Var]bool{}
	if sig.Recv() != nil {
		params[sig.Recv()] = true
	}
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = true
	}
	ok := true
	delegates := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 && results.Len() >= 1 {
				if call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr); isCall && c.delegatesInfallible(call, params, results.Len()) {
					delegates = true
					return false
				}
			}
			if len(n.Results) != results.Len() {
				ok = false // a bare return or another call's results
				return false
			}
			for _, i := range errIdx {
				if _, isNil := c.pass.TypesInfo.Uses[identOf(n.Results[i])].(*types.Nil); !isNil {
					ok = false
				}
			}
		}
		return ok
	})
	// A body of one statement that returns nil is a stub (return nil)
	// that will fail once it is written: only real bodies count.
	return ok && (delegates || len(body.List) > 1)
}

// delegatesInfallible reports whether return call, in a function with
// params and n results, returns the results of a call whose error cannot
// matter. A Close of a parameter itself (func closeIt(c io.Closer) error {
// return c.Close() }) is not: what the caller gives may be a writer, which
// a Close at the call site would have reported.
func (c *checker) delegatesInfallible(call *ast.CallExpr, params map[*types.Var]bool, n int) bool {
	tv, ok := c.pass.TypesInfo.Types[call]
	if !ok || !tv.IsValue() {
		return false
	}
	if t, isTuple := tv.Type.(*types.Tuple); isTuple {
		if t.Len() != n {
			return false
		}
	} else if n != 1 {
		return false
	}
	if len(c.errorResults(call)) == 0 {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Close" {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && params[v] {
				return false
			}
		}
	}
	// A response or a standard stream is excluded because its failure is
	// not worth a check, not because it cannot fail: a wrapper type that
	// writes to one (a counting ResponseWriter) is still reported, as the
	// package documentation says.
	writers := call.Args
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		writers = append([]ast.Expr{sel.X}, writers...)
	}
	for _, e := range writers {
		if isResponseWriter(c.pass.TypesInfo.TypeOf(e)) || isStdStream(c.pass.TypesInfo, e) || c.stdAlias(e) {
			return false
		}
	}
	if cl, ok := c.calleeOf(call); ok {
		for _, k := range cl.keys {
			if c.opts.exclude[k] {
				return true // a default exclude (CloseWithError), or the user's
			}
		}
	}
	return c.infallible(call, c.writeFiles)
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
