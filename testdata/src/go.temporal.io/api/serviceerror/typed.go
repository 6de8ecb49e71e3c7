package serviceerror

import (
	"errors"
	"fmt"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// NewAlreadyExist returns new AlreadyExists error.
//
// Deprecated: Use NewAlreadyExists instead.
func NewAlreadyExist(message string) error {
	return NewAlreadyExists(message)
}

// NotFound represents not found error (codes.NotFound).
type NotFound struct {
	Message        string
	CurrentCluster string
	ActiveCluster  string
	st             *status.Status
}

// NewNotFound returns new NotFound error.
func NewNotFound(message string) error {
	return &NotFound{Message: message}
}

// NewNotFoundf returns new NotFound error with formatted message.
func NewNotFoundf(format string, args ...any) error {
	return &NotFound{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *NotFound) Error() string {
	return e.Message
}

func (e *NotFound) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.NotFound, e.Message)
	st, _ = st.WithDetails(&notFoundFailure{CurrentCluster: e.CurrentCluster, ActiveCluster: e.ActiveCluster})
	return st
}

func newNotFound(st *status.Status, d *notFoundFailure) error {
	e := &NotFound{Message: st.Message(), st: st}
	if d != nil {
		e.CurrentCluster, e.ActiveCluster = d.CurrentCluster, d.ActiveCluster
	}
	return e
}

// NamespaceNotFound represents namespace not found error (codes.NotFound,
// like NotFound).
type NamespaceNotFound struct {
	Message   string
	Namespace string
	st        *status.Status
}

// NewNamespaceNotFound returns new NamespaceNotFound error.
func NewNamespaceNotFound(namespace string) error {
	return &NamespaceNotFound{
		Message:   fmt.Sprintf("Namespace %s is not found.", namespace),
		Namespace: namespace,
	}
}

// Error returns string message.
func (e *NamespaceNotFound) Error() string {
	return e.Message
}

func (e *NamespaceNotFound) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.NotFound, e.Message)
	st, _ = st.WithDetails(&namespaceNotFoundFailure{Namespace: e.Namespace})
	return st
}

func newNamespaceNotFound(st *status.Status, d *namespaceNotFoundFailure) error {
	return &NamespaceNotFound{Message: st.Message(), Namespace: d.Namespace, st: st}
}

// NamespaceNotActive represents namespace not active error
// (codes.FailedPrecondition).
type NamespaceNotActive struct {
	Message        string
	Namespace      string
	CurrentCluster string
	ActiveCluster  string
	st             *status.Status
}

// NewNamespaceNotActive returns new NamespaceNotActive error.
func NewNamespaceNotActive(namespace, currentCluster, activeCluster string) error {
	return &NamespaceNotActive{
		Message: fmt.Sprintf("Namespace: %s is active in cluster: %s, while current cluster %s is a standby cluster.",
			namespace, activeCluster, currentCluster),
		Namespace:      namespace,
		CurrentCluster: currentCluster,
		ActiveCluster:  activeCluster,
	}
}

// Error returns string message.
func (e *NamespaceNotActive) Error() string {
	return e.Message
}

func (e *NamespaceNotActive) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.FailedPrecondition, e.Message)
	st, _ = st.WithDetails(&namespaceNotActiveFailure{
		Namespace: e.Namespace, CurrentCluster: e.CurrentCluster, ActiveCluster: e.ActiveCluster,
	})
	return st
}

func newNamespaceNotActive(st *status.Status, d *namespaceNotActiveFailure) error {
	return &NamespaceNotActive{
		Message:        st.Message(),
		Namespace:      d.Namespace,
		CurrentCluster: d.CurrentCluster,
		ActiveCluster:  d.ActiveCluster,
		st:             st,
	}
}

// NamespaceUnavailable is returned by the service when a request addresses a
// namespace that is unavailable (codes.Unavailable, like Unavailable). It
// has no Message field.
type NamespaceUnavailable struct {
	Namespace string
	st        *status.Status
}

// NewNamespaceUnavailable returns new NamespaceUnavailable error.
func NewNamespaceUnavailable(namespace string) error {
	return &NamespaceUnavailable{Namespace: namespace}
}

// Error returns string message.
func (e *NamespaceUnavailable) Error() string {
	if e.st.Message() != "" {
		return e.st.Message()
	}
	return fmt.Sprintf("Namespace unavailable: %q.", e.Namespace)
}

