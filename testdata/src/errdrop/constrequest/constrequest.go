// Package constrequest holds requests built from a constant method and
// URL (minio's pkg/signer/request-signature-v4_test.go, slack's
// retry_test.go): http.NewRequest fails only on an invalid method, a URL
// that does not parse or a nil context, which the constants and the
// context decide; the linter builds the same request to know.
package constrequest

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestRequests(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "https://myap-123.op-xyz.s3-outposts.eu-central-1.amazonaws.com/bucket/key", nil) // not reported: constants that build
	_ = req
	r2, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, "http://localhost/", strings.NewReader("body")) // not reported: a context of package context, constants, and any body
	_ = r2
	r3, _ := http.NewRequestWithContext(t.Context(), "PUT", "/upload", nil) // not reported: t.Context() is never nil
	_ = r3
}

// Anything the constants do not decide still reports.
func others(ctx context.Context, url string, body io.Reader) {
	_, _ = http.NewRequest(http.MethodGet, url, nil)                        // want `error returned by http\.NewRequest is assigned to _`
	_, _ = http.NewRequest("GET ", "http://localhost/", nil)                // want `error returned by http\.NewRequest is assigned to _`
	_, _ = http.NewRequest("GET", "http://[::1", body)                      // want `error returned by http\.NewRequest is assigned to _`
	_, _ = http.NewRequestWithContext(ctx, "GET", "http://localhost/", nil) // want `error returned by http\.NewRequestWithContext is assigned to _`
}
