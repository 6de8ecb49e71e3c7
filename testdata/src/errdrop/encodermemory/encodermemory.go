// Package encodermemory holds encoders and buffered writers over memory,
// which fail only when the writer under them does: minio's
// pkg/signer/request-signature-v2.go (a base64 encoder's Write and Close
// into a bytes.Buffer) and pkg/set/msgp_test.go (msgp.Writer's Flush into
// a bytes.Buffer).
package encodermemory

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"io"
	"os"

	"github.com/tinylib/msgp/msgp"
)

func signature(sum []byte) string {
	authHeader := new(bytes.Buffer)
	encoder := base64.NewEncoder(base64.StdEncoding, authHeader)
	encoder.Write(sum) // not reported: base64 over a bytes.Buffer
	encoder.Close()    // not reported: its Close writes the last bytes into memory
	return authHeader.String()
}

func encodeSet(s string) []byte {
	var buf bytes.Buffer
	writer := msgp.NewWriter(&buf)
	writer.WriteString(s) // not reported: its error, too, can only be the flush into memory
	writer.Flush()        // not reported: msgp's Writer over a bytes.Buffer
	return buf.Bytes()
}

func dump(b []byte) string {
	var sb bytes.Buffer
	h := hex.NewEncoder(&sb)
	h.Write(b) // not reported: hex into a bytes.Buffer
	return sb.String()
}

// Over a file, or a writer that may be one, the writes and Close fail.
func toFile(f *os.File, w io.Writer, sum []byte) {
	enc := base64.NewEncoder(base64.StdEncoding, f)
	enc.Write(sum) // want `error returned by \(io\.WriteCloser\)\.Write is not checked`
	enc.Close()    // want `error returned by \(io\.WriteCloser\)\.Close is not checked`
	mw := msgp.NewWriter(w)
	mw.Flush() // want `error returned by \(\*msgp\.Writer\)\.Flush is not checked`
}

// A variable that holds an encoder over memory and, on some path, one over
// a file.
func either(f *os.File, toMem bool, sum []byte) {
	var buf bytes.Buffer
	enc := base64.NewEncoder(base64.StdEncoding, f)
	if toMem {
		enc = base64.NewEncoder(base64.StdEncoding, &buf)
	}
	enc.Close() // want `error returned by \(io\.WriteCloser\)\.Close is not checked`
}
