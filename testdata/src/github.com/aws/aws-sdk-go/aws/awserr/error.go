// Package awserr is a test stub of github.com/aws/aws-sdk-go/aws/awserr at
// v1.55.8 (the v1 SDK's error interfaces).
//
// Shape-relevant: Error, BatchedErrors and RequestFailure are INTERFACES and
// the latter two embed Error, so every RequestFailure is also an Error: a
// type switch or errors.As chain that tests Error before RequestFailure never
// reaches the second. The concrete types are unexported; none of them has
// Unwrap (OrigErr is the v1 way to reach the cause, and errors.As does not
// follow it).
package awserr

import "fmt"

// Error is the v1 SDK's error interface: a code, a message and an optional
// original error.
type Error interface {
	// Satisfy the generic error interface.
	error

	// Returns the short phrase depicting the classification of the error.
	Code() string

	// Returns the error details message.
	Message() string

	// Returns the original error if one was set. Nil is returned if not set.
	OrigErr() error
}

// BatchError is a batch of errors which also wraps lower level errors with
// code, message, and original errors.
//
// Deprecated: Replaced with BatchedErrors. Only defined for backwards
// compatibility.
type BatchError interface {
	error
	Code() string
	Message() string
	OrigErrs() []error
}

// BatchedErrors is an Error that wraps several original errors.
type BatchedErrors interface {
	Error

	// OrigErrs returns the original errors.
	OrigErrs() []error
}

// New returns an Error with code, message and an optional original error.
func New(code, message string, origErr error) Error {
	var errs []error
	if origErr != nil {
		errs = append(errs, origErr)
	}
	return newBaseError(code, message, errs)
}

// NewBatchError returns a BatchedErrors with a collection of errors.
func NewBatchError(code, message string, errs []error) BatchedErrors {
	return newBaseError(code, message, errs)
}

// RequestFailure is an Error from a service request, with the HTTP status
// code and request ID.
type RequestFailure interface {
	Error

	// The status code of the HTTP response.
	StatusCode() int

	// The request ID returned by the service for a request failure.
	RequestID() string
}

// NewRequestFailure returns a RequestFailure wrapping err.
func NewRequestFailure(err Error, statusCode int, reqID string) RequestFailure {
	return newRequestError(err, statusCode, reqID)
}

// SprintError formats an error's code, message, extra text and cause.
func SprintError(code, message, extra string, origErr error) string {
	msg := fmt.Sprintf("%s: %s", code, message)
	if extra != "" {
		msg = fmt.Sprintf("%s\n\t%s", msg, extra)
	}
	if origErr != nil {
		msg = fmt.Sprintf("%s\ncaused by: %s", msg, origErr.Error())
	}
	return msg
}

// baseError implements Error and BatchedErrors with VALUE receivers.
type baseError struct {
	code    string
	message string
	errs    []error
}

func newBaseError(code, message string, origErrs []error) *baseError {
	return &baseError{code: code, message: message, errs: origErrs}
}

func (b baseError) Error() string {
	if len(b.errs) > 0 {
		return SprintError(b.code, b.message, "", errorList(b.errs))
	}
	return SprintError(b.code, b.message, "", nil)
}

func (b baseError) String() string  { return b.Error() }
func (b baseError) Code() string    { return b.code }
func (b baseError) Message() string { return b.message }

func (b baseError) OrigErr() error {
	switch len(b.errs) {
	case 0:
		return nil
	case 1:
		return b.errs[0]
	default:
		if err, ok := b.errs[0].(Error); ok {
			return NewBatchError(err.Code(), err.Message(), b.errs[1:])
		}
		return NewBatchError("BatchedErrors", "multiple errors occurred", b.errs)
	}
}

func (b baseError) OrigErrs() []error { return b.errs }

// awsError lets the Error interface be embedded in requestError without the
// embedded field's name clashing with the Error method.
type awsError Error

// requestError implements RequestFailure by embedding the Error it wraps.
type requestError struct {
	awsError
	statusCode int
	requestID  string
}

func newRequestError(err Error, statusCode int, requestID string) *requestError {
	return &requestError{awsError: err, statusCode: statusCode, requestID: requestID}
}

func (r requestError) Error() string {
	extra := fmt.Sprintf("status code: %d, request id: %s", r.statusCode, r.requestID)
	return SprintError(r.Code(), r.Message(), extra, r.OrigErr())
}

func (r requestError) String() string    { return r.Error() }
func (r requestError) StatusCode() int   { return r.statusCode }
func (r requestError) RequestID() string { return r.requestID }

func (r requestError) OrigErrs() []error {
	if b, ok := r.awsError.(BatchedErrors); ok {
		return b.OrigErrs()
	}
	return []error{r.OrigErr()}
}

// errorList joins several errors into one message.
type errorList []error

func (e errorList) Error() string {
	msg := ""
	for i, err := range e {
		msg += err.Error()
		if i+1 < len(e) {
			msg += "\n"
		}
	}
	return msg
}
