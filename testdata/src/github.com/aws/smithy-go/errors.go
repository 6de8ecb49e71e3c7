// Package smithy is a test stub of github.com/aws/smithy-go at v1.28.8: the
// protocol-agnostic error types that every aws-sdk-go-v2 service returns.
//
// Shape-relevant: APIError is an interface that every modeled exception
// (for example *s3types.NoSuchKey) and *GenericAPIError implement, so
// errors.As(err, &apiErr) matches any of them. The wrapper types
// (*OperationError, *DeserializationError, ...) implement Unwrap returning
// the plain error field, so their relation to what they wrap is only known
// at run time.
package smithy

import "fmt"

// APIError is implemented by all SDK-generated exception types.
type APIError interface {
	error

	// ErrorCode returns the error code for the API exception.
	ErrorCode() string
	// ErrorMessage returns the error message for the API exception.
	ErrorMessage() string
	// ErrorFault returns the fault for the API exception.
	ErrorFault() ErrorFault
}

// GenericAPIError is what the SDK deserializes unmodeled error codes into.
type GenericAPIError struct {
	Code    string
	Message string
	Fault   ErrorFault
}

func (e *GenericAPIError) ErrorCode() string      { return e.Code }
func (e *GenericAPIError) ErrorMessage() string   { return e.Message }
func (e *GenericAPIError) ErrorFault() ErrorFault { return e.Fault }

func (e *GenericAPIError) Error() string {
	return fmt.Sprintf("api error %s: %s", e.Code, e.Message)
}

var _ APIError = (*GenericAPIError)(nil)

// OperationError is the outermost error of every operation call; the chain
// continues through Err (usually an *awshttp.ResponseError).
type OperationError struct {
	ServiceID     string
	OperationName string
	Err           error
}

func (e *OperationError) Service() string   { return e.ServiceID }
func (e *OperationError) Operation() string { return e.OperationName }

// Unwrap returns the nested error if any, or nil.
func (e *OperationError) Unwrap() error { return e.Err }

func (e *OperationError) Error() string {
	return fmt.Sprintf("operation error %s: %s, %v", e.ServiceID, e.OperationName, e.Err)
}

// DeserializationError wraps an error that occurred while decoding a response.
type DeserializationError struct {
	Err      error
	Snapshot []byte
}

func (e *DeserializationError) Error() string {
	const msg = "deserialization failed"
	if e.Err == nil {
		return msg
	}
	return fmt.Sprintf("%s, %v", msg, e.Err)
}

func (e *DeserializationError) Unwrap() error { return e.Err }

// SerializationError wraps an error that occurred while encoding a request.
type SerializationError struct {
	Err error
}

func (e *SerializationError) Error() string {
	const msg = "serialization failed"
	if e.Err == nil {
		return msg
	}
	return fmt.Sprintf("%s: %v", msg, e.Err)
}

func (e *SerializationError) Unwrap() error { return e.Err }

// CanceledError is returned when the operation's context was canceled.
type CanceledError struct {
	Err error
}

func (*CanceledError) CanceledError() bool { return true }
func (e *CanceledError) Unwrap() error     { return e.Err }
func (e *CanceledError) Error() string     { return fmt.Sprintf("canceled, %v", e.Err) }

// ErrorFault is the Smithy fault classification of an API error.
type ErrorFault int

// ErrorFault values.
const (
	FaultUnknown ErrorFault = iota
	FaultServer
	FaultClient
)

func (f ErrorFault) String() string {
	switch f {
	case FaultServer:
		return "server"
	case FaultClient:
		return "client"
	default:
		return "unknown"
	}
}
