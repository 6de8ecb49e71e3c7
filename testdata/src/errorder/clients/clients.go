// Package clients checks errors of real API clients, through stubs at
// their real import paths.
package clients

import (
	"errors"
	"fmt"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go/aws/awserr"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/google/go-github/v75/github"
	"github.com/stripe/stripe-go/v84"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
)

func aws(err error) {
	var apiErr smithy.APIError
	var nsk *s3types.NoSuchKey
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.ErrorCode())
	} else if errors.As(err, &nsk) { // want `^errors.As\(err, &nsk\) can never succeed: errors.As\(err, &apiErr\) on line 24 matches first \(\*s3types.NoSuchKey implements smithy.APIError\); check the specific error first$`
	}

	// The usual order: the modeled exception first, then the generic API error.
	if errors.As(err, &nsk) {
	} else if errors.As(err, &apiErr) && apiErr.ErrorCode() == "AccessDenied" {
	}

	// awshttp.ResponseError delegates As to the smithy ResponseError it embeds.
	var sre *smithyhttp.ResponseError
	var are *awshttp.ResponseError
	if errors.As(err, &sre) {
	} else if errors.As(err, &are) { // want `\(\*awshttp.ResponseError delegates As to \*smithyhttp.ResponseError\)`
	}
	// The other way round is fine: not every smithy ResponseError is an AWS one.
	if errors.As(err, &are) {
	} else if errors.As(err, &sre) {
	}

	// A code constraint on the same API error.
	if errors.As(err, &apiErr) && apiErr.ErrorCode() != "" {
	} else if errors.As(err, &apiErr) && apiErr.ErrorCode() == "NoSuchKey" { // want `ErrorCode\(\) == "NoSuchKey" implies ErrorCode\(\) != ""`
	}
}

// awsV1 is the real bug: RequestFailure embeds Error, an interface, so a
// case for it after a case for Error never runs.
func awsV1(err error) {
	switch e := err.(type) {
	case awserr.Error:
		fmt.Println(e.Code())
	case awserr.RequestFailure: // want `^case awserr.RequestFailure can never match: case awserr.Error on line \d+ matches first \(awserr.RequestFailure implements awserr.Error\); check the specific error first$`
		fmt.Println(e.StatusCode())
	}
	// The fixed order.
	switch e := err.(type) {
	case awserr.RequestFailure:
		fmt.Println(e.StatusCode())
	case awserr.Error:
		fmt.Println(e.Code())
	}
}

// stripeErrors: *stripe.Error unwraps to the specific error it holds in
// Err, an interface field; the types alone do not put a *CardError under
// an *Error, but the client's code (the stub copies it) builds every one
// inside an Error's Err: StoredFact.
func stripeErrors(err error) {
	var se *stripe.Error
	var ce *stripe.CardError
	if errors.As(err, &se) {
	} else if errors.As(err, &ce) { // want `^errors.As\(err, &ce\) can never succeed: errors.As\(err, &se\) on line 76 matches first \(stripe builds every \*stripe.CardError inside an \*stripe.Error\); check the specific error first$`
	}
	if errors.As(err, &se) && se.Code == stripe.ErrorCodeResourceMissing {
	} else if errors.As(err, &se) && se.Code == stripe.ErrorCodeResourceMissing { // want `remove the duplicate check`
	}
}

// githubErrors: siblings, none embeds or unwraps to another.
func githubErrors(err error) {
	var er *github.ErrorResponse
	var rl *github.RateLimitError
	var ab *github.AbuseRateLimitError
	if errors.As(err, &er) {
	} else if errors.As(err, &rl) {
	} else if errors.As(err, &ab) {
	}
}

func grpcCodes(err error) {
	if status.Code(err) != codes.OK {
	} else if status.Code(err) == codes.NotFound { // want `status.Code\(\) == 5 implies status.Code\(\) != 0`
	}
	switch {
	case status.Code(err) == codes.NotFound:
	case status.Code(err) == codes.AlreadyExists:
	case status.Code(err) == codes.NotFound: // want `remove the duplicate check`
	}
}

func kubernetes(err error) {
	var se *apierrors.StatusError
	if apierrors.IsNotFound(err) {
	} else if apierrors.IsAlreadyExists(err) {
	} else if apierrors.IsNotFound(err) { // want `apierrors.IsNotFound\(err\) can never succeed: apierrors.IsNotFound\(err\) on line \d+ matches first \(the same check\); remove the duplicate check`
	}
	// IsNotFound looks at an APIStatus anywhere in the chain: unrelated to
	// a type assertion of the error itself.
	if apierrors.IsNotFound(err) {
	} else if errors.As(err, &se) {
	}
}
