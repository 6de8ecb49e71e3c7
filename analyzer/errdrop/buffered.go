package errdrop

// A bufio.Writer (or a gzip or zlib Writer) fails only when the writer
// under it does, so one over a bytes.Buffer, a strings.Builder, a hash, a
// standard stream or an http.ResponseWriter is as harmless as that
// writer (cert-manager's prunexml_test.go: writer :=
// bufio.NewWriter(&output); ...; _ = writer.Flush()).

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// newHarmlessBuffer reports whether e is bufio.NewWriter(w),
// bufio.NewWriterSize(w, n), gzip.NewWriter(w) or zlib.NewWriter(w) with w
// a harmless writer.
func (c *checker) newHarmlessBuffer(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "bufio.NewWriter", "bufio.NewWriterSize", "compress/gzip.NewWriter", "compress/zlib.NewWriter":
	default:
		return false
	}
	return plainHarmless(c.pass.TypesInfo, call.Args[0])
}

// isWrapperWriter reports whether t is a *bufio.Writer, *gzip.Writer or
// *zlib.Writer: a writer that fails only when the writer under it does
// (go-storage's test server: gz := gzip.NewWriter(w); gz.Write(original);
// gz.Close(), with w its http.ResponseWriter).
func isWrapperWriter(t types.Type) bool {
	return isNamed(t, "bufio", "Writer") || isNamed(t, "compress/gzip", "Writer") || isNamed(t, "compress/zlib", "Writer")
}
