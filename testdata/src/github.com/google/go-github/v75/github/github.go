// Package github is a test stub of github.com/google/go-github/v75/github at
// v75.0.0, holding the error types and CheckResponse.
//
// Shape-relevant: *ErrorResponse, *TwoFactorAuthError, *RateLimitError,
// *AbuseRateLimitError, *AcceptedError and *RedirectionError are SIBLINGS:
// nothing embeds or unwraps to anything else (TwoFactorAuthError is a
// defined type over ErrorResponse, which gives it the fields but not the
// methods). Their Is methods only compare against the same type. The HTTP
// status is in Response.StatusCode; Error.Code is a string whose values are
// only listed in a comment ("missing", "missing_field", "invalid",
// "already_exists", "custom").
package github

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

const (
	headerRateLimit     = "X-Ratelimit-Limit"
	headerRateRemaining = "X-Ratelimit-Remaining"
	headerRateUsed      = "X-Ratelimit-Used"
	headerRateReset     = "X-Ratelimit-Reset"
	headerRateResource  = "X-Ratelimit-Resource"
	headerOTP           = "X-Github-Otp"
	headerRetryAfter    = "Retry-After"
)

// Timestamp wraps time.Time for GitHub's time formats.
type Timestamp struct {
	time.Time
}

// Rate represents the rate limit for the current client.
type Rate struct {
	Limit     int       `json:"limit"`
	Remaining int       `json:"remaining"`
	Used      int       `json:"used"`
	Reset     Timestamp `json:"reset"`
	Resource  string    `json:"resource,omitempty"`
}

// Response wraps the standard http.Response returned from the GitHub API.
type Response struct {
	*http.Response

	NextPage  int
	PrevPage  int
	FirstPage int
	LastPage  int

	Rate Rate
}

// ErrorResponse reports one or more errors caused by an API request.
type ErrorResponse struct {
	Response *http.Response `json:"-"`       // HTTP response that caused this error
	Message  string         `json:"message"` // error message
	Errors   []Error        `json:"errors"`  // more detail on individual errors
	// Block is only populated on certain types of errors such as code 451.
	Block *ErrorBlock `json:"block,omitempty"`
	// DocumentationURL points to content that might help resolve the error.
	DocumentationURL string `json:"documentation_url,omitempty"`
}

// ErrorBlock contains a further explanation for the reason of an error.
type ErrorBlock struct {
	Reason    string     `json:"reason,omitempty"`
	CreatedAt *Timestamp `json:"created_at,omitempty"`
}

func (r *ErrorResponse) Error() string {
	if r.Response != nil && r.Response.Request != nil {
		return fmt.Sprintf("%v %v: %d %v %+v",
			r.Response.Request.Method, sanitizeURL(r.Response.Request.URL),
			r.Response.StatusCode, r.Message, r.Errors)
	}
	if r.Response != nil {
		return fmt.Sprintf("%d %v %+v", r.Response.StatusCode, r.Message, r.Errors)
	}
	return fmt.Sprintf("%v %+v", r.Message, r.Errors)
}

// Is returns whether the provided error equals this error (same type, same
// message, documentation URL, status code, errors and block).
func (r *ErrorResponse) Is(target error) bool {
	v, ok := target.(*ErrorResponse)
	if !ok {
		return false
	}
	if r.Message != v.Message || r.DocumentationURL != v.DocumentationURL ||
		!compareHTTPResponse(r.Response, v.Response) {
		return false
	}
	if len(r.Errors) != len(v.Errors) {
		return false
	}
	for i := range r.Errors {
		if r.Errors[i] != v.Errors[i] {
			return false
		}
	}
	if (r.Block == nil) != (v.Block == nil) {
		return false
	}
	if r.Block != nil {
		if r.Block.Reason != v.Block.Reason {
			return false
		}
		if (r.Block.CreatedAt == nil) != (v.Block.CreatedAt == nil) {
			return false
		}
		if r.Block.CreatedAt != nil && !r.Block.CreatedAt.Equal(v.Block.CreatedAt.Time) {
			return false
		}
	}
	return true
}

