// Package grpc is a stub of google.golang.org/grpc for errdrop's
// alwaysnilclose fixture: the ClientStream interface only.
package grpc

// ClientStream defines the client-side behavior of a streaming RPC.
type ClientStream interface {
	// CloseSend closes the send direction of the stream. This method always
	// returns a nil error.
	CloseSend() error
	SendMsg(m any) error
	RecvMsg(m any) error
}
