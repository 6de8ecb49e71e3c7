// Package catalog checks codes against user catalogs bound to the code
// sites of package acme: acme-codes.txt to the field Error.Code and the
// predicates HasCode and HasNumber (format E%d), acme-reasons.yaml to the
// method (*Error).Reason and the function CodeOf.
package catalog

import (
	"errors"

	"errcode/acme"
)

func field(err error) bool {
	var e *acme.Error
	return errors.As(err, &e) && e.Code == "E1010" // want `^"E1010" is not a known code in acme-codes\.txt; did you mean "E1001"$`
}

func predicate(err error) bool {
	return acme.HasCode(err, "E2001", "quota_exeeded") // want `^"quota_exeeded" is not a known code in acme-codes\.txt; did you mean "quota_exceeded"$`
}

func formatted(err error) bool {
	return acme.HasNumber(err, 1001, 2002) // want `^2002 \(E2002\) is not a known code in acme-codes\.txt; did you mean 2001 \(E2001\)$`
}

func method(e *acme.Error) bool {
	return e.Reason() == "NotFond" // want `^"NotFond" is not a known code in acme-reasons\.yaml; did you mean "NotFound"$`
}

func function(err error) bool {
	switch acme.CodeOf(err) {
	case "Conflict", "Throtled": // want `^"Throtled" is not a known code in acme-reasons\.yaml; did you mean "Throttled"$`
		return true
	}
	return false
}

func closedSet(e *acme.Error) bool {
	return e.Code == "E9" // want `^"E9" is not a known code in acme-codes\.txt; no known code is near it$`
}

func negatives(err error, e *acme.Error, code string) bool {
	if e.Code == "E1002" || acme.HasCode(err, "quota_exceeded") || acme.HasNumber(err, 2001) { // codes of the catalog
		return true
	}
	if e.Code == code { // a code read from a variable
		return true
	}
	if e.Status == 4090 { // a field named Status is not a code site: only StatusCode and HTTPStatusCode carry HTTP statuses
		return true
	}
	return e.Reason() == "Throttled" // a reason of the YAML catalog
}