// TwoFactorAuthError occurs when using HTTP Basic Authentication for a user
// that has two-factor authentication enabled.
type TwoFactorAuthError ErrorResponse

func (r *TwoFactorAuthError) Error() string { return (*ErrorResponse)(r).Error() }

// RateLimitError occurs when GitHub returns 403 Forbidden response with a
// rate limit remaining value of 0.
type RateLimitError struct {
	Rate     Rate           // Rate specifies last known rate limit for the client
	Response *http.Response // HTTP response that caused this error
	Message  string         `json:"message"` // error message
}

func (r *RateLimitError) Error() string {
	return fmt.Sprintf("%v %v: %d %v %v",
		r.Response.Request.Method, sanitizeURL(r.Response.Request.URL),
		r.Response.StatusCode, r.Message, time.Until(r.Rate.Reset.Time))
}

// Is returns whether the provided error equals this error.
func (r *RateLimitError) Is(target error) bool {
	v, ok := target.(*RateLimitError)
	if !ok {
		return false
	}
	return r.Rate == v.Rate &&
		r.Message == v.Message &&
		compareHTTPResponse(r.Response, v.Response)
}

// AcceptedError occurs when GitHub returns 202 Accepted with an empty body:
// a job was scheduled and the request can be repeated later.
type AcceptedError struct {
	// Raw contains the response body.
	Raw []byte
}

func (*AcceptedError) Error() string {
	return "job scheduled on GitHub side; try again later"
}

// Is returns whether the provided error equals this error.
func (ae *AcceptedError) Is(target error) bool {
	v, ok := target.(*AcceptedError)
	if !ok {
		return false
	}
	return bytes.Equal(ae.Raw, v.Raw)
}

// AbuseRateLimitError occurs when GitHub returns 403 Forbidden for a
// secondary rate limit.
type AbuseRateLimitError struct {
	Response *http.Response // HTTP response that caused this error
	Message  string         `json:"message"` // error message

	// RetryAfter is how long to wait before retrying, when provided.
	RetryAfter *time.Duration
}

func (r *AbuseRateLimitError) Error() string {
	return fmt.Sprintf("%v %v: %d %v",
		r.Response.Request.Method, sanitizeURL(r.Response.Request.URL),
		r.Response.StatusCode, r.Message)
}

// Is returns whether the provided error equals this error.
func (r *AbuseRateLimitError) Is(target error) bool {
	v, ok := target.(*AbuseRateLimitError)
	if !ok {
		return false
	}
	return r.Message == v.Message &&
		r.RetryAfter == v.RetryAfter &&
		compareHTTPResponse(r.Response, v.Response)
}

// RedirectionError represents a response with a redirect status code
// (301, 302, 303, 307, 308).
type RedirectionError struct {
	Response   *http.Response // HTTP response that caused this error
	StatusCode int
	Location   *url.URL // location header of the redirection if present
}

func (r *RedirectionError) Error() string {
	return fmt.Sprintf("%v %v: %d location %v",
		r.Response.Request.Method, sanitizeURL(r.Response.Request.URL),
		r.StatusCode, sanitizeURL(r.Location))
}

// Is returns whether the provided error equals this error.
func (r *RedirectionError) Is(target error) bool {
	v, ok := target.(*RedirectionError)
	if !ok {
		return false
	}
	return r.StatusCode == v.StatusCode &&
		(r.Location == v.Location ||
			r.Location != nil && v.Location != nil && r.Location.String() == v.Location.String())
}

// Error reports more details on an individual error in an ErrorResponse.
// The possible validation error codes are:
//
//	missing:        resource does not exist
//	missing_field:  a required field on a resource has not been set
//	invalid:        the formatting of a field is invalid
//	already_exists: another resource has the same value as this field
//	custom:         see Message
type Error struct {
	Resource string `json:"resource"` // resource on which the error occurred
	Field    string `json:"field"`    // field on which the error occurred
	Code     string `json:"code"`     // validation error code
	Message  string `json:"message"`  // Message describing the error.
}

func (e *Error) Error() string {
	return fmt.Sprintf("%v error caused by %v field on %v resource",
		e.Code, e.Field, e.Resource)
}

