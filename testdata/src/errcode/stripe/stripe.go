// Package stripe compares stripe error codes with misspelled codes.
package stripe

import (
	"errors"

	"github.com/stripe/stripe-go/v84"
)

// ErrorCodeBrandNew is a code newer than the client library: declared on
// purpose with the code type, so comparisons with it are not reported.
const ErrorCodeBrandNew stripe.ErrorCode = "brand_new_code"

func typo(err error) bool {
	var se *stripe.Error
	return errors.As(err, &se) && se.Code == "resource_mising" // want `^"resource_mising" is not a known stripe\.ErrorCode; did you mean "resource_missing" \(stripe\.ErrorCodeResourceMissing\)$`
}

func caseOnly(se *stripe.Error) bool {
	return "Card_Declined" == se.Code // want `^"Card_Declined" is not a known stripe\.ErrorCode; did you mean "card_declined" \(stripe\.ErrorCodeCardDeclined\)$`
}

func errorType(se *stripe.Error) bool {
	return se.Type != "card_eror" // want `^"card_eror" is not a known stripe\.ErrorType; did you mean "card_error" \(stripe\.ErrorTypeCard\)$`
}

func declineCode(se *stripe.Error) bool {
	switch se.DeclineCode {
	case "do_not_honour", stripe.DeclineCodeCallIssuer: // want `^"do_not_honour" is not a known stripe\.DeclineCode; did you mean "do_not_honor" \(stripe\.DeclineCodeDoNotHonor\)$`
		return true
	}
	return false
}

func farFromAny(se *stripe.Error) bool {
	return se.Code == "quota_gone" // want `^"quota_gone" is not a known stripe\.ErrorCode; compare with a stripe\.ErrorCode constant$`
}

func negatives(se *stripe.Error, code stripe.ErrorCode) bool {
	if se.Code == ErrorCodeBrandNew { // a constant of the code type declared by the user: a deliberate extension
		return true
	}
	if se.Code == code { // a code read from a variable
		return true
	}
	if se.Code == stripe.ErrorCode("payment_method_expired") { // explicitconversion: converted on purpose, near no known code (a code newer than the constants)
		return true
	}
	if se.Code == "" { // the zero value: "no code"
		return true
	}
	if se.Param == "amoutn" { // Param is a plain string, not a code: no known set
		return true
	}
	return se.Code == "resource_missing" // a known code, spelt without its constant (see the constants fixture)
}
