// Package delegatinghelpers holds functions of the package whose error can
// only come from an operation that cannot fail or loses nothing: a helper
// that drains and closes a response body (defer closeBody(resp), which an
// API client calls after every request), and slack's SecretsVerifier,
// whose Write is return v.hmac.Write(body). A call of one is treated like
// the operation it wraps.
package delegatinghelpers

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"net/http"
	"os"
)

func closeBody(resp *http.Response) error {
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.Body.Close()
}

func closeResponse(resp *http.Response) error {
	if resp == nil || resp.Body == nil {
		return nil
	}
	return closeBody(resp)
}

func get(c *http.Client, url string) (int, error) {
	resp, err := c.Get(url)
	if err != nil {
		return 0, err
	}
	defer closeBody(resp)     // not reported: it only drains and closes a reader
	defer closeResponse(resp) // not reported: it returns nil or closeBody's error
	return resp.StatusCode, nil
}

type SecretsVerifier struct {
	hmac hash.Hash
}

func NewSecretsVerifier(secret string) *SecretsVerifier {
	return &SecretsVerifier{hmac: hmac.New(sha256.New, []byte(secret))}
}

func (v *SecretsVerifier) Write(body []byte) (n int, err error) {
	return v.hmac.Write(body)
}

func verify(body []byte, text string) {
	sv := NewSecretsVerifier("s")
	sv.Write(body)              // not reported: its Write is a hash's
	io.WriteString(sv, text)    // not reported: through that Write (slack's security_test.go)
	fmt.Fprintf(sv, "%s", text) // not reported
}

// A helper that closes what it is given, which may be a writer, a helper
// that closes a written file, and one that can fail, still report.
func closeIt(c io.Closer) error { return c.Close() }

type upload struct{ f *os.File }

func (u *upload) finish() error { return u.f.Sync() }

func (u *upload) Write(p []byte) (int, error) { return u.f.Write(p) }

func copyBody(dst io.Writer, resp *http.Response) error {
	_, err := io.Copy(dst, resp.Body)
	return err
}

func others(f *os.File, u *upload, resp *http.Response, text string) {
	io.WriteString(u, text)   // want `error returned by io\.WriteString is not checked`
	defer closeIt(f)          // want `error returned by closeIt is not checked in defer`
	u.finish()                // want `error returned by \(\*upload\)\.finish is not checked`
	copyBody(os.Stdout, resp) // want `error returned by copyBody is not checked`
}

// A goroutine's literal whose every return is nil or an infallible call's
// (go-containerregistry's internal/gzip/zip.go: return
// pw.CloseWithError(err), which always returns nil).
func compress(pw *io.PipeWriter, r io.Reader, f *os.File) {
	go func() error { // not reported: CloseWithError returns nil
		if _, err := io.Copy(f, r); err != nil {
			return pw.CloseWithError(err)
		}
		return nil
	}()
	go func() error { // want `error returned by \(func\(\) error literal\) is not checked in go statement`
		_, err := io.Copy(f, r)
		return err
	}()
}
