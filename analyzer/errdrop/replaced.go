package errdrop

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"go/version"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// This file reports an API error that is checked and then replaced:
//
//	if _, err := s3c.PutObject(ctx, in); err != nil {
//		return ErrUploadFailed
//	}
//
// The caller gets a sentinel with no cause: the API's code, message and
// request id are gone. It is the most common way an API error is lost in
// application code. The data-flow check of flow.go leaves it alone (the
// return is "another error that may be non-nil"); this one is syntactic
// and narrow: the error comes from a call of an API client, the branch
// does not read it at all, and it returns an error that is certainly new
// and so cannot carry it.

// knownClients are the import path prefixes of the API clients whose
// errors carry a code, a status or a request id that a replacement loses.
// With -api-packages set, those packages count too.
var knownClients = []string{
	"github.com/aws/aws-sdk-go-v2/",
	"github.com/aws/aws-sdk-go/",
	"cloud.google.com/go/",
	"google.golang.org/api/",
	"google.golang.org/grpc",
	"github.com/Azure/azure-sdk-for-go/",
	"github.com/stripe/stripe-go/",
	"github.com/google/go-github/",
	"github.com/digitalocean/godo",
	"github.com/hashicorp/vault/api",
	"k8s.io/client-go/",
	"sigs.k8s.io/controller-runtime/pkg/client",
	"go.temporal.io/sdk/client",
	"go.temporal.io/api/",
	"github.com/minio/minio-go/",
	"github.com/slack-go/slack",
	"github.com/ngrok/ngrok-api-go/",
}

// isKnownClient reports whether a package is one of an API client's.
func (c *checker) isKnownClient(cl callee) bool {
	for _, p := range cl.pkgs {
		if len(c.opts.api) > 0 && c.opts.inAPI(p) {
			return true
		}
		for _, k := range knownClients {
			if p == strings.TrimSuffix(k, "/") || strings.HasPrefix(p, k) ||
				!strings.HasSuffix(k, "/") && strings.HasPrefix(p, k+"/") {
				return true
			}
		}
	}
	return false
}

// isOperation reports whether call is an API operation: a method that
// takes a context.Context. A client package's functions and context-free
// methods also parse names and build requests (vault/api's
// PluginRuntimeTypeString, an enumer parser): their errors carry no code.
func (c *checker) isOperation(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Signature().Recv() == nil {
		return false
	}
	for p := range fn.Signature().Params().Variables() {
		if isNamed(p.Type(), "context", "Context") {
			return true
		}
	}
	return false
}

// replacedNode reports, in n, a block of f, the if err != nil branches that
// replace an API client's error (see the top of the file): err is given
// by an operation (isOperation) of a known client in the if's init statement or in the
// statement right before the if; the branch does not mention err; and a
// statement of the branch returns, as its error, a package-level error
// variable (a sentinel), errors.New(...), fmt.Errorf(...) or a composite
// literal of an error type. A return explained by a comment on the line
// above it, or by a //nolint directive on its line, is not reported.
//
// It runs in checkHeld's walk, on every node of f.
func (c *checker) replacedNode(f *ast.File, n ast.Node) {
	var list []ast.Stmt
	switch n := n.(type) {
	case *ast.BlockStmt:
		list = n.List
	case *ast.CaseClause:
		list = n.Body
	case *ast.CommClause:
		list = n.Body
	default:
		return
	}
	for i, st := range list {
		ifs, ok := st.(*ast.IfStmt)
		if !ok {
			continue
		}
		var prev ast.Stmt
		if i > 0 {
			prev = list[i-1]
		}
		c.replaced(f, ifs, prev)
	}
}

// replaced checks one if statement, prev being the statement before it.
func (c *checker) replaced(f *ast.File, ifs *ast.IfStmt, prev ast.Stmt) {
	chk := c.nilCheckOf(ifs)
	if chk == nil || chk.cond.Op != token.NEQ {
		return
	}
	def := ifs.Init
	if def == nil {
		def = prev
	}
	call := c.errorCallOf(def, chk.v)
	if call == nil {
		return
	}
	cl, ok := c.calleeOf(call)
	if !ok || !c.isKnownClient(cl) || !c.isOperation(call) || c.excluded(call, cl, c.writeFiles) {
		return
	}
	info := c.pass.TypesInfo
	read := false
	ast.Inspect(ifs.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == chk.v {
			read = true
		}
		return !read
	})
	if read {
		return
	}
	for _, st := range ifs.Body.List {
		ret, ok := st.(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		last := ret.Results[len(ret.Results)-1]
		kind := c.freshError(last)
		if kind == "" || c.explained(ret.Pos(), false) {
			continue
		}
		d := analysis.Diagnostic{
			Pos: ret.Pos(), End: ret.End(),
			Message: fmt.Sprintf("error from %s is checked and then replaced: return %s loses its code and message; wrap it with %%w",
				cl.name, shorten(types.ExprString(last))),
			Related: []analysis.RelatedInformation{{Pos: chk.ident.Pos(), Message: "checked here"}},
		}
		if fix := c.wrapFix(f, last, kind, chk.v.Name(), ret.Pos()); fix != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{*fix}
		}
		c.report(d)
		return
	}
}

