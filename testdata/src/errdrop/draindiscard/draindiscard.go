// Package draindiscard holds copies into io.Discard: a body drained to be
// thrown away (minio's api-bucket-tagging.go: defer io.Copy(io.Discard,
// resp.Body)). The copy's only error is a read error of data that is
// thrown away, which loses what a reader's Close loses.
package draindiscard

import (
	"bytes"
	"crypto/rand"
	"io"
	"io/ioutil"
	"net/http"
	"os"
)

func parse(r io.Reader) (string, error) { return "", nil }

func tagging(resp *http.Response) (string, error) {
	defer io.Copy(io.Discard, resp.Body) // not reported: draining a body loses nothing
	return parse(resp.Body)
}

func drains(resp *http.Response) {
	io.Copy(ioutil.Discard, resp.Body)            // not reported: ioutil.Discard is io.Discard
	_, _ = io.CopyN(io.Discard, resp.Body, 1<<20) // not reported: the same, bounded
	io.CopyBuffer(io.Discard, resp.Body, nil)     // not reported
	resp.Body.Close()                             // not reported: a reader's Close
}

// A copy anywhere else loses the data or the failure.
func copies(resp *http.Response, f *os.File, buf *bytes.Buffer) {
	defer io.Copy(f, resp.Body) // want `error returned by io\.Copy is not checked in defer`
	io.Copy(buf, resp.Body)     // want `error returned by io\.Copy is not checked`
	var w io.Writer = io.Discard
	io.Copy(w, resp.Body) // want `error returned by io\.Copy is not checked`
}

// A copy from memory into memory cannot fail (go-task's
// internal/output/group.go: io.Copy(&b, &gw.buff), two bytes.Buffers);
// CopyN can (the reader may hold fewer bytes), and so can a copy from a
// reader that is not in memory.
func inMemory(src *bytes.Buffer, r *bytes.Reader, body io.Reader) *bytes.Buffer {
	var b bytes.Buffer
	_, _ = io.Copy(&b, src) // not reported: bytes.Buffer to bytes.Buffer
	io.Copy(&b, r)          // not reported: a bytes.Reader
	io.CopyN(&b, src, 10)   // want `error returned by io\.CopyN is not checked`
	io.Copy(&b, body)       // want `error returned by io\.Copy is not checked`
	return &b
}

// A test server writing random bytes as its response (minio's
// api-get-object_test.go): crypto/rand.Reader never fails.
func handler(w http.ResponseWriter, r *http.Request, f *os.File) {
	io.Copy(w, io.LimitReader(rand.Reader, 1023))                 // not reported
	io.Copy(w, io.MultiReader(bytes.NewReader(nil), rand.Reader)) // not reported
	io.Copy(w, f)                                                 // want `error returned by io\.Copy is not checked`
}