// UnmarshalJSON accepts either an object or a bare string (kept in Message).
func (e *Error) UnmarshalJSON(data []byte) error {
	type aliasError Error
	if err := json.Unmarshal(data, (*aliasError)(e)); err != nil {
		return json.Unmarshal(data, &e.Message)
	}
	return nil
}

// CheckResponse checks the API response for errors, and returns them if
// present: *AcceptedError for 202, nil for other 2xx, and otherwise
// *TwoFactorAuthError, *RateLimitError, *AbuseRateLimitError,
// *RedirectionError or *ErrorResponse.
func CheckResponse(r *http.Response) error {
	if r.StatusCode == http.StatusAccepted {
		return &AcceptedError{}
	}
	if c := r.StatusCode; 200 <= c && c <= 299 {
		return nil
	}

	errorResponse := &ErrorResponse{Response: r}
	data, err := io.ReadAll(r.Body)
	if err == nil && data != nil {
		if err := json.Unmarshal(data, errorResponse); err != nil {
			errorResponse = &ErrorResponse{Response: r}
		}
	}
	r.Body = io.NopCloser(bytes.NewBuffer(data))
	switch {
	case r.StatusCode == http.StatusUnauthorized && strings.HasPrefix(r.Header.Get(headerOTP), "required"):
		return (*TwoFactorAuthError)(errorResponse)
	case r.StatusCode == http.StatusForbidden && r.Header.Get(headerRateRemaining) == "0":
		return &RateLimitError{
			Rate:     parseRate(r),
			Response: errorResponse.Response,
			Message:  errorResponse.Message,
		}
	case r.StatusCode == http.StatusForbidden &&
		(strings.HasSuffix(errorResponse.DocumentationURL, "#abuse-rate-limits") ||
			strings.HasSuffix(errorResponse.DocumentationURL, "secondary-rate-limits")):
		abuse := &AbuseRateLimitError{
			Response: errorResponse.Response,
			Message:  errorResponse.Message,
		}
		if v := r.Header.Get(headerRetryAfter); v != "" {
			secs, _ := strconv.ParseInt(v, 10, 64)
			d := time.Duration(secs) * time.Second
			abuse.RetryAfter = &d
		}
		return abuse
	case r.StatusCode == http.StatusMovedPermanently ||
		r.StatusCode == http.StatusFound ||
		r.StatusCode == http.StatusSeeOther ||
		r.StatusCode == http.StatusTemporaryRedirect ||
		r.StatusCode == http.StatusPermanentRedirect:
		var location *url.URL
		if s := r.Header.Get("Location"); s != "" {
			location, _ = url.Parse(s)
		}
		return &RedirectionError{
			Response:   errorResponse.Response,
			StatusCode: r.StatusCode,
			Location:   location,
		}
	default:
		return errorResponse
	}
}

func parseRate(r *http.Response) Rate {
	var rate Rate
	rate.Limit, _ = strconv.Atoi(r.Header.Get(headerRateLimit))
	rate.Remaining, _ = strconv.Atoi(r.Header.Get(headerRateRemaining))
	rate.Used, _ = strconv.Atoi(r.Header.Get(headerRateUsed))
	if v, _ := strconv.ParseInt(r.Header.Get(headerRateReset), 10, 64); v != 0 {
		rate.Reset = Timestamp{time.Unix(v, 0)}
	}
	rate.Resource = r.Header.Get(headerRateResource)
	return rate
}

func compareHTTPResponse(r1, r2 *http.Response) bool {
	if r1 == nil && r2 == nil {
		return true
	}
	if r1 != nil && r2 != nil {
		return r1.StatusCode == r2.StatusCode
	}
	return false
}

// sanitizeURL redacts the client_secret parameter from the URL.
func sanitizeURL(uri *url.URL) *url.URL {
	if uri == nil {
		return nil
	}
	params := uri.Query()
	if len(params.Get("client_secret")) > 0 {
		params.Set("client_secret", "REDACTED")
		uri.RawQuery = params.Encode()
	}
	return uri
}
