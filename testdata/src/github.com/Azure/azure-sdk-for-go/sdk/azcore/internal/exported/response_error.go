// Package exported is a test stub of
// github.com/Azure/azure-sdk-for-go/sdk/azcore/internal/exported at v1.24.0,
// where the type behind the azcore.ResponseError alias is declared.
//
// Shape-relevant: *ResponseError has no Unwrap; ErrorCode is a plain string
// (service-specific codes such as bloberror.Code are compared against it)
// and StatusCode the HTTP status.
package exported

import (
	"bytes"
	"fmt"
	"net/http"
)

// NewResponseError creates a new *ResponseError from the provided HTTP
// response, taking the error code from the x-ms-error-code header.
// (The real one also looks in the JSON or XML body.)
func NewResponseError(resp *http.Response) error {
	return NewResponseErrorWithErrorCode(resp, resp.Header.Get("x-ms-error-code"))
}

// NewResponseErrorWithErrorCode creates an *azcore.ResponseError from the
// provided HTTP response and errorCode.
func NewResponseErrorWithErrorCode(resp *http.Response, errorCode string) error {
	return &ResponseError{
		ErrorCode:   errorCode,
		StatusCode:  resp.StatusCode,
		RawResponse: resp,
	}
}

// ResponseError is returned when a request is made to a service and the
// service returns a non-success HTTP status code.
type ResponseError struct {
	// ErrorCode is the error code returned by the resource provider if
	// available.
	ErrorCode string

	// StatusCode is the HTTP status code as defined in
	// https://pkg.go.dev/net/http#pkg-constants.
	StatusCode int

	// RawResponse is the underlying HTTP response.
	RawResponse *http.Response `json:"-"`

	errMsg string
}

// Error implements the error interface for type ResponseError.
func (e *ResponseError) Error() string {
	if e.errMsg != "" {
		return e.errMsg
	}
	const separator = "--------------------------------------------------------------------------------"
	msg := &bytes.Buffer{}
	if e.RawResponse != nil {
		if e.RawResponse.Request != nil {
			fmt.Fprintf(msg, "%s %s://%s%s\n", e.RawResponse.Request.Method,
				e.RawResponse.Request.URL.Scheme, e.RawResponse.Request.URL.Host,
				e.RawResponse.Request.URL.EscapedPath())
		} else {
			fmt.Fprintln(msg, "Request information not available")
		}
		fmt.Fprintln(msg, separator)
		fmt.Fprintf(msg, "RESPONSE %d: %s\n", e.RawResponse.StatusCode, e.RawResponse.Status)
	} else {
		fmt.Fprintln(msg, "Missing RawResponse")
		fmt.Fprintln(msg, separator)
	}
	if e.ErrorCode != "" {
		fmt.Fprintf(msg, "ERROR CODE: %s\n", e.ErrorCode)
	} else {
		fmt.Fprintln(msg, "ERROR CODE UNAVAILABLE")
	}
	fmt.Fprintln(msg, separator)
	e.errMsg = msg.String()
	return e.errMsg
}
