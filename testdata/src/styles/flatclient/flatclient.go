// Package flatclient is a small API client in the style of ngrok-api-go: one
// error struct for every API failure, string codes with no Go constants,
// and predicates over it. It is our own fixture library, not a stub of a
// real module.
//
// Shape-relevant: *Error has no Unwrap, Is or As. Unlike ngrok's, the
// predicates here use errors.As, so they also see a wrapped *Error.
// IsNotFound, IsRateLimited and IsServerError test StatusCode (404, 429,
// >= 500); IsErrorCode compares ErrorCode with "ERR_FLAT_<n>".
//
// Codes the service documents, with the status it sends them with:
//
//	ERR_FLAT_100  404  resource not found
//	ERR_FLAT_101  403  permission denied
//	ERR_FLAT_102  400  invalid parameter
//	ERR_FLAT_446  500  backend unreachable
//	ERR_FLAT_511  503  maintenance
//	ERR_FLAT_600  429  rate limited
package flatclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// Error is returned for every non-2xx response.
type Error struct {
	ErrorCode  string `json:"error_code,omitempty"`
	StatusCode int32  `json:"status_code,omitempty"`
	Msg        string `json:"msg,omitempty"`
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("HTTP %d: %s", e.StatusCode, e.Msg)
	if e.ErrorCode != "" {
		msg += fmt.Sprintf(" [%s]", e.ErrorCode)
	}
	return msg
}

// IsNotFound reports whether err is, or wraps, an *Error with status 404.
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.StatusCode == http.StatusNotFound
}

// IsRateLimited reports whether err is, or wraps, an *Error with status 429.
func IsRateLimited(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.StatusCode == http.StatusTooManyRequests
}

// IsServerError reports whether err is, or wraps, an *Error with a 5xx
// status.
func IsServerError(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.StatusCode >= 500
}

// IsErrorCode reports whether err is, or wraps, an *Error whose ErrorCode is
// "ERR_FLAT_<code>" for one of codes.
func IsErrorCode(err error, codes ...int) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	for _, code := range codes {
		if e.ErrorCode == fmt.Sprintf("ERR_FLAT_%d", code) {
			return true
		}
	}
	return false
}

// Resource is what the API serves.
type Resource struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Client talks to the API.
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

// New returns a Client for baseURL.
func New(baseURL string) *Client {
	return &Client{BaseURL: baseURL, HTTP: &http.Client{}}
}

// Get fetches a resource. Its error is an *Error for API failures.
func (c *Client) Get(ctx context.Context, id string) (*Resource, error) {
	res, err := c.do(ctx, http.MethodGet, id)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var r Resource
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Delete removes a resource. Its error is an *Error for API failures.
func (c *Client) Delete(ctx context.Context, id string) error {
	res, err := c.do(ctx, http.MethodDelete, id)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Close releases the client's idle connections; the error reports a client
// that was already closed.
func (c *Client) Close() error {
	if c.HTTP == nil {
		return errors.New("flatclient: client already closed")
	}
	c.HTTP.CloseIdleConnections()
	c.HTTP = nil
	return nil
}

func (c *Client) do(ctx context.Context, method, id string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+"/resources/"+id, nil)
	if err != nil {
		return nil, err
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	if res.StatusCode >= 200 && res.StatusCode <= 299 {
		return res, nil
	}
	defer res.Body.Close()
	return nil, decodeError(res)
}

// decodeError builds the *Error for a failed response.
func decodeError(res *http.Response) error {
	body, _ := io.ReadAll(res.Body)
	e := &Error{StatusCode: int32(res.StatusCode)}
	if err := json.Unmarshal(body, e); err != nil {
		e.Msg = string(body)
	}
	e.StatusCode = int32(res.StatusCode)
	return e
}