func (e *NamespaceUnavailable) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Unavailable, e.Error())
	st, _ = st.WithDetails(&namespaceUnavailableFailure{Namespace: e.Namespace})
	return st
}

func newNamespaceUnavailable(st *status.Status, d *namespaceUnavailableFailure) error {
	return &NamespaceUnavailable{Namespace: d.Namespace, st: st}
}

// PermissionDenied represents permission denied error
// (codes.PermissionDenied).
type PermissionDenied struct {
	Message string
	Reason  string
	st      *status.Status
}

// NewPermissionDenied returns new PermissionDenied error.
func NewPermissionDenied(message, reason string) error {
	return &PermissionDenied{Message: message, Reason: reason}
}

// NewPermissionDeniedf returns new PermissionDenied error with formatted
// message.
func NewPermissionDeniedf(reason, format string, args ...any) error {
	return &PermissionDenied{Message: fmt.Sprintf(format, args...), Reason: reason}
}

// Error returns string message.
func (e *PermissionDenied) Error() string {
	return e.Message
}

func (e *PermissionDenied) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.PermissionDenied, e.Message)
	st, _ = st.WithDetails(&permissionDeniedFailure{Reason: e.Reason})
	return st
}

func newPermissionDenied(st *status.Status, d *permissionDeniedFailure) error {
	e := &PermissionDenied{Message: st.Message(), st: st}
	if d != nil {
		e.Reason = d.Reason
	}
	return e
}

// ResourceExhausted represents resource exhausted error
// (codes.ResourceExhausted). The real type also has Cause and Scope
// (enums/v1 types), left out here.
type ResourceExhausted struct {
	Message string
	st      *status.Status
}

// Error returns string message.
func (e *ResourceExhausted) Error() string {
	return e.Message
}

func (e *ResourceExhausted) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.ResourceExhausted, e.Message)
	st, _ = st.WithDetails(&resourceExhaustedFailure{})
	return st
}

func newResourceExhausted(st *status.Status) error {
	return &ResourceExhausted{Message: st.Message(), st: st}
}

// QueryFailed represents query failed error (codes.InvalidArgument, like
// InvalidArgument). The real type also has a Failure field (failure/v1),
// left out here.
type QueryFailed struct {
	Message string
	st      *status.Status
}

// NewQueryFailed returns new QueryFailed error.
func NewQueryFailed(message string) error {
	return &QueryFailed{Message: message}
}

// NewQueryFailedf returns new QueryFailed error with formatted message.
func NewQueryFailedf(format string, args ...any) error {
	return &QueryFailed{Message: fmt.Sprintf(format, args...)}
}

// Error returns string message.
func (e *QueryFailed) Error() string {
	return e.Message
}

func (e *QueryFailed) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.InvalidArgument, e.Message)
	st, _ = st.WithDetails(&queryFailedFailure{})
	return st
}

func newQueryFailed(st *status.Status) error {
	return &QueryFailed{Message: st.Message(), st: st}
}

// NewerBuildExists is returned to a poll request from a build that has been
// superseded by a newer build in versioning metadata (codes.OutOfRange).
type NewerBuildExists struct {
	Message        string
	DefaultBuildID string
	st             *status.Status
}

// NewNewerBuildExists returns new NewerBuildExists error.
func NewNewerBuildExists(defaultBuildID string) error {
	return &NewerBuildExists{
		Message:        fmt.Sprintf("Task queue has a newer compatible build: %q", defaultBuildID),
		DefaultBuildID: defaultBuildID,
	}
}

// Error returns string message.
func (e *NewerBuildExists) Error() string {
	return e.Message
}

func (e *NewerBuildExists) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.OutOfRange, e.Message)
	st, _ = st.WithDetails(&newerBuildExistsFailure{DefaultBuildID: e.DefaultBuildID})
	return st
}

func newNewerBuildExists(st *status.Status, d *newerBuildExistsFailure) error {
	return &NewerBuildExists{Message: st.Message(), DefaultBuildID: d.DefaultBuildID, st: st}
}

// ClientVersionNotSupported represents client version is not supported
// error (codes.FailedPrecondition).
type ClientVersionNotSupported struct {
	Message           string
	ClientVersion     string
	ClientName        string
	SupportedVersions string
	st                *status.Status
}

