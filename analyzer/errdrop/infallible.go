package errdrop

// Operations that cannot fail on their arguments, or whose failure loses
// nothing. They are decided from what the call is given, not from the
// callee's name alone: the same function reports on other arguments.
//
//   - A copy into io.Discard (defer io.Copy(io.Discard, resp.Body), minio's
//     api-bucket-tagging.go): its only error is a read error of something
//     drained to be thrown away, which loses what a reader's Close loses.
//   - A request built from a constant method and URL (http.NewRequest("GET",
//     "https://...", body), minio's request-signature-v4_test.go): its
//     errors are an invalid method, a URL that does not parse and a nil
//     context, all decided by the constants; the linter builds the same
//     request to find out.
//   - json.Marshal of a value whose type always encodes
//     (map[string]string, slack's apps.go): no float (NaN), no interface,
//     no pointer (a cycle), no channel or func, no type with a MarshalJSON
//     or MarshalText of its own; and xml.Marshal of one that always
//     encodes as XML (minio's api-remove.go: xml.Marshal of a struct of
//     strings, bools and slices of such structs).
//   - A copy from memory into a harmless writer (io.Copy(&b, &gw.buff)
//     with both bytes.Buffers, go-task's internal/output/group.go): the
//     reader cannot fail, the writer is a buffer.
//   - Parse of a flag set made with ExitOnError or PanicOnError (go-task's
//     cmd/sleepit: defaultCmd := flag.NewFlagSet("default",
//     flag.ExitOnError); _ = defaultCmd.Parse(args[1:])): it exits or
//     panics instead of returning an error.
//   - A Seek of a *bytes.Reader or *strings.Reader to a constant offset
//     that is not negative from the start (minio's api.go:
//     bodySeeker.Seek(0, 0)): they fail only on a bad whence or a
//     negative position.

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/http"

	"golang.org/x/tools/go/types/typeutil"
)

// drainsToDiscard reports whether call is io.Copy, io.CopyN or
// io.CopyBuffer into io.Discard (or io/ioutil.Discard, the same writer).
func drainsToDiscard(info *types.Info, path string, call *ast.CallExpr) bool {
	switch path {
	case "io.Copy", "io.CopyN", "io.CopyBuffer":
	default:
		return false
	}
	if len(call.Args) < 2 {
		return false
	}
	var id *ast.Ident
	switch a := ast.Unparen(call.Args[0]).(type) {
	case *ast.SelectorExpr:
		id = a.Sel
	case *ast.Ident:
		id = a
	}
	if id == nil {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.Pkg() != nil && v.Name() == "Discard" && (v.Pkg().Path() == "io" || v.Pkg().Path() == "io/ioutil")
}

// constRequest reports whether call is http.NewRequest or
// NewRequestWithContext with a constant method and URL that build a
// request, and for the latter a context made by package context (or a
// test's t.Context()), which is never nil. The body is not looked at:
// NewRequest only inspects its type.
func constRequest(info *types.Info, path string, call *ast.CallExpr) bool {
	args := call.Args
	switch path {
	case "net/http.NewRequest":
	case "net/http.NewRequestWithContext":
		if len(args) != 4 || !madeContext(info, args[0]) {
			return false
		}
		args = args[1:]
	default:
		return false
	}
	if len(args) != 3 || call.Ellipsis.IsValid() {
		return false
	}
	m, u := info.Types[args[0]].Value, info.Types[args[1]].Value
	if m == nil || u == nil || m.Kind() != constant.String || u.Kind() != constant.String {
		return false
	}
	_, err := http.NewRequest(constant.StringVal(m), constant.StringVal(u), nil)
	return err == nil
}

// madeContext reports whether e is a call of a function of package context
// (Background, TODO, WithoutCancel) or of a Context method of package
// testing, which never return a nil context.
func madeContext(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "context":
		return fn.Type().(*types.Signature).Recv() == nil && fn.Type().(*types.Signature).Results().Len() == 1
	case "testing":
		return fn.Name() == "Context"
	}
	return false
}

// alwaysEncodes reports whether json.Marshal cannot fail on a value of
// type t: a string, bool or integer; a slice, array or map (with string or
// integer keys) of such values; a struct whose exported fields are such
// values, or a pointer to one. A type with a MarshalJSON or MarshalText
// method may fail, a float may be NaN, an interface may hold anything. A
// cycle of pointers needs a recursive type, which goes past the depth
// bound and counts as failing.
func alwaysEncodes(t types.Type) bool { return jsonEncoding.encodes(t, 0) }

