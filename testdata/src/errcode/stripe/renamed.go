package stripe

import (
	s "github.com/stripe/stripe-go/v84"
)

func renamedImport(se *s.Error) bool {
	return se.Code == "rate_limt" // want `^"rate_limt" is not a known stripe\.ErrorCode; did you mean "rate_limit" \(stripe\.ErrorCodeRateLimit\)$`
}

func shadowed(se *s.Error, stripe int) bool {
	// The fix cannot say stripe.ErrorCodeRateLimit here (no import of that
	// name, and a parameter shadows it), nor s. (shadowed below): it keeps
	// the literal.
	s := se
	return s.Code == "rate_limt" && stripe > 0 // want `^"rate_limt" is not a known stripe\.ErrorCode; did you mean "rate_limit" \(stripe\.ErrorCodeRateLimit\)$`
}
