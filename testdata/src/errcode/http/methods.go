package http

import (
	"net/http"

	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/stripe/stripe-go/v84"
)

func statusMethod(re *smithyhttp.ResponseError) bool {
	return re.HTTPStatusCode() == 5030 // want `^5030 is not a known HTTP status; did you mean 503 \(http\.StatusServiceUnavailable\)$`
}

func stripeStatusField(se *stripe.Error) bool {
	return se.HTTPStatusCode != 4290 && se.HTTPStatusCode != http.StatusConflict // want `^4290 is not a known HTTP status; did you mean 429 \(http\.StatusTooManyRequests\)$`
}
