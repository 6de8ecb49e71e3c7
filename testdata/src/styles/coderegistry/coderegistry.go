// Package coderegistry is a small web-API error library in the style of
// frameworks that give every error a numeric code and register each code
// with its HTTP status (DOES_NOT_EXIST = 100/404, ... RATE_LIMIT_EXCEEDED =
// 114/429). It is our own fixture library, not a stub of a real module.
//
// Shape-relevant: Code is a named int with 15 constants, 100 through 114;
// the registry table pairs each with its HTTP status. Every code has a
// sentinel *Error (ErrDoesNotExist, ...); (*Error).Is compares Codes only,
// so errors.Is(err, ErrDoesNotExist) matches any *Error with that Code,
// whatever its message. *Error has no Unwrap.
package coderegistry

import (
	"fmt"
	"net/http"
)

// Code identifies an API error.
type Code int

// The registered codes.
const (
	DoesNotExist         Code = 100
	PermissionDenied     Code = 101
	InvalidParameter     Code = 102
	MissingParameter     Code = 103
	AlreadyExists        Code = 104
	Conflict             Code = 105
	Unauthenticated      Code = 106
	PreconditionFailed   Code = 107
	PayloadTooLarge      Code = 108
	UnsupportedMediaType Code = 109
	MethodNotAllowed     Code = 110
	InternalError        Code = 111
	ServiceUnavailable   Code = 112
	Timeout              Code = 113
	RateLimitExceeded    Code = 114
)

// Entry is one row of the registry.
type Entry struct {
	Code       Code
	Name       string
	HTTPStatus int
}

// Registry lists every code with its wire name and HTTP status.
var Registry = []Entry{
	{DoesNotExist, "DOES_NOT_EXIST", http.StatusNotFound},
	{PermissionDenied, "PERMISSION_DENIED", http.StatusForbidden},
	{InvalidParameter, "INVALID_PARAMETER", http.StatusBadRequest},
	{MissingParameter, "MISSING_PARAMETER", http.StatusBadRequest},
	{AlreadyExists, "ALREADY_EXISTS", http.StatusConflict},
	{Conflict, "CONFLICT", http.StatusConflict},
	{Unauthenticated, "UNAUTHENTICATED", http.StatusUnauthorized},
	{PreconditionFailed, "PRECONDITION_FAILED", http.StatusPreconditionFailed},
	{PayloadTooLarge, "PAYLOAD_TOO_LARGE", http.StatusRequestEntityTooLarge},
	{UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", http.StatusUnsupportedMediaType},
	{MethodNotAllowed, "METHOD_NOT_ALLOWED", http.StatusMethodNotAllowed},
	{InternalError, "INTERNAL_ERROR", http.StatusInternalServerError},
	{ServiceUnavailable, "SERVICE_UNAVAILABLE", http.StatusServiceUnavailable},
	{Timeout, "TIMEOUT", http.StatusGatewayTimeout},
	{RateLimitExceeded, "RATE_LIMIT_EXCEEDED", http.StatusTooManyRequests},
}

func lookup(c Code) (Entry, bool) {
	for _, e := range Registry {
		if e.Code == c {
			return e, true
		}
	}
	return Entry{}, false
}

// String returns the code's wire name, such as "DOES_NOT_EXIST".
func (c Code) String() string {
	if e, ok := lookup(c); ok {
		return e.Name
	}
	return fmt.Sprintf("Code(%d)", int(c))
}

// HTTPStatus returns the HTTP status registered for c, or 500 for an
// unregistered code.
func (c Code) HTTPStatus() int {
	if e, ok := lookup(c); ok {
		return e.HTTPStatus
	}
	return http.StatusInternalServerError
}

// Error is an API error: a registered code, its HTTP status and a message.
type Error struct {
	Code       Code
	HTTPStatus int
	Message    string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s (%d): %s", e.Code, int(e.Code), e.Message)
}

// Is reports whether target is an *Error with the same Code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// HTTPStatusCode returns the HTTP status the error is sent with.
func (e *Error) HTTPStatusCode() int {
	return e.HTTPStatus
}

// New returns an *Error for code with its registered HTTP status.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, HTTPStatus: code.HTTPStatus(), Message: fmt.Sprintf(format, args...)}
}

// Sentinels, one per code, for errors.Is.
var (
	ErrDoesNotExist         = &Error{Code: DoesNotExist, HTTPStatus: http.StatusNotFound, Message: "resource does not exist"}
	ErrPermissionDenied     = &Error{Code: PermissionDenied, HTTPStatus: http.StatusForbidden, Message: "permission denied"}
	ErrInvalidParameter     = &Error{Code: InvalidParameter, HTTPStatus: http.StatusBadRequest, Message: "invalid parameter"}
	ErrMissingParameter     = &Error{Code: MissingParameter, HTTPStatus: http.StatusBadRequest, Message: "missing parameter"}
	ErrAlreadyExists        = &Error{Code: AlreadyExists, HTTPStatus: http.StatusConflict, Message: "resource already exists"}
	ErrConflict             = &Error{Code: Conflict, HTTPStatus: http.StatusConflict, Message: "conflict"}
	ErrUnauthenticated      = &Error{Code: Unauthenticated, HTTPStatus: http.StatusUnauthorized, Message: "unauthenticated"}
	ErrPreconditionFailed   = &Error{Code: PreconditionFailed, HTTPStatus: http.StatusPreconditionFailed, Message: "precondition failed"}
	ErrPayloadTooLarge      = &Error{Code: PayloadTooLarge, HTTPStatus: http.StatusRequestEntityTooLarge, Message: "payload too large"}
	ErrUnsupportedMediaType = &Error{Code: UnsupportedMediaType, HTTPStatus: http.StatusUnsupportedMediaType, Message: "unsupported media type"}
	ErrMethodNotAllowed     = &Error{Code: MethodNotAllowed, HTTPStatus: http.StatusMethodNotAllowed, Message: "method not allowed"}
	ErrInternalError        = &Error{Code: InternalError, HTTPStatus: http.StatusInternalServerError, Message: "internal error"}
	ErrServiceUnavailable   = &Error{Code: ServiceUnavailable, HTTPStatus: http.StatusServiceUnavailable, Message: "service unavailable"}
	ErrTimeout              = &Error{Code: Timeout, HTTPStatus: http.StatusGatewayTimeout, Message: "timeout"}
	ErrRateLimitExceeded    = &Error{Code: RateLimitExceeded, HTTPStatus: http.StatusTooManyRequests, Message: "rate limit exceeded"}
)

// Client is a stand-in API client whose methods return *Error values.
type Client struct {
	items map[string]string
}

// NewClient returns an empty Client.
func NewClient() *Client {
	return &Client{items: map[string]string{}}
}

// Get returns the item named id, or an error with code DoesNotExist or
// InvalidParameter.
func (c *Client) Get(id string) (string, error) {
	if id == "" {
		return "", New(MissingParameter, "id is required")
	}
	v, ok := c.items[id]
	if !ok {
		return "", New(DoesNotExist, "item %q does not exist", id)
	}
	return v, nil
}

// Create stores an item, or returns an error with code AlreadyExists.
func (c *Client) Create(id, value string) error {
	if _, ok := c.items[id]; ok {
		return New(AlreadyExists, "item %q already exists", id)
	}
	c.items[id] = value
	return nil
}

// Delete removes an item, or returns an error with code DoesNotExist.
func (c *Client) Delete(id string) error {
	if _, ok := c.items[id]; !ok {
		return New(DoesNotExist, "item %q does not exist", id)
	}
	delete(c.items, id)
	return nil
}
