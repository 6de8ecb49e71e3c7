// Package storeclient is a small client of an object-store HTTP API. It is
// the example that apierrlint's README runs the linter on, together with
// the program in ../cmd/archive, which uses it with a few real bugs.
package storeclient

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// APIError is the base of every error the store's API returns.
type APIError struct {
	Code       string // the store's error code, such as "NoSuchKey"
	StatusCode int    // the HTTP status of the response
	Message    string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("store: %s (%d): %s", e.Code, e.StatusCode, e.Message)
}

// NotFoundError is the error for a key or bucket that does not exist. It
// unwraps to its APIError, so errors.As with an *APIError target matches it
// too.
type NotFoundError struct {
	APIError
	Key string
}

func (e *NotFoundError) Error() string { return "store: no such key " + e.Key }

// Unwrap returns the APIError that every API error has.
func (e *NotFoundError) Unwrap() error { return &e.APIError }

// IsNotFound reports whether err is, or wraps, a *NotFoundError: a key
// that does not exist.
func IsNotFound(err error) bool {
	if err == nil {
		return false
	}
	var nf *NotFoundError
	return errors.As(err, &nf)
}

// Sentinels for callers that only need errors.Is.
var (
	ErrNotFound       = errors.New("store: not found")
	ErrBucketNotFound = fmt.Errorf("%w: bucket", ErrNotFound)
)

// Client talks to one bucket of the store.
type Client struct {
	BaseURL string
	Bucket  string
	HTTP    *http.Client
}

func (c *Client) url(key string) string {
	return c.BaseURL + "/" + url.PathEscape(c.Bucket) + "/" + url.PathEscape(key)
}

func (c *Client) do(ctx context.Context, method, key string, body io.Reader) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.url(key), body)
	if err != nil {
		return nil, err
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	switch {
	case resp.StatusCode == http.StatusNotFound && resp.Header.Get("X-Store-Error") == "NoSuchBucket":
		return nil, fmt.Errorf("%w: %s", ErrBucketNotFound, c.Bucket)
	case resp.StatusCode == http.StatusNotFound:
		return nil, &NotFoundError{APIError: APIError{Code: "NoSuchKey", StatusCode: resp.StatusCode, Message: string(data)}, Key: key}
	case resp.StatusCode >= 400:
		return nil, &APIError{Code: resp.Header.Get("X-Store-Error"), StatusCode: resp.StatusCode, Message: string(data)}
	}
	return data, nil
}

// Get returns the content of the object key.
func (c *Client) Get(ctx context.Context, key string) ([]byte, error) {
	return c.do(ctx, http.MethodGet, key, nil)
}

// Delete removes the object key.
func (c *Client) Delete(ctx context.Context, key string) error {
	_, err := c.do(ctx, http.MethodDelete, key, nil)
	return err
}

// NewWriter returns a Writer that stores the object key when it is closed.
func (c *Client) NewWriter(ctx context.Context, key string) *Writer {
	return &Writer{ctx: ctx, c: c, key: key}
}

// Writer buffers an object's content. Nothing is stored until Close
// returns nil: an error from Close means the object was not written.
type Writer struct {
	ctx context.Context
	c   *Client
	key string
	buf bytes.Buffer
}

// Write adds p to the object's content.
func (w *Writer) Write(p []byte) (int, error) { return w.buf.Write(p) }

// Close uploads the object.
func (w *Writer) Close() error {
	_, err := w.c.do(w.ctx, http.MethodPut, w.key, &w.buf)
	return err
}