// NewClientVersionNotSupported returns new ClientVersionNotSupported error.
func NewClientVersionNotSupported(clientVersion, clientName, supportedVersions string) error {
	return &ClientVersionNotSupported{
		Message: fmt.Sprintf("Client version %s is not supported. Server supports %s versions: %s",
			clientVersion, clientName, supportedVersions),
		ClientVersion:     clientVersion,
		ClientName:        clientName,
		SupportedVersions: supportedVersions,
	}
}

// Error returns string message.
func (e *ClientVersionNotSupported) Error() string {
	return e.Message
}

func (e *ClientVersionNotSupported) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.FailedPrecondition, e.Message)
	st, _ = st.WithDetails(&clientVersionNotSupportedFailure{
		ClientVersion: e.ClientVersion, ClientName: e.ClientName, SupportedVersions: e.SupportedVersions,
	})
	return st
}

func newClientVersionNotSupported(st *status.Status, d *clientVersionNotSupportedFailure) error {
	return &ClientVersionNotSupported{
		Message:           st.Message(),
		ClientVersion:     d.ClientVersion,
		ClientName:        d.ClientName,
		SupportedVersions: d.SupportedVersions,
		st:                st,
	}
}

// ServerVersionNotSupported represents server version is not supported
// error (codes.FailedPrecondition).
type ServerVersionNotSupported struct {
	Message                       string
	ServerVersion                 string
	ClientSupportedServerVersions string
	st                            *status.Status
}

// NewServerVersionNotSupported returns new ServerVersionNotSupported error.
func NewServerVersionNotSupported(serverVersion, supportedVersions string) error {
	return &ServerVersionNotSupported{
		Message: fmt.Sprintf("Server version %s is not supported. Client supports server versions: %s",
			serverVersion, supportedVersions),
		ServerVersion:                 serverVersion,
		ClientSupportedServerVersions: supportedVersions,
	}
}

// Error returns string message.
func (e *ServerVersionNotSupported) Error() string {
	return e.Message
}

func (e *ServerVersionNotSupported) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.FailedPrecondition, e.Message)
	st, _ = st.WithDetails(&serverVersionNotSupportedFailure{
		ServerVersion: e.ServerVersion, ClientSupportedServerVersions: e.ClientSupportedServerVersions,
	})
	return st
}

func newServerVersionNotSupported(st *status.Status, d *serverVersionNotSupportedFailure) error {
	return &ServerVersionNotSupported{
		Message:                       st.Message(),
		ServerVersion:                 d.ServerVersion,
		ClientSupportedServerVersions: d.ClientSupportedServerVersions,
		st:                            st,
	}
}

// WorkflowExecutionAlreadyStarted represents workflow execution already
// started error (codes.AlreadyExists, like AlreadyExists).
type WorkflowExecutionAlreadyStarted struct {
	Message             string
	StartRequestId      string
	RunId               string
	FirstExecutionRunId string
	st                  *status.Status
}

// NewWorkflowExecutionAlreadyStarted returns new
// WorkflowExecutionAlreadyStarted error.
func NewWorkflowExecutionAlreadyStarted(message, startRequestId, runId string) error {
	return &WorkflowExecutionAlreadyStarted{Message: message, StartRequestId: startRequestId, RunId: runId}
}

// NewWorkflowExecutionAlreadyStartedf returns new
// WorkflowExecutionAlreadyStarted error with formatted message.
func NewWorkflowExecutionAlreadyStartedf(startRequestId, runId, format string, args ...any) error {
	return &WorkflowExecutionAlreadyStarted{
		Message:        fmt.Sprintf(format, args...),
		StartRequestId: startRequestId,
		RunId:          runId,
	}
}

// Error returns string message.
func (e *WorkflowExecutionAlreadyStarted) Error() string {
	return e.Message
}

func (e *WorkflowExecutionAlreadyStarted) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.AlreadyExists, e.Message)
	st, _ = st.WithDetails(&workflowExecutionAlreadyStartedFailure{StartRequestId: e.StartRequestId, RunId: e.RunId})
	return st
}

func newWorkflowExecutionAlreadyStarted(st *status.Status, d *workflowExecutionAlreadyStartedFailure) error {
	return &WorkflowExecutionAlreadyStarted{
		Message:        st.Message(),
		StartRequestId: d.StartRequestId,
		RunId:          d.RunId,
		st:             st,
	}
}

