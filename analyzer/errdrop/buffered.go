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

// wrapperWriters are the constructors of writers that fail only when the
// writer under them does, by the index of that writer among their
// arguments: they buffer, compress or encode in memory. Their writes,
// Flush and Close return the wrapped writer's error and no other (read
// from their source: bufio, compress/gzip, compress/zlib, the encoders of
// encoding/base64, base32, hex and ascii85, and tinylib/msgp's Writer at
// v1.6.4, whose flush returns only the wrapped Write's error; minio's
// msgp_test.go: writer := msgp.NewWriter(&buf); ...; writer.Flush(), and
// request-signature-v2.go: base64.NewEncoder(base64.StdEncoding,
// authHeader) over a bytes.Buffer).
var wrapperWriters = map[string]int{
	"bufio.NewWriter":                            0,
	"bufio.NewWriterSize":                        0,
	"compress/gzip.NewWriter":                    0,
	"compress/zlib.NewWriter":                    0,
	"encoding/base64.NewEncoder":                 1,
	"encoding/base32.NewEncoder":                 1,
	"encoding/hex.NewEncoder":                    0,
	"encoding/ascii85.NewEncoder":                0,
	"github.com/tinylib/msgp/msgp.NewWriter":     0,
	"github.com/tinylib/msgp/msgp.NewWriterSize": 0,
}

// newHarmlessBuffer reports whether e is a call of one of wrapperWriters
// (bufio.NewWriter(w), base64.NewEncoder(enc, w)) with w a harmless
// writer.
func (c *checker) newHarmlessBuffer(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	i, ok := wrapperWriters[fn.Pkg().Path()+"."+fn.Name()]
	if !ok || i >= len(call.Args) {
		return false
	}
	return plainHarmless(c.pass.TypesInfo, call.Args[i])
}
