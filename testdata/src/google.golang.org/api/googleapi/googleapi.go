// Package googleapi is a test stub of google.golang.org/api/googleapi at
// v0.311.0, holding the HTTP error type of the generated Google API clients.
//
// Shape-relevant: *Error carries the HTTP status in Code (an int, not a gRPC
// code). Its Unwrap returns the unexported err field, typed error; the
// generated clients fill it (internal/gensupport.WrapError, not stubbed) with
// the *apierror.APIError parsed from the same response, via Wrap. So
// errors.As(err, &(*apierror.APIError)) succeeds on a *googleapi.Error, but
// only at run time; nothing in the types says so.
package googleapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Error contains an error response from the server.
type Error struct {
	// Code is the HTTP response status code and will always be populated.
	Code int `json:"code"`
	// Message is the server response message and is only populated when
	// explicitly referenced by the JSON server response.
	Message string `json:"message"`
	// Details provide more context to an error.
	Details []interface{} `json:"details"`
	// Body is the raw response returned by the server.
	Body string
	// Header contains the response header fields from the server.
	Header http.Header

	Errors []ErrorItem
	// err is typically a wrapped apierror.APIError.
	err error
}

// ErrorItem is a detailed error code & message from the Google API frontend.
type ErrorItem struct {
	// Reason is the typed error code. For example: "some_example".
	Reason string `json:"reason"`
	// Message is the human-readable description of the error.
	Message string `json:"message"`
}

func (e *Error) Error() string {
	if len(e.Errors) == 0 && e.Message == "" {
		return fmt.Sprintf("googleapi: got HTTP response code %d with body: %v", e.Code, e.Body)
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "googleapi: Error %d: ", e.Code)
	if e.Message != "" {
		fmt.Fprintf(&buf, "%s", e.Message)
	}
	if len(e.Details) > 0 {
		if d, err := json.MarshalIndent(e.Details, "", "  "); err == nil {
			fmt.Fprintf(&buf, "\nDetails:\n%s", d)
		}
	}
	if len(e.Errors) == 0 {
		return strings.TrimSpace(buf.String())
	}
	if len(e.Errors) == 1 && e.Errors[0].Message == e.Message {
		fmt.Fprintf(&buf, ", %s", e.Errors[0].Reason)
		return buf.String()
	}
	fmt.Fprintln(&buf, "\nMore details:")
	for _, v := range e.Errors {
		fmt.Fprintf(&buf, "Reason: %s, Message: %s\n", v.Reason, v.Message)
	}
	return buf.String()
}

// Wrap allows an existing Error to wrap another error. See also Unwrap.
func (e *Error) Wrap(err error) {
	e.err = err
}

// Unwrap returns the wrapped error (typically an *apierror.APIError).
func (e *Error) Unwrap() error {
	return e.err
}

type errorReply struct {
	Error *Error `json:"error"`
}

// CheckResponse returns an error (of type *Error) if the response status
// code is not 2xx.
func CheckResponse(res *http.Response) error {
	if res.StatusCode >= 200 && res.StatusCode <= 299 {
		return nil
	}
	slurp, err := io.ReadAll(res.Body)
	if err == nil {
		return CheckResponseWithBody(res, slurp)
	}
	return &Error{
		Code:   res.StatusCode,
		Body:   string(slurp),
		Header: res.Header,
	}
}

// CheckResponseWithBody returns an error (of type *Error) if the response
// status code is not 2xx, using a body that was already read.
func CheckResponseWithBody(res *http.Response, body []byte) error {
	if res.StatusCode >= 200 && res.StatusCode <= 299 {
		return nil
	}
	jerr := new(errorReply)
	if err := json.Unmarshal(body, jerr); err == nil && jerr.Error != nil {
		if jerr.Error.Code == 0 {
			jerr.Error.Code = res.StatusCode
		}
		jerr.Error.Body = string(body)
		jerr.Error.Header = res.Header
		return jerr.Error
	}
	return &Error{
		Code:   res.StatusCode,
		Body:   string(body),
		Header: res.Header,
	}
}

// IsNotModified reports whether err is the result of the server replying
// with http.StatusNotModified. Like the real one it type-asserts err itself.
func IsNotModified(err error) bool {
	if err == nil {
		return false
	}
	ae, ok := err.(*Error)
	return ok && ae.Code == http.StatusNotModified
}