// ActivityExecutionAlreadyStarted represents activity execution already
// started error (codes.AlreadyExists).
type ActivityExecutionAlreadyStarted struct {
	Message        string
	StartRequestId string
	RunId          string
	st             *status.Status
}

// NewActivityExecutionAlreadyStarted returns new
// ActivityExecutionAlreadyStarted error.
func NewActivityExecutionAlreadyStarted(message, startRequestId, runId string) error {
	return &ActivityExecutionAlreadyStarted{Message: message, StartRequestId: startRequestId, RunId: runId}
}

// Error returns string message.
func (e *ActivityExecutionAlreadyStarted) Error() string {
	return e.Message
}

func (e *ActivityExecutionAlreadyStarted) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.AlreadyExists, e.Message)
	st, _ = st.WithDetails(&activityExecutionAlreadyStartedFailure{StartRequestId: e.StartRequestId, RunId: e.RunId})
	return st
}

func newActivityExecutionAlreadyStarted(st *status.Status, d *activityExecutionAlreadyStartedFailure) error {
	return &ActivityExecutionAlreadyStarted{
		Message:        st.Message(),
		StartRequestId: d.StartRequestId,
		RunId:          d.RunId,
		st:             st,
	}
}

// NexusOperationExecutionAlreadyStarted represents Nexus operation
// execution already started error (codes.AlreadyExists).
type NexusOperationExecutionAlreadyStarted struct {
	Message        string
	StartRequestId string
	RunId          string
	st             *status.Status
}

// NewNexusOperationExecutionAlreadyStarted returns new
// NexusOperationExecutionAlreadyStarted error.
func NewNexusOperationExecutionAlreadyStarted(message, startRequestId, runId string) error {
	return &NexusOperationExecutionAlreadyStarted{Message: message, StartRequestId: startRequestId, RunId: runId}
}

// Error returns string message.
func (e *NexusOperationExecutionAlreadyStarted) Error() string {
	return e.Message
}

func (e *NexusOperationExecutionAlreadyStarted) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.AlreadyExists, e.Message)
	st, _ = st.WithDetails(&nexusOperationAlreadyStartedFailure{StartRequestId: e.StartRequestId, RunId: e.RunId})
	return st
}

func newNexusOperationExecutionAlreadyStarted(st *status.Status, d *nexusOperationAlreadyStartedFailure) error {
	return &NexusOperationExecutionAlreadyStarted{
		Message:        st.Message(),
		StartRequestId: d.StartRequestId,
		RunId:          d.RunId,
		st:             st,
	}
}

// MultiOperationAborted represents an aborted operation of a multi-operation
// request (codes.Aborted). Its methods have VALUE receivers, as in the real
// package, though the constructors return a pointer.
type MultiOperationAborted struct {
	Message string
	st      *status.Status
}

// NewMultiOperationAborted returns a new MultiOperationAborted error.
func NewMultiOperationAborted(message string) error {
	return &MultiOperationAborted{Message: message}
}

// Error returns string message.
func (e MultiOperationAborted) Error() string {
	return e.Message
}

func (e MultiOperationAborted) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	st := status.New(codes.Aborted, e.Error())
	st, _ = st.WithDetails(&multiOperationExecutionAborted{})
	return st
}

func newMultiOperationAborted(st *status.Status) error {
	return &MultiOperationAborted{Message: st.Message(), st: st}
}

// MultiOperationExecution represents a MultiOperationExecution error; its
// gRPC code is that of the first failed (non-aborted) operation.
type MultiOperationExecution struct {
	Message string
	errs    []error
	st      *status.Status
}

// NewMultiOperationExecution returns a new MultiOperationExecution error.
func NewMultiOperationExecution(message string, errs []error) error {
	return &MultiOperationExecution{Message: message, errs: errs}
}

// Error returns string message.
func (e *MultiOperationExecution) Error() string {
	return e.Message
}

// OperationErrors returns the errors of the individual operations.
func (e *MultiOperationExecution) OperationErrors() []error {
	return e.errs
}

func (e *MultiOperationExecution) Status() *status.Status {
	if e.st != nil {
		return e.st
	}
	code := codes.Aborted
	var abortedErr *MultiOperationAborted
	for _, err := range e.errs {
		if c := ToStatus(err).Code(); c != codes.OK && !errors.As(err, &abortedErr) {
			code = c
			break
		}
	}
	return status.New(code, e.Error())
}
