// Package constants writes known codes as literals where a named constant
// exists; with -constants they are reported in the category "constant".
package constants

import (
	"net/http"

	"github.com/stripe/stripe-go/v84"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func grpcLiteral(err error) bool {
	return status.Code(err) == 5 // want `^5 is codes\.NotFound; use the named constant$`
}

func httpLiteral(resp *http.Response) bool {
	return resp.StatusCode != 404 // want `^404 is http\.StatusNotFound; use the named constant$`
}

func stripeLiteral(se *stripe.Error) bool {
	switch se.Code {
	case "resource_missing", stripe.ErrorCodeRateLimit: // want `^"resource_missing" is stripe\.ErrorCodeResourceMissing; use the named constant$`
		return true
	}
	return false
}

func unknownStillReported(err error) bool {
	return status.Code(err) == 404 // want `^404 is not a known codes\.Code \(0\.\.16\); it looks like an HTTP status: did you mean codes\.NotFound$`
}

func negatives(err error, resp *http.Response) bool {
	if status.Code(err) == codes.Unavailable { // already the named constant
		return true
	}
	if resp.StatusCode == 499 { // a status with no net/http constant: nothing to name
		return true
	}
	return resp.StatusCode == http.StatusTeapot // already the named constant
}
