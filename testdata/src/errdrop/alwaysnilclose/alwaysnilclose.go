// Package alwaysnilclose holds Close calls that return a nil error by
// their documentation or their code: io.Pipe's ends (vault's sys_raft.go:
// wPipe.Close()), which call CloseWithError(nil), and grpc-go's
// ClientStream.CloseSend ("This method always returns a nil error";
// go-storage's gRPC writer: stream.CloseSend()).
package alwaysnilclose

import (
	"io"
	"os"

	"google.golang.org/grpc"
)

// A generated client stream embeds grpc.ClientStream.
type Storage_WriteObjectClient interface {
	Send(m []byte) error
	grpc.ClientStream
}

func pipes(r io.Reader, s Storage_WriteObjectClient, cs grpc.ClientStream) {
	pr, pw := io.Pipe()
	go func() {
		io.Copy(pw, r) // want `error returned by io\.Copy is not checked`
		pw.Close()     // not reported: (*io.PipeWriter).Close always returns nil
	}()
	defer pr.Close() // not reported: (*io.PipeReader).Close always returns nil
	s.CloseSend()    // not reported: ClientStream.CloseSend always returns nil
	cs.CloseSend()   // not reported: the same
	s.Send(nil)      // want `error returned by \(Storage_WriteObjectClient\)\.Send is not checked`
}

// Narrow: another Close still reports.
func file(f *os.File, w io.WriteCloser) {
	w.Close() // want `error returned by \(io\.WriteCloser\)\.Close is not checked`
	_ = f
}
