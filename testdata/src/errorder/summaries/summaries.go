// Package summaries checks errorder through the semantic summaries of
// predicates, code functions and functions that never return, on the
// shapes real clients have (the k8s and gRPC stubs copy the real bodies).
package summaries

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

type client struct{}

func (client) Get(ctx context.Context, key string) (string, error) { return "", nil }

// The Kubernetes controller bug: the not-found branch after the generic
// return is dead, since err is nil there.
func reconcile(ctx context.Context, c client) error {
	obj, err := c.Get(ctx, "key")
	if err != nil {
		return fmt.Errorf("get: %w", err)
	}
	if apierrors.IsNotFound(err) { // want `^apierrors.IsNotFound\(err\) can never succeed: err != nil on line 27 returns first \(apierrors.IsNotFound\(err\) is true only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
		return nil
	}
	_ = obj
	return nil
}

// The right order: not found first, then the generic return.
func reconcileGood(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return nil
}

func chain(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	} else if apierrors.IsConflict(err) { // want `^apierrors.IsConflict\(err\) can never succeed: err != nil on line 51 matches first \(apierrors.IsConflict\(err\) is true only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
		return nil
	}
	return nil
}

func grpcCode(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	}
	if status.Code(err) == codes.NotFound { // want `^status.Code\(err\) == codes.NotFound can never succeed: err != nil on line 61 returns first \(status.Code\(err\) is codes.OK for a nil error\); check the specific error first$`
		return nil
	}
	return nil
}

func grpcCodeOK(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	}
	// status.Code(nil) is codes.OK: this is true here, not dead.
	if status.Code(err) == codes.OK {
		return nil
	}
	return nil
}

func reason(ctx context.Context, c client) error {
	_, err := c.Get(ctx, "key")
	if err != nil {
		return err
	}
	if apierrors.ReasonForError(err) == metav1.StatusReasonNotFound { // want `ReasonForError\(err\) == metav1.StatusReasonNotFound can never succeed`
		return nil
	}
	// ReasonForError(nil) is StatusReasonUnknown: true here.
	if apierrors.ReasonForError(err) == metav1.StatusReasonUnknown {
		return nil
	}
	return nil
}

// A function that never returns, proven from its body.
func die(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format, args...)
	os.Exit(1)
}

func fatal(ctx context.Context, c client) {
	_, err := c.Get(ctx, "key")
	if err != nil {
		die("get: %v", err)
	}
	if apierrors.IsNotFound(err) { // want `^apierrors.IsNotFound\(err\) can never succeed: err != nil on line 105 leaves first \(apierrors.IsNotFound\(err\) is true only for an error errors.As finds as apierrors.APIStatus\); check the specific error first$`
		return
	}
}

func logFatal(ctx context.Context, c client) {
	_, err := c.Get(ctx, "key")
	if err != nil {
		log.Fatalf("get: %v", err)
	}
	if errors.Is(err, context.Canceled) { // want `err != nil on line 115 leaves first \(it matches every error\)`
		return
	}
}

// mayDie returns when quiet is set: not a function that never returns.
func mayDie(quiet bool) {
	if quiet {
		return
	}
	os.Exit(1)
}

// recovering never returns on its own, but its deferred call may recover.
func recovering() {
	defer func() { recover() }()
	panic("x")
}

func notFatal(ctx context.Context, c client) {
	_, err := c.Get(ctx, "key")
	if err != nil {
		mayDie(true)
	}
	if apierrors.IsNotFound(err) { // mayDie may return: err may be non-nil here
		return
	}
}

func notFatalRecovered(ctx context.Context, c client) {
	_, err := c.Get(ctx, "key")
	if err != nil {
		recovering()
	}
	if apierrors.IsNotFound(err) { // recovering returns after its panic is recovered
		return
	}
}

// Timeout is an error type of this package.
type Timeout struct{}

func (*Timeout) Error() string { return "timeout" }

// isTimeout walks the chain by hand: in the loop, err is a phi that holds
// an unwrapped error after the first iteration, so the assertion is not
// only on the error it was given.
func isTimeout(err error) bool {
	for err != nil {
		if _, ok := err.(*Timeout); ok {
			return true
		}
		err = errors.Unwrap(err)
	}
	return false
}

func unwrapLoop(err error) {
	if _, ok := err.(*Timeout); ok {
		return
	}
	if isTimeout(err) { // isTimeout also matches a wrapped *Timeout
		return
	}
}

// isTimeoutDirect asserts the error it was given: a *Timeout itself.
func isTimeoutDirect(err error) bool {
	_, ok := err.(*Timeout)
	return ok
}

func direct(err error) {
	if _, ok := err.(*Timeout); ok {
		return
	}
	if isTimeoutDirect(err) { // want `isTimeoutDirect\(err\) can never succeed: err.\(\*Timeout\) on line \d+ returns first`
		return
	}
}

// retryable says nothing of err: it is known only by its name.
func retryable(err error) bool { return os.Getenv("RETRY") != "" }

// retryOrNotFound is exact: true for a nil error when retryable is, and
// for an error errors.As finds as apierrors.APIStatus.
func retryOrNotFound(err error) bool {
	if err == nil {
		return retryable(err)
	}
	var st apierrors.APIStatus
	return errors.As(err, &st)
}

func retryFirst(err error) {
	if retryOrNotFound(err) {
		return
	}
	if retryable(err) { // retryOrNotFound holds with retryable only for a nil error
		return
	}
}
