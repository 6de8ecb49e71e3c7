package serviceerror

import (
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// The types in this file carry only a message. Several share a gRPC code
// (AlreadyExists: AlreadyExists, CancellationAlreadyRequested,
// NamespaceAlreadyExists; FailedPrecondition: FailedPrecondition,
// WorkflowNotReady; Aborted: Aborted, WorkflowTaskCompletionBufferLost) and
// are told apart on the wire by the status detail.

// Aborted represents an aborted error.
type Aborted struct {
	Message string
	st      *status.Status
}

// NewAborted returns a new Aborted error.
func NewAborted(message string) error {
	return &Aborted{Message: message}
}

// NewAbortedf returns a new Aborted error with a formatted message.
func NewAbortedf(format string, args ...any) error {
	return &Aborted{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *Aborted) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.Aborted).
func (e *Aborted) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Aborted, e.Message)
	return st
}

func newAborted(st *status.Status) error {
	return &Aborted{Message: st.Message(), st: st}
}

// AlreadyExists represents an already-exists error.
type AlreadyExists struct {
	Message string
	st      *status.Status
}

// NewAlreadyExists returns a new AlreadyExists error.
func NewAlreadyExists(message string) error {
	return &AlreadyExists{Message: message}
}

// NewAlreadyExistsf returns a new AlreadyExists error with a formatted message.
func NewAlreadyExistsf(format string, args ...any) error {
	return &AlreadyExists{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *AlreadyExists) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.AlreadyExists).
func (e *AlreadyExists) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.AlreadyExists, e.Message)
	return st
}

func newAlreadyExists(st *status.Status) error {
	return &AlreadyExists{Message: st.Message(), st: st}
}

// Canceled returned when operation was canceled.
type Canceled struct {
	Message string
	st      *status.Status
}

// NewCanceled returns a new Canceled error.
func NewCanceled(message string) error {
	return &Canceled{Message: message}
}

// NewCanceledf returns a new Canceled error with a formatted message.
func NewCanceledf(format string, args ...any) error {
	return &Canceled{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *Canceled) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.Canceled).
func (e *Canceled) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Canceled, e.Message)
	return st
}

func newCanceled(st *status.Status) error {
	return &Canceled{Message: st.Message(), st: st}
}

// DataLoss represents data loss error.
type DataLoss struct {
	Message string
	st      *status.Status
}

// NewDataLoss returns a new DataLoss error.
func NewDataLoss(message string) error {
	return &DataLoss{Message: message}
}

// NewDataLossf returns a new DataLoss error with a formatted message.
func NewDataLossf(format string, args ...any) error {
	return &DataLoss{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *DataLoss) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.DataLoss).
func (e *DataLoss) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.DataLoss, e.Message)
	return st
}

func newDataLoss(st *status.Status) error {
	return &DataLoss{Message: st.Message(), st: st}
}

// DeadlineExceeded represents a deadline-exceeded error.
type DeadlineExceeded struct {
	Message string
	st      *status.Status
}

// NewDeadlineExceeded returns a new DeadlineExceeded error.
func NewDeadlineExceeded(message string) error {
	return &DeadlineExceeded{Message: message}
}

// NewDeadlineExceededf returns a new DeadlineExceeded error with a formatted message.
func NewDeadlineExceededf(format string, args ...any) error {
	return &DeadlineExceeded{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *DeadlineExceeded) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.DeadlineExceeded).
func (e *DeadlineExceeded) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.DeadlineExceeded, e.Message)
	return st
}

func newDeadlineExceeded(st *status.Status) error {
	return &DeadlineExceeded{Message: st.Message(), st: st}
}

// FailedPrecondition represents a failed-precondition error.
type FailedPrecondition struct {
	Message string
	st      *status.Status
}

// NewFailedPrecondition returns a new FailedPrecondition error.
func NewFailedPrecondition(message string) error {
	return &FailedPrecondition{Message: message}
}

// NewFailedPreconditionf returns a new FailedPrecondition error with a formatted message.
func NewFailedPreconditionf(format string, args ...any) error {
	return &FailedPrecondition{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *FailedPrecondition) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.FailedPrecondition).
func (e *FailedPrecondition) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.FailedPrecondition, e.Message)
	return st
}

func newFailedPrecondition(st *status.Status) error {
	return &FailedPrecondition{Message: st.Message(), st: st}
}

// Internal represents an internal error.
type Internal struct {
	Message string
	st      *status.Status
}

// NewInternal returns a new Internal error.
func NewInternal(message string) error {
	return &Internal{Message: message}
}

// NewInternalf returns a new Internal error with a formatted message.
func NewInternalf(format string, args ...any) error {
	return &Internal{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *Internal) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.Internal).
func (e *Internal) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Internal, e.Message)
	return st
}

func newInternal(st *status.Status) error {
	return &Internal{Message: st.Message(), st: st}
}

// InvalidArgument represents an invalid-argument error.
type InvalidArgument struct {
	Message string
	st      *status.Status
}

// NewInvalidArgument returns a new InvalidArgument error.
func NewInvalidArgument(message string) error {
	return &InvalidArgument{Message: message}
}

// NewInvalidArgumentf returns a new InvalidArgument error with a formatted message.
func NewInvalidArgumentf(format string, args ...any) error {
	return &InvalidArgument{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *InvalidArgument) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.InvalidArgument).
func (e *InvalidArgument) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.InvalidArgument, e.Message)
	return st
}

