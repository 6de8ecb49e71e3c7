// Package responsewriter holds writes of an HTTP response, mostly in the
// handlers of test servers (go-github: fmt.Fprint(w, `{"id":1}`), 844 of
// its 970 findings; godo: json.NewEncoder(w).Encode(&appRoot{...}),
// io.WriteString(writer, "{}"), w.Write(body)). A handler cannot report a
// failed write of its response to anyone: the client has gone, and
// net/http's own handlers drop the error too.
package responsewriter

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"time"
)

func handler(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, `{"id":1}`)                          // not reported: a response write; its failure has no one to go to
	fmt.Fprintf(w, `{"id":%d}`, 1)                     // not reported: the same
	fmt.Fprintln(w, "ok")                              // not reported: the same
	io.WriteString(w, "{}")                            // not reported: the same
	_, _ = io.WriteString(w, "{}")                     // not reported: the same, discarded explicitly
	w.Write([]byte("{}"))                              // not reported: the same, through the method
	_, _ = w.Write(nil)                                // not reported: the same
	json.NewEncoder(w).Encode(map[string]int{"id": 1}) // not reported: the write as above; the value is the handler's own
	_ = json.NewEncoder(w).Encode(r.URL)               // not reported: the same
	bw := bufio.NewWriter(w)
	bw.WriteString("x") // not reported: buffered, it fails only when the response write does
	bw.Flush()          // not reported: the same
	gz := gzip.NewWriter(w)
	gz.Write([]byte("x")) // not reported: compressed, it fails only when the response write does (go-storage's test server)
	gz.Close()            // not reported: the same
}

// A gzip.Writer over a file can fail.
func gzipFile(f *os.File) {
	gz := gzip.NewWriter(f)
	gz.Write([]byte("x")) // want `error returned by \(\*gzip\.Writer\)\.Write is not checked`
	gz.Close()            // want `error returned by \(\*gzip\.Writer\)\.Close is not checked`
}

// The writer reached as a field and through a closure: the static type is
// what counts, however the value got there.
type server struct{ w http.ResponseWriter }

func (s *server) reply() {
	fmt.Fprint(s.w, "ok") // not reported: its static type is http.ResponseWriter
}

func testServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(writer http.ResponseWriter, _ *http.Request) {
		writer.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(writer, `{"pending":true}`) // not reported: a test server's response
	}))
}

func recorder() *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	rec.Write([]byte("x")) // not reported: a ResponseRecorder writes to a bytes.Buffer
	fmt.Fprint(rec, "y")   // not reported: the same
	rec.WriteString("z")   // not reported: the same
	return rec
}

// Narrow: other writers still report, even beside a response.

func toFile(w http.ResponseWriter, f *os.File) {
	fmt.Fprint(f, "saved")             // want `error returned by fmt\.Fprint is not checked`
	f.Write([]byte("x"))               // want `error returned by \(\*os\.File\)\.Write is not checked`
	json.NewEncoder(f).Encode(1)       // want `error returned by \(\*json\.Encoder\)\.Encode is not checked`
	io.Copy(f, io.LimitReader(nil, 0)) // want `error returned by io\.Copy is not checked`
	fmt.Fprint(w, "done")              // not reported: the response
}

// An io.Writer parameter may be anything; that a caller passes a response
// is not known here.
func toWriter(w io.Writer) {
	fmt.Fprint(w, "x")           // want `error returned by fmt\.Fprint is not checked`
	json.NewEncoder(w).Encode(1) // want `error returned by \(\*json\.Encoder\)\.Encode is not checked`
}

// A wrapper with a Write of its own (compressing, counting) is not trusted.
type countingWriter struct {
	http.ResponseWriter
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.ResponseWriter.Write(p)
}

func wrapped(c *countingWriter) {
	c.Write([]byte("x")) // want `error returned by \(\*countingWriter\)\.Write is not checked`
	fmt.Fprint(c, "x")   // want `error returned by fmt\.Fprint is not checked`
}

// An encoder over a buffer fails when the value cannot be encoded, and the
// buffer's bytes are used: still reported.
func toBuffer(w http.ResponseWriter, v any) []byte {
	var buf = new(bufferT)
	json.NewEncoder(buf).Encode(v) // want `error returned by \(\*json\.Encoder\)\.Encode is not checked`
	// A limit: an encoder kept in a variable is not followed to its writer.
	enc := json.NewEncoder(w)
	enc.Encode(v) // want `error returned by \(\*json\.Encoder\)\.Encode is not checked`
	return buf.b
}

type bufferT struct{ b []byte }

func (b *bufferT) Write(p []byte) (int, error) { b.b = append(b.b, p...); return len(p), nil }

// A client's request is not a response: writing its body can fail.
func request(resp *http.Response, req *http.Request, cl *http.Client) {
	cl.Do(req)            // want `error returned by \(\*http\.Client\)\.Do is not checked`
	resp.Write(os.Stdout) // want `error returned by \(\*http\.Response\)\.Write is not checked`
}

// Flushing the response through a ResponseController is a write of it
// (caddy's reverseproxy.go: http.NewResponseController(rw).Flush()
// before panic(http.ErrAbortHandler)); its deadlines are not.
func flushes(w http.ResponseWriter) {
	http.NewResponseController(w).Flush() // not reported: a response write
	rc := http.NewResponseController(w)
	rc.Flush()                       // not reported
	rc.SetWriteDeadline(time.Time{}) // want `error returned by \(\*http\.ResponseController\)\.SetWriteDeadline is not checked`
}
