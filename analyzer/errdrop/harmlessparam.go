package errdrop

// A helper that writes to an io.Writer parameter is as harmless as the
// writers it is given. godo's strings.go: Stringify makes a bytes.Buffer
// and hands it to stringifyValue(w io.Writer, ...), which calls itself
// with w and writes _, _ = w.Write([]byte{'['}); the write cannot fail.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// paramSite is the function that declares a parameter and its position in
// the parameter list.
type paramSite struct {
	fn    *types.Func
	index int
}

// harmlessParam reports whether e is a parameter of an unexported
// function of the package that every call passes a harmless writer or
// such a parameter (its own, recursing, or another helper's: godo's
// stringifyValue hands w to stringifyStruct), that is never assigned or has its
// address taken, and whose function is only ever called, never used as a
// value (which could be called with anything). A function that is never
// called but by itself does not count.
func (c *checker) harmlessParam(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if c.harmlessParams == nil {
		c.harmlessParams = c.findHarmlessParams()
	}
	return c.harmlessParams[v]
}

func (c *checker) findHarmlessParams() map[*types.Var]bool {
	info := c.pass.TypesInfo
	sites := map[*types.Var]paramSite{}
	params := map[*types.Func][]*types.Var{}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Name.IsExported() || fd.Body == nil {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			for i := range sig.Params().Len() {
				p := sig.Params().At(i)
				if sig.Variadic() && i == sig.Params().Len()-1 {
					continue
				}
				if !isNamed(p.Type(), "io", "Writer") {
					continue
				}
				sites[p] = paramSite{fn, i}
				params[fn] = append(params[fn], p)
			}
		}
	}
	if len(sites) == 0 {
		return map[*types.Var]bool{}
	}
	bad := map[*types.Var]bool{}
	callees := map[*ast.Ident]bool{} // function names in call position
	given := map[*types.Var]bool{}   // given a harmless writer by some call
	deps := map[*types.Var][]*types.Var{}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				id, ok := ast.Unparen(n.Fun).(*ast.Ident)
				if !ok {
					return true
				}
				fn, ok := info.Uses[id].(*types.Func)
				if !ok || params[fn] == nil {
					return true
				}
				callees[id] = true
				for _, p := range params[fn] {
					i := sites[p].index
					if i >= len(n.Args) || n.Ellipsis.IsValid() {
						bad[p] = true
						continue
					}
					a := ast.Unparen(n.Args[i])
					if aid, ok := a.(*ast.Ident); ok {
						if q, ok := info.Uses[aid].(*types.Var); ok {
							if _, ok := sites[q]; ok {
								// One helper passes its writer on to
								// another, or to itself: harmless if that
								// one is.
								deps[p] = append(deps[p], q)
								continue
							}
						}
					}
					if plainHarmless(info, a) || c.bufferedHarmless(a) {
						given[p] = true
					} else {
						bad[p] = true
					}
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok {
							bad[v] = true
						}
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok {
							bad[v] = true
						}
					}
				}
			}
			return true
		})
	}
	// A function used as a value may be called with any writer.
	for id, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || params[fn] == nil || callees[id] {
			continue
		}
		for _, p := range params[fn] {
			bad[p] = true
		}
	}
	// The harmless parameters are the largest set, without the bad ones,
	// closed under deps, of those that some call outside the set gives a
	// harmless writer, directly or through the set.
	good := map[*types.Var]bool{}
	for p := range sites {
		if !bad[p] {
			good[p] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for p := range good {
			for _, q := range deps[p] {
				if !good[q] {
					delete(good, p)
					changed = true
					break
				}
			}
		}
	}
	grounded := map[*types.Var]bool{}
	for p := range good {
		if given[p] {
			grounded[p] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for p := range good {
			if grounded[p] {
				continue
			}
			for _, q := range deps[p] {
				if grounded[q] {
					grounded[p] = true
					changed = true
					break
				}
			}
		}
	}
	return grounded
}
