// Package ngrok is a test stub of github.com/ngrok/ngrok-api-go/v7 (the
// generated ngrok API client, v7.x; read from the public repository, as the
// module is not on the proxy here). It holds only the error surface.
//
// Shape-relevant: there is a single error type, *Error, with no Unwrap, Is or
// As method. Codes are plain strings ("ERR_NGROK_<n>") with no Go constants,
// and ERR_NGROK_404 is an ngrok code unrelated to HTTP 404. The predicates
// below use a direct type assertion, not errors.As, exactly as the real ones
// do, so they do not see an *Error that has been wrapped.
package ngrok

import (
	"bytes"
	"fmt"
	"net/http"
	"text/tabwriter"
)

// Error is the error returned for every non-2xx response of the ngrok API.
type Error struct {
	ErrorCode  string            `json:"error_code,omitempty"`
	StatusCode int32             `json:"status_code,omitempty"`
	Msg        string            `json:"msg,omitempty"`
	Details    map[string]string `json:"details,omitempty"`
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("HTTP %d: %s", e.StatusCode, e.Msg)
	if e.ErrorCode != "" {
		msg += fmt.Sprintf(" [%s]", e.ErrorCode)
	}
	if e.OperationID() != "" {
		msg += fmt.Sprintf("\n\nOperation ID: %s", e.OperationID())
	}
	return msg
}

// OperationID returns the trace ID that ngrok assigned to the request.
func (e *Error) OperationID() string {
	return e.Details["operation_id"]
}

func (e *Error) String() string { return e.GoString() }

func (e *Error) GoString() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Error {\n")
	tw := tabwriter.NewWriter(&b, 0, 4, 0, ' ', 0)
	fmt.Fprintf(tw, "\tErrorCode\t%v\n", e.ErrorCode)
	fmt.Fprintf(tw, "\tStatusCode\t%v\n", e.StatusCode)
	fmt.Fprintf(tw, "\tMsg\t%v\n", e.Msg)
	fmt.Fprintf(tw, "\tDetails\t%v\n", e.Details)
	tw.Flush()
	fmt.Fprintf(&b, "}\n")
	return b.String()
}

// IsNotFound reports whether err is an *Error with HTTP status 404.
// Like the real one it type-asserts err itself; wrapped errors do not match.
func IsNotFound(err error) bool {
	if ee, ok := err.(*Error); ok {
		return int(ee.StatusCode) == http.StatusNotFound
	}
	return false
}

// IsErrorCode reports whether err is an *Error whose ErrorCode is
// "ERR_NGROK_<code>" for one of codes. Like the real one it type-asserts err
// itself; wrapped errors do not match.
func IsErrorCode(err error, codes ...int) bool {
	if ee, ok := err.(*Error); ok {
		for _, code := range codes {
			if ee.ErrorCode == fmt.Sprintf("ERR_NGROK_%d", code) {
				return true
			}
		}
	}
	return false
}
