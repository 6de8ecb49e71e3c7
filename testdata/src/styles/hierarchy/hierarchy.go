// Package hierarchy models an exception-class hierarchy (HTTPError ⊃
// NotFound ⊃ RouteNotFound ⊃ AssetNotFound; HTTPError ⊃ BadRequest ⊃
// InvalidParam, MissingParam, InvalidHeader, MissingHeader) the way Go
// expresses one: an interface at the top and Unwrap chains below it. It is
// our own fixture library, not a stub of a real module.
//
// Shape-relevant:
//   - Every concrete type implements HTTPError (pointer receivers).
//   - Each subtype holds its parent as a named VALUE field and its Unwrap
//     returns the field's address, a concretely typed expression
//     (&e.NotFound is a *NotFound). That is what lets a checker prove
//     statically that errors.As(&(*NotFound)) matches a *RouteNotFound,
//     and so that a *NotFound target placed before a *RouteNotFound target
//     shadows it.
//   - Conflict EMBEDS *BadRequest (a sibling of NotFound) but has no Unwrap:
//     embedding gives it BadRequest's fields and methods, not a relation, so
//     errors.As(conflict, &(*BadRequest)) is false.
//   - The sentinels form the same hierarchy with %w: errors.Is(ErrRouteNotFound,
//     ErrNotFound) and errors.Is(ErrInvalidParam, ErrBadRequest) are true.
package hierarchy

import (
	"errors"
	"fmt"
	"net/http"
)

// HTTPError is the root of the hierarchy.
type HTTPError interface {
	error
	StatusCode() int
}

// Sentinels forming the same tree with %w.
var (
	ErrNotFound      = errors.New("not found")
	ErrRouteNotFound = fmt.Errorf("%w: route", ErrNotFound)
	ErrBadRequest    = errors.New("bad request")
	ErrInvalidParam  = fmt.Errorf("%w: invalid parameter", ErrBadRequest)
	ErrMissingParam  = fmt.Errorf("%w: missing parameter", ErrBadRequest)
	ErrInvalidHeader = fmt.Errorf("%w: invalid header", ErrBadRequest)
	ErrMissingHeader = fmt.Errorf("%w: missing header", ErrBadRequest)
)

// NotFound is a 404.
type NotFound struct {
	Resource string
}

func (e *NotFound) Error() string   { return fmt.Sprintf("%s not found", e.Resource) }
func (e *NotFound) StatusCode() int { return http.StatusNotFound }

// RouteNotFound is a NotFound for a route with no handler.
type RouteNotFound struct {
	NotFound NotFound
	Route    string
}

func (e *RouteNotFound) Error() string   { return fmt.Sprintf("no route for %s", e.Route) }
func (e *RouteNotFound) StatusCode() int { return e.NotFound.StatusCode() }

// Unwrap returns the parent NotFound (statically a *NotFound).
func (e *RouteNotFound) Unwrap() error { return &e.NotFound }

// AssetNotFound is a RouteNotFound under the static-asset prefix: three
// levels below HTTPError.
type AssetNotFound struct {
	RouteNotFound RouteNotFound
	Path          string
}

func (e *AssetNotFound) Error() string   { return fmt.Sprintf("no asset at %s", e.Path) }
func (e *AssetNotFound) StatusCode() int { return e.RouteNotFound.StatusCode() }

// Unwrap returns the parent RouteNotFound (statically a *RouteNotFound).
func (e *AssetNotFound) Unwrap() error { return &e.RouteNotFound }

// BadRequest is a 400.
type BadRequest struct {
	Reason string
}

func (e *BadRequest) Error() string   { return "bad request: " + e.Reason }
func (e *BadRequest) StatusCode() int { return http.StatusBadRequest }

// InvalidParam is a BadRequest for a query or path parameter with a bad
// value.
type InvalidParam struct {
	BadRequest BadRequest
	Param      string
}

func (e *InvalidParam) Error() string   { return fmt.Sprintf("invalid parameter %q", e.Param) }
func (e *InvalidParam) StatusCode() int { return e.BadRequest.StatusCode() }
func (e *InvalidParam) Unwrap() error   { return &e.BadRequest }

// MissingParam is a BadRequest for a required parameter that is absent.
type MissingParam struct {
	BadRequest BadRequest
	Param      string
}

func (e *MissingParam) Error() string   { return fmt.Sprintf("missing parameter %q", e.Param) }
func (e *MissingParam) StatusCode() int { return e.BadRequest.StatusCode() }
func (e *MissingParam) Unwrap() error   { return &e.BadRequest }

// InvalidHeader is a BadRequest for a header with a bad value.
type InvalidHeader struct {
	BadRequest BadRequest
	Header     string
}

func (e *InvalidHeader) Error() string   { return fmt.Sprintf("invalid header %q", e.Header) }
func (e *InvalidHeader) StatusCode() int { return e.BadRequest.StatusCode() }
func (e *InvalidHeader) Unwrap() error   { return &e.BadRequest }

// MissingHeader is a BadRequest for a required header that is absent.
type MissingHeader struct {
	BadRequest BadRequest
	Header     string
}

func (e *MissingHeader) Error() string   { return fmt.Sprintf("missing header %q", e.Header) }
func (e *MissingHeader) StatusCode() int { return e.BadRequest.StatusCode() }
func (e *MissingHeader) Unwrap() error   { return &e.BadRequest }

// Conflict is a 409. It EMBEDS *BadRequest, NotFound's sibling, and has no
// Unwrap: it is not a BadRequest for errors.As, whatever the embedding
// suggests (see the package comment).
type Conflict struct {
	*BadRequest
	Resource string
}

func (e *Conflict) Error() string   { return fmt.Sprintf("conflict on %s", e.Resource) }
func (e *Conflict) StatusCode() int { return http.StatusConflict }

// Compile-time checks that every type is an HTTPError.
var (
	_ HTTPError = (*NotFound)(nil)
	_ HTTPError = (*RouteNotFound)(nil)
	_ HTTPError = (*AssetNotFound)(nil)
	_ HTTPError = (*BadRequest)(nil)
	_ HTTPError = (*InvalidParam)(nil)
	_ HTTPError = (*MissingParam)(nil)
	_ HTTPError = (*InvalidHeader)(nil)
	_ HTTPError = (*MissingHeader)(nil)
	_ HTTPError = (*Conflict)(nil)
)

// Route resolves a request path; its errors come from the hierarchy.
func Route(method, path string, params map[string]string) (string, error) {
	switch {
	case method == "":
		return "", &MissingHeader{BadRequest: BadRequest{Reason: "no method"}, Header: ":method"}
	case len(path) > 8 && path[:8] == "/static/":
		return "", &AssetNotFound{RouteNotFound: RouteNotFound{NotFound: NotFound{Resource: "asset"}, Route: path}, Path: path[8:]}
	case path == "/items" && params["id"] == "":
		return "", &MissingParam{BadRequest: BadRequest{Reason: "no id"}, Param: "id"}
	case path == "/items":
		return "items", nil
	}
	return "", &RouteNotFound{NotFound: NotFound{Resource: "route"}, Route: path}
}
