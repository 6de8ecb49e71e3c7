// Package stripeown builds a *stripe.CardError itself (a test double), so
// that one may reach a check outside the *stripe.Error that stripe would
// have put it in: the order is not reported here.
package stripeown

import (
	"errors"

	"github.com/stripe/stripe-go/v84"
)

func fake() error { return &stripe.CardError{DeclineCode: "card_declined"} }

func check(err error) {
	var se *stripe.Error
	var ce *stripe.CardError
	if errors.As(err, &se) {
	} else if errors.As(err, &ce) { // this package builds one itself
	}
}
