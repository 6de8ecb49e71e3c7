// Package client is a small API client whose error taxonomy has the
// shapes bench/mutate finds sites for: string and integer code types, an
// HTTP status field, an interface of API errors, a specific error type
// that implements it, a sentinel and a predicate.
package client

import (
	"context"
	"errors"
)

// ErrorCode is a string code of the API.
type ErrorCode string

const (
	ErrorCodeQuotaExceeded ErrorCode = "quota_exceeded"
	ErrorCodeNotFound      ErrorCode = "resource_missing"
	ErrorCodeConflict      ErrorCode = "conflict"
)

// Code is an integer code of the API.
type Code int

const (
	CodeOK       Code = 0
	CodeNotFound Code = 5
	CodeConflict Code = 6
	CodeInternal Code = 13
)

// Error is the API's error.
type Error struct {
	Code       ErrorCode
	StatusCode int
}

func (e *Error) Error() string { return string(e.Code) }

// ErrorCode makes *Error an APIError.
func (e *Error) ErrorCode() string { return string(e.Code) }

// APIError is any error of the API.
type APIError interface {
	error
	ErrorCode() string
}

// NotFoundError is the specific error of a missing object.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string     { return e.Name + " not found" }
func (e *NotFoundError) ErrorCode() string { return string(ErrorCodeNotFound) }

// ErrNotFound is the sentinel of a missing object.
var ErrNotFound = errors.New("not found")

// IsNotFound reports whether err is a missing object.
func IsNotFound(err error) bool {
	var nf *NotFoundError
	return errors.As(err, &nf)
}

// CodeOf is the code of an API error.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return CodeInternal
	}
	return CodeOK
}

// Object is what the API stores.
type Object struct{ Name string }

// Client talks to the API.
type Client struct{ objects map[string]*Object }

// Get returns an object.
func (c *Client) Get(_ context.Context, name string) (*Object, error) {
	if o, ok := c.objects[name]; ok {
		return o, nil
	}
	return nil, &NotFoundError{Name: name}
}

// Delete removes an object.
func (c *Client) Delete(_ context.Context, name string) error {
	if _, ok := c.objects[name]; !ok {
		return ErrNotFound
	}
	delete(c.objects, name)
	return nil
}

// Writer uploads an object; the upload happens in Close.
type Writer struct{ n int }

// Write buffers p.
func (w *Writer) Write(p []byte) (int, error) {
	if w == nil {
		return 0, ErrNotFound
	}
	w.n += len(p)
	return len(p), nil
}

// Close uploads what was written.
func (w *Writer) Close() error {
	if w.n == 0 {
		return ErrNotFound
	}
	return nil
}
