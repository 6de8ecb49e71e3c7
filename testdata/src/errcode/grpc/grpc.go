// Package grpc compares gRPC status codes with values codes.Code does not have.
package grpc

import (
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

const base = 13

func httpStatusAsCode(err error) bool {
	return status.Code(err) == 404 // want `^404 is not a known codes\.Code \(0\.\.16\); it looks like an HTTP status: did you mean codes\.NotFound$`
}

func reversedOperands(err error) bool {
	return 403 != status.Code(err) // want `^403 is not a known codes\.Code \(0\.\.16\); it looks like an HTTP status: did you mean codes\.PermissionDenied$`
}

func ambiguousHTTP(err error) bool {
	return status.Code(err) == 409 // want `^409 is not a known codes\.Code \(0\.\.16\); it looks like an HTTP status: did you mean codes\.AlreadyExists or codes\.Aborted$`
}

func conversion(s *status.Status) bool {
	return s.Code() == codes.Code(17) // want `^17 is not a known codes\.Code \(0\.\.16\); compare with a codes\.Code constant$`
}

func folded(err error) bool {
	return status.Code(err) == base+4 // want `^17 is not a known codes\.Code \(0\.\.16\); compare with a codes\.Code constant$`
}

func switchCases(err error) string {
	switch status.Code(err) {
	case codes.NotFound, 504: // want `^504 is not a known codes\.Code \(0\.\.16\); it looks like an HTTP status: did you mean codes\.DeadlineExceeded$`
		return "gone"
	case 7, 16: // 7 and 16 are codes (PermissionDenied, Unauthenticated): known values are never reported
		return "known"
	}
	return ""
}

func negatives(err error, c codes.Code) bool {
	if status.Code(err) == codes.Unavailable { // a named constant of the set
		return true
	}
	if status.Code(err) == c { // a code read from a variable: its value is not known here
		return true
	}
	if status.Code(err) == status.Code(nil) { // a code from another call
		return true
	}
	if status.Code(err) < 100 { // only == and != say a code is expected; ordering is not checked
		return true
	}
	return status.Code(err) == 0 // 0 is codes.OK
}
