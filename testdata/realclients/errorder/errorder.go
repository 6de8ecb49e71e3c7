// Package errorder holds errorder's cases on the real clients'
// predicates and code functions, summarized from their real code.
package errorder

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/stripe/stripe-go/v84"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

type client struct{}

func (client) Get(ctx context.Context, key string) (string, error) { return "", nil }

// The Kubernetes controller bug: err is nil after the generic return.
func k8sReturnFirst(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return fmt.Errorf("get: %w", err)
	}
	if apierrors.IsNotFound(err) { // want `^apierrors.IsNotFound\(err\) can never succeed: err != nil on line 25 returns first \(apierrors.IsNotFound\(err\) is true only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
		return nil
	}
	return nil
}

// The right order.
func k8sGood(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return nil
}

func k8sChain(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	} else if apierrors.IsConflict(err) { // want `^apierrors.IsConflict\(err\) can never succeed: err != nil on line 48 matches first \(apierrors.IsConflict\(err\) is true only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
		return nil
	}
	return nil
}

// errors.As to the interface the predicates look for, before them.
func k8sInterfaceFirst(err error) {
	var st apierrors.APIStatus
	if errors.As(err, &st) {
		log.Print(st.Status().Reason)
	} else if apierrors.IsNotFound(err) { // want `^apierrors.IsNotFound\(err\) can never succeed: errors.As\(err, &st\) on line 59 matches first \(apierrors.IsNotFound\(err\) is true only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
	}
	// A concrete *StatusError is not every APIStatus: IsNotFound may
	// match an error errors.As does not find as one.
	var se *apierrors.StatusError
	if errors.As(err, &se) {
	} else if apierrors.IsNotFound(err) {
	}
}

// The same predicate twice, and the same one with other arguments.
func k8sCauses(err error) {
	if apierrors.HasStatusCause(err, metav1.CauseTypeFieldValueRequired) {
	} else if apierrors.HasStatusCause(err, metav1.CauseTypeFieldValueRequired) { // want `^apierrors.HasStatusCause\(err, metav1.CauseTypeFieldValueRequired\) can never succeed: apierrors.HasStatusCause\(err, metav1.CauseTypeFieldValueRequired\) on line 73 matches first \(the same check\); remove the duplicate check$`
	}
	// Different causes: different checks.
	if apierrors.HasStatusCause(err, metav1.CauseTypeFieldValueRequired) {
	} else if apierrors.HasStatusCause(err, metav1.CauseTypeFieldValueInvalid) {
	}
}

// Different predicates on one error: neither implies the other.
func k8sPredicates(err error) {
	if apierrors.IsNotFound(err) {
	} else if apierrors.IsAlreadyExists(err) {
	} else if apierrors.IsNotFound(err) { // want `remove the duplicate check`
	}
}

func k8sReason(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	}
	if apierrors.ReasonForError(err) == metav1.StatusReasonNotFound { // want `^apierrors.ReasonForError\(err\) == metav1.StatusReasonNotFound can never succeed: err != nil on line 92 returns first \(apierrors.ReasonForError\(err\) == "NotFound" only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
		return nil
	}
	// ReasonForError(nil) is StatusReasonUnknown: true here.
	if apierrors.ReasonForError(err) == metav1.StatusReasonUnknown {
		return nil
	}
	return nil
}

func grpcReturnFirst(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	}
	if status.Code(err) == codes.NotFound { // want `^status.Code\(err\) == codes.NotFound can never succeed: err != nil on line 107 returns first \(status.Code\(err\) is codes.OK for a nil error\); check the specific error first$`
		return nil
	}
	// status.Code(nil) is codes.OK: true here.
	if status.Code(err) == codes.OK {
		return nil
	}
	return nil
}

func grpcGood(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	switch status.Code(err) {
	case codes.OK:
		return nil
	case codes.NotFound:
		return nil
	}
	return err
}

// stripe's *Error unwraps to the typed error in its Err field, and the
// client builds every *CardError inside an *Error (StoredFact, proven from
// stripe's code): the card branch never runs.
func stripeBaseFirst(err error) {
	var se *stripe.Error
	var ce *stripe.CardError
	if errors.As(err, &se) {
	} else if errors.As(err, &ce) { // want `^errors.As\(err, &ce\) can never succeed: errors.As\(err, &se\) on line 137 matches first \(stripe builds every \*stripe.CardError inside an \*stripe.Error\); check the specific error first$`
	}
	// The usual order.
	if errors.As(err, &ce) {
	} else if errors.As(err, &se) {
	}
}
