// Package apierror is a test stub of github.com/googleapis/gax-go/v2/apierror
// at v2.27.0: the transport-neutral error of Google Cloud clients.
//
// Shape-relevant: *APIError has GRPCStatus, so grpc status.Code(err) works on
// it (and on anything wrapping it); HTTPCode returns the HTTP status or -1
// for gRPC errors. Its Unwrap returns the unexported err field (the error it
// was parsed from, or nil when parsed with wrap=false, as the
// google.golang.org/api clients do before storing it in a *googleapi.Error).
//
// The real ErrDetails holds ten protobuf detail types
// (google.golang.org/genproto/googleapis/rpc/errdetails); here only ErrorInfo
// is kept, as an unexported struct with the proto-style getters.
package apierror

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"google.golang.org/api/googleapi"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// canonicalMap maps HTTP codes to gRPC status codes, as the real one does.
var canonicalMap = map[int]codes.Code{
	http.StatusOK:                           codes.OK,
	http.StatusBadRequest:                   codes.InvalidArgument,
	http.StatusForbidden:                    codes.PermissionDenied,
	http.StatusNotFound:                     codes.NotFound,
	http.StatusConflict:                     codes.Aborted,
	http.StatusRequestedRangeNotSatisfiable: codes.OutOfRange,
	http.StatusTooManyRequests:              codes.ResourceExhausted,
	http.StatusGatewayTimeout:               codes.DeadlineExceeded,
	http.StatusNotImplemented:               codes.Unimplemented,
	http.StatusServiceUnavailable:           codes.Unavailable,
	http.StatusUnauthorized:                 codes.Unauthenticated,
}

func toCode(httpCode int) codes.Code {
	if sCode, ok := canonicalMap[httpCode]; ok {
		return sCode
	}
	switch {
	case httpCode >= 200 && httpCode < 300:
		return codes.OK
	case httpCode >= 400 && httpCode < 500:
		return codes.FailedPrecondition
	case httpCode >= 500 && httpCode < 600:
		return codes.Internal
	}
	return codes.Unknown
}

// errorInfo stands in for errdetails.ErrorInfo.
type errorInfo struct {
	Reason   string
	Domain   string
	Metadata map[string]string
}

func (x *errorInfo) GetReason() string {
	if x != nil {
		return x.Reason
	}
	return ""
}

func (x *errorInfo) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}

func (x *errorInfo) GetMetadata() map[string]string {
	if x != nil {
		return x.Metadata
	}
	return nil
}

// ErrDetails holds the Google AIP error details of an error.
type ErrDetails struct {
	ErrorInfo *errorInfo
	// Unknown stores unidentifiable error details.
	Unknown []interface{}
}

// ErrMessageNotFound is used to signal ExtractProtoMessage found no
// matching messages.
var ErrMessageNotFound = errors.New("message not found")

func (e ErrDetails) String() string {
	if e.ErrorInfo == nil {
		return ""
	}
	return fmt.Sprintf("error details: name = ErrorInfo reason = %s domain = %s metadata = %s\n",
		e.ErrorInfo.Reason, e.ErrorInfo.Domain, e.ErrorInfo.Metadata)
}

// APIError wraps either a gRPC Status error or a HTTP googleapi.Error. It
// implements error and Status interfaces.
type APIError struct {
	err     error
	status  *status.Status
	httpErr *googleapi.Error
	details ErrDetails
}

// Details presents the error details of the APIError.
func (a *APIError) Details() ErrDetails {
	return a.details
}

// Unwrap extracts the original error.
func (a *APIError) Unwrap() error {
	return a.err
}

// Error returns a readable representation of the APIError.
func (a *APIError) Error() string {
	var msg string
	if a.httpErr != nil {
		msg = fmt.Sprintf("googleapi: Error %d: %s", a.httpErr.Code, a.httpErr.Message)
	} else if a.status != nil && a.err != nil {
		msg = a.err.Error()
	} else if a.status != nil {
		msg = a.status.Message()
	}
	return strings.TrimSpace(fmt.Sprintf("%s\n%s", msg, a.details))
}

// Message returns the error message of the underlying HTTP or gRPC error.
func (a *APIError) Message() string {
	if a.httpErr != nil {
		return a.httpErr.Message
	} else if a.status != nil {
		return a.status.Message()
	}
	return ""
}

// GRPCStatus extracts the underlying gRPC Status error. This method is
// necessary to fulfill the interface described in
// https://pkg.go.dev/google.golang.org/grpc/status#FromError.
func (a *APIError) GRPCStatus() *status.Status {
	return a.status
}

// Reason returns the reason in an ErrorInfo, or "".
func (a *APIError) Reason() string {
	return a.details.ErrorInfo.GetReason()
}

// Domain returns the domain in an ErrorInfo, or "".
func (a *APIError) Domain() string {
	return a.details.ErrorInfo.GetDomain()
}

// Metadata returns the metadata in an ErrorInfo, or nil.
func (a *APIError) Metadata() map[string]string {
	return a.details.ErrorInfo.GetMetadata()
}

// HTTPCode returns the underlying HTTP response status code, or -1 if the
// error is not a googleapi.Error.
func (a *APIError) HTTPCode() int {
	if a.httpErr == nil {
		return -1
	}
	return a.httpErr.Code
}

func (a *APIError) setDetailsFromError(err error) bool {
	st, isStatus := status.FromError(err)
	var herr *googleapi.Error
	isHTTPErr := errors.As(err, &herr)

	switch {
	case isStatus:
		a.status = st
		a.details = parseDetails(st.Details())
	case isHTTPErr:
		a.httpErr = herr
		a.details = parseDetails(herr.Details)
		a.status = status.New(toCode(a.httpErr.Code), herr.Message)
	default:
		return false
	}
	return true
}

// FromError parses a Status error or a googleapi.Error and builds an
// APIError, wrapping the provided error in the new APIError.
func FromError(err error) (*APIError, bool) {
	return ParseError(err, true)
}

// ParseError parses a Status error or a googleapi.Error and builds an
// APIError. If wrap is true, it wraps the error in the new APIError.
func ParseError(err error, wrap bool) (*APIError, bool) {
	if err == nil {
		return nil, false
	}
	ae := APIError{}
	if wrap {
		ae = APIError{err: err}
	}
	if !ae.setDetailsFromError(err) {
		return nil, false
	}
	return &ae, true
}

// parseDetails picks an ErrorInfo out of the details: either an *errorInfo
// or, for HTTP errors, a decoded JSON object whose "@type" ends in
// "ErrorInfo".
func parseDetails(details []interface{}) ErrDetails {
	var ed ErrDetails
	for _, d := range details {
		switch d := d.(type) {
		case *errorInfo:
			ed.ErrorInfo = d
		case map[string]interface{}:
			if t, _ := d["@type"].(string); strings.HasSuffix(t, "ErrorInfo") {
				info := &errorInfo{}
				info.Reason, _ = d["reason"].(string)
				info.Domain, _ = d["domain"].(string)
				ed.ErrorInfo = info
				continue
			}
			ed.Unknown = append(ed.Unknown, d)
		default:
			ed.Unknown = append(ed.Unknown, d)
		}
	}
	return ed
}
