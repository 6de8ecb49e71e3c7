// Package http is a test stub of github.com/aws/aws-sdk-go-v2/aws/transport/http
// at v1.47.7: the AWS HTTP response error that sits between
// *smithy.OperationError and the modeled exception.
//
// Shape-relevant: ResponseError EMBEDS *smithyhttp.ResponseError (a pointer
// to a different type, so it is not itself a *smithyhttp.ResponseError).
// It gets Unwrap (returning Err) promoted from the embedded field, and its
// own As method delegates errors.As to the embedded value, which is how
// errors.As(err, &smithyRespErr) succeeds on it.
package http

import (
	"errors"
	"fmt"

	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// ResponseError adds the AWS request ID to the smithy HTTP response error.
type ResponseError struct {
	*smithyhttp.ResponseError

	// RequestID associated with response error
	RequestID string
}

// ServiceRequestID returns the request id associated with Response Error.
func (e *ResponseError) ServiceRequestID() string { return e.RequestID }

func (e *ResponseError) Error() string {
	return fmt.Sprintf("https response error StatusCode: %d, RequestID: %s, %v",
		e.Response.StatusCode, e.RequestID, e.Err)
}

// As populates target when it is a type that the embedded
// *smithyhttp.ResponseError (or its chain) satisfies.
func (e *ResponseError) As(target interface{}) bool {
	return errors.As(e.ResponseError, target)
}