// errorCallOf returns the call whose error result st, an assignment or a
// var declaration, gives v.
func (c *checker) errorCallOf(st ast.Stmt, v *types.Var) *ast.CallExpr {
	info := c.pass.TypesInfo
	var lhs, rhs []ast.Expr
	switch st := st.(type) {
	case *ast.AssignStmt:
		lhs, rhs = st.Lhs, st.Rhs
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return nil
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		for _, id := range vs.Names {
			lhs = append(lhs, id)
		}
		rhs = vs.Values
	default:
		return nil
	}
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok || info.ObjectOf(id) != v {
			continue
		}
		call, idx := resultOf(rhs, len(lhs), i)
		if call != nil && c.isErrorResult(call, idx) {
			return call
		}
	}
	return nil
}

// freshError says how e, a returned error, is certainly a new error that
// cannot carry another: "sentinel" for a package-level error variable,
// "new" for errors.New(literal), "errorf" for fmt.Errorf(literal, ...),
// "lit" for a composite literal of an error type or its address; "" for
// anything else (a local variable, another call: it may carry the error,
// or be nil).
func (c *checker) freshError(e ast.Expr) string {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		v, ok := info.Uses[id].(*types.Var)
		if ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && c.isError(v.Type()) {
			return "sentinel"
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil || fn.Pkg() == nil || len(x.Args) == 0 {
			return ""
		}
		switch fn.Pkg().Path() + "." + fn.Name() {
		case "errors.New":
			return "new"
		case "fmt.Errorf":
			return "errorf"
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if _, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && c.isError(info.TypeOf(x)) {
				return "lit"
			}
		}
	case *ast.CompositeLit:
		if c.isError(info.TypeOf(x)) {
			return "lit"
		}
	}
	return ""
}

// wrapFix returns the fix that wraps errName into e, the replacing error,
// or nil when the file cannot say it without a new import, or the Go
// version lacks several %w in one Errorf (Go 1.20):
//
//	ErrUploadFailed              -> fmt.Errorf("%w: %w", ErrUploadFailed, err)
//	errors.New("upload failed")  -> fmt.Errorf("upload failed: %w", err)
//	fmt.Errorf("upload %s", k)   -> fmt.Errorf("upload %s: %w", k, err)
func (c *checker) wrapFix(f *ast.File, e ast.Expr, kind, errName string, pos token.Pos) *analysis.SuggestedFix {
	fmtName := c.importName(f, "fmt", pos)
	if fmtName == "" {
		return nil
	}
	var text string
	switch kind {
	case "sentinel", "lit":
		if v := c.pass.TypesInfo.FileVersions[f]; v != "" && version.Compare(v, "go1.20") < 0 {
			return nil
		}
		var b strings.Builder
		if err := format.Node(&b, c.pass.Fset, e); err != nil {
			return nil
		}
		text = fmt.Sprintf("%s.Errorf(\"%%w: %%w\", %s, %s)", fmtName, b.String(), errName)
	case "new", "errorf":
		call := ast.Unparen(e).(*ast.CallExpr)
		tv := c.pass.TypesInfo.Types[call.Args[0]]
		lit, ok := ast.Unparen(call.Args[0]).(*ast.BasicLit)
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil
		}
		pattern := constant.StringVal(tv.Value)
		if kind == "new" && strings.Contains(pattern, "%") {
			return nil
		}
		if strings.Contains(pattern, "%w") && (c.pass.TypesInfo.FileVersions[f] != "" && version.Compare(c.pass.TypesInfo.FileVersions[f], "go1.20") < 0) {
			return nil
		}
		args := []string{strconv.Quote(pattern + ": %w")}
		if lit.Kind == token.STRING && strings.HasPrefix(lit.Value, "`") && !strings.Contains(pattern, "`") {
			args[0] = "`" + pattern + ": %w`"
		}
		for _, a := range call.Args[1:] {
			var b strings.Builder
			if err := format.Node(&b, c.pass.Fset, a); err != nil {
				return nil
			}
			args = append(args, b.String())
		}
		if call.Ellipsis.IsValid() {
			return nil
		}
		args = append(args, errName)
		text = fmtName + ".Errorf(" + strings.Join(args, ", ") + ")"
	default:
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "wrap " + errName + " into the returned error",
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}
}

// importName returns the name under which f imports path and which is
// not shadowed at pos, or "".
func (c *checker) importName(f *ast.File, path string, pos token.Pos) string {
	for _, imp := range f.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		pn := c.pass.TypesInfo.PkgNameOf(imp)
		if pn == nil || pn.Name() == "_" || pn.Name() == "." {
			continue
		}
		scope := c.pass.Pkg.Scope().Innermost(pos)
		if scope == nil {
			return ""
		}
		if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
			return pn.Name()
		}
	}
	return ""
}

// shorten keeps a message's expression short.
func shorten(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}
