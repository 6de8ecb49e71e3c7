package errdrop

// Two kinds of local variable hold a writer whose writes cannot fail:
//
//   - one that only ever holds os.Stdout or os.Stderr, a standard stream
//     under another name (cert-manager's hack/extractcrd: outWriter :=
//     os.Stdout; ...; fmt.Fprintln(outWriter, doc));
//   - a bufio.Writer (or a gzip or zlib Writer) only ever made over a
//     harmless writer, which fails only when the writer under it does
//     (cert-manager's prunexml_test.go: writer := bufio.NewWriter(&output);
//     ...; _ = writer.Flush()); see buffered.go.
//
// One walk of the package finds both.

import (
	"go/ast"
	"go/token"
	"go/types"
)

// localWriters are the local variables of the package that only ever hold
// a harmless writer, by kind.
type localWriters struct {
	std      map[*types.Var]bool // only os.Stdout or os.Stderr
	buffered map[*types.Var]bool // only a wrapper writer over a harmless writer
	// exitFlags only ever hold a flag set made with ExitOnError or
	// PanicOnError, never Init'ed again (infallible.go).
	exitFlags map[*types.Var]bool
}

// stdAlias reports whether e is a local variable every assignment of
// which is os.Stdout or os.Stderr, whose address is never taken.
func (c *checker) stdAlias(e ast.Expr) bool {
	v := c.localVar(e)
	return v != nil && c.writers().std[v]
}

// bufferedHarmless reports whether e is a local variable that holds a
// wrapper writer over a harmless writer: every assignment to it is a call
// of one of wrapperWriters (bufio.NewWriter, gzip.NewWriter,
// base64.NewEncoder) with one, its address is never taken and it is never
// Reset onto another writer. Its static type does not matter
// (base64.NewEncoder returns an io.WriteCloser): what it holds does.
func (c *checker) bufferedHarmless(e ast.Expr) bool {
	v := c.localVar(e)
	return v != nil && c.writers().buffered[v]
}

// localVar returns the local variable e names, or nil.
func (c *checker) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}

func (c *checker) writers() *localWriters {
	if c.localWriters != nil {
		return c.localWriters
	}
	info := c.pass.TypesInfo
	// What each local variable is ever assigned, and what disqualifies it
	// from both kinds: a range variable, its address taken, a Reset.
	std, buffered, other, bad := map[*types.Var]bool{}, map[*types.Var]bool{}, map[*types.Var]bool{}, map[*types.Var]bool{}
	exitFlags := map[*types.Var]bool{}
	zero := map[*types.Var]bool{} // declared without a value: holds nil
	assign := func(lhs, rhs []ast.Expr) {
		for i, l := range lhs {
			v := c.localVar(l)
			if v == nil {
				continue
			}
			switch {
			case len(rhs) != len(lhs):
				other[v] = true
			case isStdStream(info, rhs[i]):
				std[v] = true
			case c.newHarmlessBuffer(rhs[i]):
				buffered[v] = true
			case newExitingFlagSet(info, rhs[i]):
				exitFlags[v] = true
			default:
				other[v] = true
			}
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				assign(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				if len(n.Values) == 0 {
					for _, id := range n.Names {
						if v := c.localVar(id); v != nil {
							zero[v] = true
						}
					}
					break
				}
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				assign(lhs, n.Values)
			case *ast.RangeStmt:
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if v := c.localVar(x); v != nil {
						bad[v] = true
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if v := c.localVar(n.X); v != nil {
						bad[v] = true
					}
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && (sel.Sel.Name == "Reset" || sel.Sel.Name == "Init") {
					if v := c.localVar(sel.X); v != nil {
						bad[v] = true
					}
				}
			}
			return true
		})
	}
	lw := &localWriters{std: map[*types.Var]bool{}, buffered: map[*types.Var]bool{}, exitFlags: map[*types.Var]bool{}}
	for v := range exitFlags {
		if !std[v] && !buffered[v] && !other[v] && !bad[v] {
			lw.exitFlags[v] = true
		}
	}
	for v := range std {
		// A variable declared without a value holds a nil io.Writer
		// until it is assigned: not only a standard stream.
		if !buffered[v] && !other[v] && !bad[v] && !zero[v] {
			lw.std[v] = true
		}
	}
	for v := range buffered {
		if !std[v] && !other[v] && !bad[v] {
			lw.buffered[v] = true
		}
	}
	c.localWriters = lw
	return lw
}
