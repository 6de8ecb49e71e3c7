// Package status is a test stub of google.golang.org/grpc/status at v1.85.0.
//
// Shape-relevant: the real Status is an alias of internal/status.Status and
// Err returns an *internal/status.Error; here both live in this package,
// the error type unexported (callers cannot name it either way). The error
// carries no Unwrap; it is recognised through its GRPCStatus method, which
// FromError (and so Code and Convert) finds with a type assertion and then
// with errors.As, so wrapped status errors are seen too.
// Details are kept as []any (the real ones are protobuf messages).
package status

import (
	"context"
	"errors"
	"fmt"

	"google.golang.org/grpc/codes"
)

// Status represents an RPC status code, message, and details.
type Status struct {
	code    codes.Code
	message string
	details []any
}

// New returns a Status representing c and msg.
func New(c codes.Code, msg string) *Status {
	return &Status{code: c, message: msg}
}

// Newf returns New(c, fmt.Sprintf(format, a...)).
func Newf(c codes.Code, format string, a ...any) *Status {
	return New(c, fmt.Sprintf(format, a...))
}

// Error returns an error representing c and msg. If c is OK, returns nil.
func Error(c codes.Code, msg string) error {
	return New(c, msg).Err()
}

// Errorf returns Error(c, fmt.Sprintf(format, a...)).
func Errorf(c codes.Code, format string, a ...any) error {
	return Error(c, fmt.Sprintf(format, a...))
}

// Code returns the status code contained in s.
func (s *Status) Code() codes.Code {
	if s == nil {
		return codes.OK
	}
	return s.code
}

// Message returns the message contained in s.
func (s *Status) Message() string {
	if s == nil {
		return ""
	}
	return s.message
}

// Err returns an immutable error representing s; returns nil if s.Code() is
// OK.
func (s *Status) Err() error {
	if s.Code() == codes.OK {
		return nil
	}
	return &statusError{s: s}
}

// WithDetails returns a new status with the provided details appended.
func (s *Status) WithDetails(details ...any) (*Status, error) {
	if s.Code() == codes.OK {
		return nil, errors.New("no error details for status with code OK")
	}
	c := *s
	c.details = append(append([]any(nil), s.details...), details...)
	return &c, nil
}

// Details returns the status details.
func (s *Status) Details() []any {
	if s == nil {
		return nil
	}
	return append([]any(nil), s.details...)
}

func (s *Status) String() string {
	return fmt.Sprintf("rpc error: code = %s desc = %s", s.Code(), s.Message())
}

// statusError wraps a *Status; it is what Status.Err returns.
type statusError struct {
	s *Status
}

func (e *statusError) Error() string { return e.s.String() }

// GRPCStatus returns the Status represented by e.
func (e *statusError) GRPCStatus() *Status { return e.s }

// Is implements future error.Is functionality: equal code and message.
func (e *statusError) Is(target error) bool {
	tse, ok := target.(*statusError)
	if !ok {
		return false
	}
	return e.s.code == tse.s.code && e.s.message == tse.s.message
}

// FromError returns a Status representation of err: from err's (or a
// wrapped error's) GRPCStatus method when there is one, ok true; nil, true
// for nil; otherwise a Status with codes.Unknown and ok false.
func FromError(err error) (s *Status, ok bool) {
	if err == nil {
		return nil, true
	}
	type grpcstatus interface{ GRPCStatus() *Status }
	if gs, ok := err.(grpcstatus); ok {
		grpcStatus := gs.GRPCStatus()
		if grpcStatus == nil {
			return New(codes.Unknown, err.Error()), false
		}
		return grpcStatus, true
	}
	var gs grpcstatus
	if errors.As(err, &gs) {
		grpcStatus := gs.GRPCStatus()
		if grpcStatus == nil {
			return New(codes.Unknown, err.Error()), false
		}
		// The wrapping error's message replaces the status message.
		p := *grpcStatus
		p.message = err.Error()
		return &p, true
	}
	return New(codes.Unknown, err.Error()), false
}

// Convert is a convenience function which removes the need to handle the
// boolean return value from FromError.
func Convert(err error) *Status {
	s, _ := FromError(err)
	return s
}

// Code returns the Code of the error if it is a Status error or if it wraps
// a Status error; codes.OK for nil and codes.Unknown otherwise.
func Code(err error) codes.Code {
	if err == nil {
		return codes.OK
	}
	return Convert(err).Code()
}

// FromContextError converts a context error or wrapped context error into a
// Status.
func FromContextError(err error) *Status {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return New(codes.DeadlineExceeded, err.Error())
	}
	if errors.Is(err, context.Canceled) {
		return New(codes.Canceled, err.Error())
	}
	return New(codes.Unknown, err.Error())
}
