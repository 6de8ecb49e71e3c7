// Package reach compares codes that API errors carry below their own
// fields: the code types are reached from api.Error (CodeTypesFact).
package reach

import (
	"errors"

	"errcode/reach/api"
	"errcode/reach/kinds"
)

func details(err error) bool {
	var e *api.Error
	if !errors.As(err, &e) {
		return false
	}
	for _, d := range e.Details {
		if d.Kind == "Conflct" { // want `^"Conflct" is not a known kinds\.Kind; did you mean "Conflict" \(kinds\.Conflict\)$`
			return true
		}
		if d.Kind == "Conflict" { // not reported: a known kind
			return true
		}
		if d.Region == "eu" { // not reported: Region has one constant, not a set of codes
			return true
		}
	}
	for _, c := range e.Status.Details.Causes {
		switch c.Type {
		case "FieldValueInvalit": // want `^"FieldValueInvalit" is not a known api\.CauseType; did you mean "FieldValueInvalid" \(api\.CauseTypeFieldValueInvalid\)$`
			return true
		case api.CauseTypeFieldValueRequired: // not reported: a constant
			return true
		}
	}
	if e.Status.Details.ByName["quota"].Kind == "NotFund" { // want `^"NotFund" is not a known kinds\.Kind; did you mean "NotFound" \(kinds\.NotFound\)$`
		return true
	}
	if e.Order.State == "shiped" { // not reported: Order is a resource that Invoice holds too, not a detail of the error
		return true
	}
	if e.Flags == 3 { // not reported: flags combine
		return true
	}
	if e.When == 13 { // not reported: time.Month is the standard library's
		return true
	}
	return false
}

func predicates(err error) bool {
	return api.HasDetail(err, "QuotaExceded") || // want `^"QuotaExceded" is not a known kinds\.Kind; did you mean "QuotaExceeded" \(kinds\.QuotaExceeded\)$`
		api.HasDetail(err, kinds.Kind("QuotaExceded")) || // want `^"QuotaExceded" is not a known kinds\.Kind; did you mean "QuotaExceeded" \(kinds\.QuotaExceeded\)$`
		api.HasScope(err, "projct") || // want `^"projct" is not a known api\.Scope; did you mean "project" \(api\.ScopeProject\)$`
		api.IsTier(err, "bronze") // not reported: IsTier compares its tier with a constant, not with the error's
}

// Enums that no error reaches are not codes.
func others(c kinds.Color, l api.Level) bool {
	return c == "gren" || l == 3 // not reported: Color is reached by no error, Level only through an unexported field
}
