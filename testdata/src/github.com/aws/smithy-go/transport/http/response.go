// Package http is a test stub of github.com/aws/smithy-go/transport/http at
// v1.28.8: the HTTP response wrapper and the HTTP-level error.
//
// Shape-relevant: *ResponseError unwraps to its Err field (type error),
// which holds the modeled exception; *awshttp.ResponseError embeds it.
package http

import (
	"fmt"
	"net/http"
)

// Response wraps the *net/http.Response an operation received.
type Response struct {
	*http.Response
}

// ResponseError is the HTTP-centric error wrapping the deserialized error.
type ResponseError struct {
	Response *Response
	Err      error
}

// HTTPStatusCode returns the HTTP status code received from the service.
func (e *ResponseError) HTTPStatusCode() int { return e.Response.StatusCode }

// HTTPResponse returns the HTTP response received from the service.
func (e *ResponseError) HTTPResponse() *Response { return e.Response }

// Unwrap returns the nested error if any, or nil.
func (e *ResponseError) Unwrap() error { return e.Err }

func (e *ResponseError) Error() string {
	return fmt.Sprintf("http response error StatusCode: %d, %v", e.Response.StatusCode, e.Err)
}