// alwaysEncodesXML reports whether xml.Marshal cannot fail on a value of
// type t: a boolean, number or string; a pointer, slice or array of such
// values; a struct whose exported fields are such values. encoding/xml
// has no type for maps, channels, functions or complex numbers, a type
// with a MarshalXML, MarshalXMLAttr or MarshalText method may fail, and an
// interface may hold anything. A recursive type goes past the depth bound
// and counts as failing. The value itself must be of a named type (or a
// pointer to one): an unnamed struct has no element name to start with.
func alwaysEncodesXML(t types.Type) bool {
	e := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		e = p.Elem()
	}
	if _, ok := types.Unalias(e).(*types.Named); !ok {
		return false
	}
	return xmlEncoding.encodes(t, 0)
}

// An encoding is what an encoder of package encoding/... accepts without
// failing: the basic kinds, whether maps (with string or integer keys),
// and the methods by which a type encodes itself, which may fail.
type encoding struct {
	basic   types.BasicInfo
	maps    bool
	methods []string
}

var (
	jsonEncoding = encoding{types.IsString | types.IsBoolean | types.IsInteger, true, []string{"MarshalJSON", "MarshalText"}}
	xmlEncoding  = encoding{types.IsString | types.IsBoolean | types.IsInteger | types.IsFloat, false, []string{"MarshalXML", "MarshalXMLAttr", "MarshalText"}}
)