func newInvalidArgument(st *status.Status) error {
	return &InvalidArgument{Message: st.Message(), st: st}
}

// Unavailable represents an unavailable error.
type Unavailable struct {
	Message string
	st      *status.Status
}

// NewUnavailable returns a new Unavailable error.
func NewUnavailable(message string) error {
	return &Unavailable{Message: message}
}

// NewUnavailablef returns a new Unavailable error with a formatted message.
func NewUnavailablef(format string, args ...any) error {
	return &Unavailable{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *Unavailable) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.Unavailable).
func (e *Unavailable) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Unavailable, e.Message)
	return st
}

func newUnavailable(st *status.Status) error {
	return &Unavailable{Message: st.Message(), st: st}
}

// Unimplemented represents an unimplemented error.
type Unimplemented struct {
	Message string
	st      *status.Status
}

// NewUnimplemented returns a new Unimplemented error.
func NewUnimplemented(message string) error {
	return &Unimplemented{Message: message}
}

// NewUnimplementedf returns a new Unimplemented error with a formatted message.
func NewUnimplementedf(format string, args ...any) error {
	return &Unimplemented{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *Unimplemented) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.Unimplemented).
func (e *Unimplemented) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Unimplemented, e.Message)
	return st
}

func newUnimplemented(st *status.Status) error {
	return &Unimplemented{Message: st.Message(), st: st}
}

// CancellationAlreadyRequested represents a cancellation-already-requested error.
type CancellationAlreadyRequested struct {
	Message string
	st      *status.Status
}

// NewCancellationAlreadyRequested returns a new CancellationAlreadyRequested error.
func NewCancellationAlreadyRequested(message string) error {
	return &CancellationAlreadyRequested{Message: message}
}

// NewCancellationAlreadyRequestedf returns a new CancellationAlreadyRequested error with a formatted message.
func NewCancellationAlreadyRequestedf(format string, args ...any) error {
	return &CancellationAlreadyRequested{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *CancellationAlreadyRequested) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.AlreadyExists).
func (e *CancellationAlreadyRequested) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.AlreadyExists, e.Message)
	st, _ = st.WithDetails(&cancellationAlreadyRequestedFailure{})
	return st
}

func newCancellationAlreadyRequested(st *status.Status) error {
	return &CancellationAlreadyRequested{Message: st.Message(), st: st}
}

// NamespaceAlreadyExists represents a namespace-already-exists error.
type NamespaceAlreadyExists struct {
	Message string
	st      *status.Status
}

// NewNamespaceAlreadyExists returns a new NamespaceAlreadyExists error.
func NewNamespaceAlreadyExists(message string) error {
	return &NamespaceAlreadyExists{Message: message}
}

// NewNamespaceAlreadyExistsf returns a new NamespaceAlreadyExists error with a formatted message.
func NewNamespaceAlreadyExistsf(format string, args ...any) error {
	return &NamespaceAlreadyExists{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *NamespaceAlreadyExists) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.AlreadyExists).
func (e *NamespaceAlreadyExists) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.AlreadyExists, e.Message)
	st, _ = st.WithDetails(&namespaceAlreadyExistsFailure{})
	return st
}

func newNamespaceAlreadyExists(st *status.Status) error {
	return &NamespaceAlreadyExists{Message: st.Message(), st: st}
}

// WorkflowNotReady represents an error when a workflow is not ready to accept an update or query.
type WorkflowNotReady struct {
	Message string
	st      *status.Status
}

// NewWorkflowNotReady returns a new WorkflowNotReady error.
func NewWorkflowNotReady(message string) error {
	return &WorkflowNotReady{Message: message}
}

// NewWorkflowNotReadyf returns a new WorkflowNotReady error with a formatted message.
func NewWorkflowNotReadyf(format string, args ...any) error {
	return &WorkflowNotReady{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *WorkflowNotReady) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.FailedPrecondition).
func (e *WorkflowNotReady) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.FailedPrecondition, e.Message)
	st, _ = st.WithDetails(&workflowNotReadyFailure{})
	return st
}

func newWorkflowNotReady(st *status.Status) error {
	return &WorkflowNotReady{Message: st.Message(), st: st}
}

// WorkflowTaskCompletionBufferLost is returned when the server lost the buffered completion of a workflow task.
type WorkflowTaskCompletionBufferLost struct {
	Message string
	st      *status.Status
}

// NewWorkflowTaskCompletionBufferLost returns a new WorkflowTaskCompletionBufferLost error.
func NewWorkflowTaskCompletionBufferLost(message string) error {
	return &WorkflowTaskCompletionBufferLost{Message: message}
}

// NewWorkflowTaskCompletionBufferLostf returns a new WorkflowTaskCompletionBufferLost error with a formatted message.
func NewWorkflowTaskCompletionBufferLostf(format string, args ...any) error {
	return &WorkflowTaskCompletionBufferLost{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *WorkflowTaskCompletionBufferLost) Error() string {
	return e.Message
}

// Status returns the gRPC status of e (codes.Aborted).
func (e *WorkflowTaskCompletionBufferLost) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Aborted, e.Message)
	st, _ = st.WithDetails(&workflowTaskCompletionBufferLostFailure{})
	return st
}

func newWorkflowTaskCompletionBufferLost(st *status.Status) error {
	return &WorkflowTaskCompletionBufferLost{Message: st.Message(), st: st}
}
