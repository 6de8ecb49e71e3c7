// Package acme is a stub API client whose codes have no Go constants: the
// errcode fixtures bind catalogs to its code sites.
package acme

import "errors"

// Error is the error of every failed call.
type Error struct {
	Code   string // "E1001", listed in acme-codes.txt
	Status int    // the HTTP status
	reason string
}

func (e *Error) Error() string { return e.Code }

// Reason is a word such as "NotFound", listed in acme-reasons.yaml.
func (e *Error) Reason() string { return e.reason }

// CodeOf returns the reason of an *Error in err's chain.
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.reason
	}
	return ""
}

// HasCode reports whether err is an *Error with one of codes.
func HasCode(err error, codes ...string) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	for _, c := range codes {
		if e.Code == c {
			return true
		}
	}
	return false
}

// HasNumber reports whether err is an *Error with a code "E<n>" for one
// of numbers.
func HasNumber(err error, numbers ...int) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	for _, n := range numbers {
		if e.Code == "E"+itoa(n) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
