// Package serviceerror is a test stub of go.temporal.io/api/serviceerror at
// v1.64.1: the errors the Temporal frontend returns, one Go type per kind.
//
// Shape-relevant:
//   - ServiceError is an interface (error plus Status() *status.Status); the
//     concrete types implement it with pointer receivers, except
//     MultiOperationAborted, whose methods have VALUE receivers (so both
//     MultiOperationAborted and *MultiOperationAborted are errors).
//   - None has Unwrap, Is or As, and none has GRPCStatus: grpc's
//     status.Code(err) is codes.Unknown for them; ToStatus is the converter.
//   - Several types share one gRPC code (AlreadyExists has five, NotFound
//     two, FailedPrecondition four here, Aborted three); FromStatus picks the
//     type from the status detail, so the gRPC code alone does not tell them
//     apart.
//   - The constructors return error, not the concrete type.
//
// The real details are protobuf messages from go.temporal.io/api/errordetails/v1;
// here they are unexported structs. Left out because their field types live
// in unstubbed packages (enums/v1, common/v1, failure/v1): NamespaceInvalidState,
// SystemWorkflow, ResourceExhausted's Cause and Scope fields (and so
// NewResourceExhausted), QueryFailed's Failure field.
package serviceerror

import (
	"context"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// ServiceError is the interface all service errors implement.
type ServiceError interface {
	error
	Status() *status.Status
}

// Status details that distinguish types sharing a gRPC code (stand-ins for
// the errordetails/v1 messages).
type (
	notFoundFailure struct {
		CurrentCluster string
		ActiveCluster  string
	}
	namespaceNotFoundFailure                struct{ Namespace string }
	namespaceNotActiveFailure               struct{ Namespace, CurrentCluster, ActiveCluster string }
	namespaceUnavailableFailure             struct{ Namespace string }
	namespaceAlreadyExistsFailure           struct{}
	cancellationAlreadyRequestedFailure     struct{}
	workflowNotReadyFailure                 struct{}
	workflowTaskCompletionBufferLostFailure struct{}
	permissionDeniedFailure                 struct{ Reason string }
	resourceExhaustedFailure                struct{}
	queryFailedFailure                      struct{}
	newerBuildExistsFailure                 struct{ DefaultBuildID string }
	clientVersionNotSupportedFailure        struct{ ClientVersion, ClientName, SupportedVersions string }
	serverVersionNotSupportedFailure        struct{ ServerVersion, ClientSupportedServerVersions string }
	workflowExecutionAlreadyStartedFailure  struct{ StartRequestId, RunId string }
	activityExecutionAlreadyStartedFailure  struct{ StartRequestId, RunId string }
	nexusOperationAlreadyStartedFailure     struct{ StartRequestId, RunId string }
	multiOperationExecutionAborted          struct{}
)

// ToStatus converts service error to gRPC Status.
// If error is not a service error it returns status with code Unknown.
func ToStatus(err error) *status.Status {
	if err == nil {
		return status.New(codes.OK, "")
	}
	if svcerr, ok := err.(ServiceError); ok {
		return svcerr.Status()
	}
	var svcerr ServiceError
	if errors.As(err, &svcerr) {
		st := svcerr.Status()
		// Don't lose the wrapping message.
		s := status.New(st.Code(), err.Error())
		s, _ = s.WithDetails(st.Details()...)
		return s
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return status.New(codes.DeadlineExceeded, err.Error())
	}
	if errors.Is(err, context.Canceled) {
		return status.New(codes.Canceled, err.Error())
	}
	return status.Convert(err)
}

// FromStatus converts gRPC Status to service error, choosing the type by
// code and then by the first detail.
func FromStatus(st *status.Status) error {
	if st == nil || st.Code() == codes.OK {
		return nil
	}
	errDetails := extractErrorDetails(st)

	switch st.Code() {
	case codes.DataLoss:
		return newDataLoss(st)
	case codes.DeadlineExceeded:
		return newDeadlineExceeded(st)
	case codes.Canceled:
		return newCanceled(st)
	case codes.Unavailable:
		switch errDetails := errDetails.(type) {
		case *namespaceUnavailableFailure:
			return newNamespaceUnavailable(st, errDetails)
		default:
			return newUnavailable(st)
		}
	case codes.Unimplemented:
		return newUnimplemented(st)
	case codes.Unknown:
		return errors.New(st.Message())
	case codes.Aborted:
		switch errDetails.(type) {
		case *multiOperationExecutionAborted:
			return newMultiOperationAborted(st)
		case *workflowTaskCompletionBufferLostFailure:
			return newWorkflowTaskCompletionBufferLost(st)
		default:
			return newAborted(st)
		}
	case codes.Internal:
		return newInternal(st)
	case codes.NotFound:
		switch errDetails := errDetails.(type) {
		case *notFoundFailure:
			return newNotFound(st, errDetails)
		case *namespaceNotFoundFailure:
			return newNamespaceNotFound(st, errDetails)
		default:
			return newNotFound(st, nil)
		}
	case codes.InvalidArgument:
		switch errDetails.(type) {
		case *queryFailedFailure:
			return newQueryFailed(st)
		default:
			return newInvalidArgument(st)
		}
	case codes.ResourceExhausted:
		return newResourceExhausted(st)
	case codes.AlreadyExists:
		switch errDetails := errDetails.(type) {
		case *namespaceAlreadyExistsFailure:
			return newNamespaceAlreadyExists(st)
		case *workflowExecutionAlreadyStartedFailure:
			return newWorkflowExecutionAlreadyStarted(st, errDetails)
		case *activityExecutionAlreadyStartedFailure:
			return newActivityExecutionAlreadyStarted(st, errDetails)
		case *cancellationAlreadyRequestedFailure:
			return newCancellationAlreadyRequested(st)
		case *nexusOperationAlreadyStartedFailure:
			return newNexusOperationExecutionAlreadyStarted(st, errDetails)
		default:
			return newAlreadyExists(st)
		}
	case codes.FailedPrecondition:
		switch errDetails := errDetails.(type) {
		case *namespaceNotActiveFailure:
			return newNamespaceNotActive(st, errDetails)
		case *clientVersionNotSupportedFailure:
			return newClientVersionNotSupported(st, errDetails)
		case *serverVersionNotSupportedFailure:
			return newServerVersionNotSupported(st, errDetails)
		case *workflowNotReadyFailure:
			return newWorkflowNotReady(st)
		default:
			return newFailedPrecondition(st)
		}
	case codes.PermissionDenied:
		switch errDetails := errDetails.(type) {
		case *permissionDeniedFailure:
			return newPermissionDenied(st, errDetails)
		default:
			return newPermissionDenied(st, nil)
		}
	case codes.OutOfRange:
		if errDetails, ok := errDetails.(*newerBuildExistsFailure); ok {
			return newNewerBuildExists(st, errDetails)
		}
	}
	return st.Err()
}

func extractErrorDetails(st *status.Status) any {
	if details := st.Details(); len(details) > 0 {
		return details[0]
	}
	return nil
}
