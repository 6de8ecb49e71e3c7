// Package codes is a test stub of google.golang.org/grpc/codes at v1.85.0.
//
// Shape-relevant: Code is a uint32 with exactly 17 named values, OK (0)
// through Unauthenticated (16); anything else (404, for one) is not a gRPC
// code.
package codes

import "strconv"

// A Code is a status code defined according to the gRPC documentation.
type Code uint32

const (
	// OK is returned on success.
	OK Code = 0
	// Canceled indicates the operation was canceled (typically by the caller).
	Canceled Code = 1
	// Unknown error.
	Unknown Code = 2
	// InvalidArgument indicates client specified an invalid argument.
	InvalidArgument Code = 3
	// DeadlineExceeded means operation expired before completion.
	DeadlineExceeded Code = 4
	// NotFound means some requested entity was not found.
	NotFound Code = 5
	// AlreadyExists means an attempt to create an entity failed because one
	// already exists.
	AlreadyExists Code = 6
	// PermissionDenied indicates the caller does not have permission.
	PermissionDenied Code = 7
	// ResourceExhausted indicates some resource has been exhausted.
	ResourceExhausted Code = 8
	// FailedPrecondition indicates the system is not in a state required for
	// the operation's execution.
	FailedPrecondition Code = 9
	// Aborted indicates the operation was aborted.
	Aborted Code = 10
	// OutOfRange means operation was attempted past the valid range.
	OutOfRange Code = 11
	// Unimplemented indicates operation is not implemented.
	Unimplemented Code = 12
	// Internal errors.
	Internal Code = 13
	// Unavailable indicates the service is currently unavailable.
	Unavailable Code = 14
	// DataLoss indicates unrecoverable data loss or corruption.
	DataLoss Code = 15
	// Unauthenticated indicates the request does not have valid
	// authentication credentials for the operation.
	Unauthenticated Code = 16

	_maxCode = 17
)

func (c Code) String() string {
	switch c {
	case OK:
		return "OK"
	case Canceled:
		return "Canceled"
	case Unknown:
		return "Unknown"
	case InvalidArgument:
		return "InvalidArgument"
	case DeadlineExceeded:
		return "DeadlineExceeded"
	case NotFound:
		return "NotFound"
	case AlreadyExists:
		return "AlreadyExists"
	case PermissionDenied:
		return "PermissionDenied"
	case ResourceExhausted:
		return "ResourceExhausted"
	case FailedPrecondition:
		return "FailedPrecondition"
	case Aborted:
		return "Aborted"
	case OutOfRange:
		return "OutOfRange"
	case Unimplemented:
		return "Unimplemented"
	case Internal:
		return "Internal"
	case Unavailable:
		return "Unavailable"
	case DataLoss:
		return "DataLoss"
	case Unauthenticated:
		return "Unauthenticated"
	default:
		return "Code(" + strconv.FormatInt(int64(c), 10) + ")"
	}
}