func (enc encoding) encodes(t types.Type, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	t = types.Unalias(t)
	if _, ok := t.(*types.Named); ok {
		for _, m := range enc.methods {
			if _, ok := obj(types.NewPointer(t), m).(*types.Func); ok {
				return false
			}
		}
	} else if _, ok := t.(*types.TypeParam); ok {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&enc.basic != 0 && u.Info()&types.IsUntyped == 0
	case *types.Pointer:
		return enc.encodes(u.Elem(), depth+1)
	case *types.Slice:
		return enc.encodes(u.Elem(), depth+1)
	case *types.Array:
		return enc.encodes(u.Elem(), depth+1)
	case *types.Map:
		if !enc.maps {
			return false
		}
		k, ok := types.Unalias(u.Key()).(*types.Basic) // a named key type may be a TextMarshaler
		return ok && k.Info()&(types.IsString|types.IsInteger) != 0 && enc.encodes(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if f := u.Field(i); (f.Exported() || f.Embedded()) && !enc.encodes(f.Type(), depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// seekInMemory reports whether call is Seek on a *bytes.Reader or
// *strings.Reader with a constant offset that is not negative and a
// constant whence io.SeekStart, SeekCurrent or SeekEnd: the new position
// is not negative, which they accept.
func seekInMemory(info *types.Info, recv types.Type, call *ast.CallExpr) bool {
	if !isNamed(recv, "bytes", "Reader") && !isNamed(recv, "strings", "Reader") {
		return false
	}
	if len(call.Args) != 2 {
		return false
	}
	off, whence := info.Types[call.Args[0]].Value, info.Types[call.Args[1]].Value
	if off == nil || whence == nil || off.Kind() != constant.Int || whence.Kind() != constant.Int {
		return false
	}
	o, ok1 := constant.Int64Val(off)
	w, ok2 := constant.Int64Val(whence)
	return ok1 && ok2 && o >= 0 && 0 <= w && w <= 2
}

// copyInMemory reports whether call is io.Copy or io.CopyBuffer from a
// reader that cannot fail into a harmless writer (a test server's
// io.Copy(w, io.LimitReader(rand.Reader, 1023)) into its ResponseWriter,
// minio's api-get-object_test.go). io.CopyN is not: it fails when the
// reader has fewer bytes.
func (c *checker) copyInMemory(path string, call *ast.CallExpr) bool {
	if (path != "io.Copy" && path != "io.CopyBuffer") || len(call.Args) < 2 {
		return false
	}
	return c.infallibleReader(call.Args[1], 0) && (plainHarmless(c.pass.TypesInfo, call.Args[0]) || c.bufferedHarmless(call.Args[0]))
}

// infallibleReader reports whether e is a reader whose Read returns no
// error but io.EOF: a *bytes.Buffer, *bytes.Reader or *strings.Reader,
// crypto/rand.Reader (which never fails, as crypto/rand.Read), or
// io.LimitReader or io.MultiReader of such readers.
func (c *checker) infallibleReader(e ast.Expr, depth int) bool {
	info := c.pass.TypesInfo
	if depth > 4 {
		return false
	}
	t := info.TypeOf(e)
	if _, ok := types.Unalias(t).(*types.Pointer); ok && (isNamed(t, "bytes", "Buffer") || isNamed(t, "bytes", "Reader") || isNamed(t, "strings", "Reader")) {
		return true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		v, ok := info.Uses[e.Sel].(*types.Var)
		return ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" && v.Name() == "Reader"
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "io" || e.Ellipsis.IsValid() {
			return false
		}
		switch fn.Name() {
		case "LimitReader":
			return len(e.Args) == 2 && c.infallibleReader(e.Args[0], depth+1)
		case "MultiReader":
			for _, a := range e.Args {
				if !c.infallibleReader(a, depth+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// newExitingFlagSet reports whether e is flag.NewFlagSet or
// github.com/spf13/pflag's, with a constant error handling that is not
// ContinueOnError (0): Parse then exits or panics on an error.
func newExitingFlagSet(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return false
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Name() != "NewFlagSet" || (fn.Pkg().Path() != "flag" && fn.Pkg().Path() != "github.com/spf13/pflag") {
		return false
	}
	h := info.Types[call.Args[1]].Value
	if h == nil || h.Kind() != constant.Int {
		return false
	}
	n, ok := constant.Int64Val(h)
	return ok && (n == 1 || n == 2) // ExitOnError, PanicOnError
}

// exitingParse reports whether call is Parse on a local variable that only
// ever holds a flag set made by newExitingFlagSet.
func (c *checker) exitingParse(fn *types.Func, recv ast.Expr) bool {
	if fn.Name() != "Parse" || fn.Pkg() == nil || (fn.Pkg().Path() != "flag" && fn.Pkg().Path() != "github.com/spf13/pflag") {
		return false
	}
	v := c.localVar(recv)
	return v != nil && c.writers().exitFlags[v]
}

// peekBuffered reports whether call is Peek on a bufio.Reader (or a
// ReadWriter) of n bytes where n is a local variable assigned once, from
// Buffered() of the same reader, with no other call on the reader between
// them (a Reset empties the buffer): Peek fails only when it must read more
// than the buffer holds (caddy's reverseproxy/streaming.go: buffered :=
// brw.Reader.Buffered(); data, _ := brw.Peek(buffered)).
func (c *checker) peekBuffered(recv ast.Expr, call *ast.CallExpr) bool {
	info := c.pass.TypesInfo
	if len(call.Args) != 1 || (!isNamed(info.TypeOf(recv), "bufio", "Reader") && !isNamed(info.TypeOf(recv), "bufio", "ReadWriter")) {
		return false
	}
	v := c.localVar(call.Args[0])
	if v == nil {
		return false
	}
	r := types.ExprString(recv)
	var file *ast.File
	for _, f := range c.pass.Files {
		if f.FileStart <= call.Pos() && call.Pos() < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return false
	}
	assigns, ok := 0, false
	var from token.Pos // the assignment from Buffered()
	var uses []token.Pos
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			// Any other call on the reader (Reset, Read, Discard) may
			// change what is buffered.
			if sel, isSel := ast.Unparen(n.Fun).(*ast.SelectorExpr); isSel && sel.Sel.Name != "Peek" && sel.Sel.Name != "Buffered" {
				if x := types.ExprString(sel.X); x == r || x == r+".Reader" {
					uses = append(uses, n.Pos())
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if c.localVar(l) != v {
					continue
				}
				assigns++
				if len(n.Rhs) != len(n.Lhs) {
					continue
				}
				b, isCall := ast.Unparen(n.Rhs[i]).(*ast.CallExpr)
				if !isCall || len(b.Args) != 0 {
					continue
				}
				sel, isSel := ast.Unparen(b.Fun).(*ast.SelectorExpr)
				if isSel && sel.Sel.Name == "Buffered" && n.Pos() < call.Pos() {
					if x := types.ExprString(sel.X); x == r || x == r+".Reader" {
						ok, from = true, n.Pos()
					}
				}
			}
		case *ast.IncDecStmt:
			if c.localVar(n.X) == v {
				assigns += 2
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && c.localVar(n.X) == v {
				assigns += 2
			}
		}
		return true
	})
	for _, u := range uses {
		if from < u && u < call.Pos() {
			return false
		}
	}
	return ok && assigns == 1
}
