// Package seekmemory holds seeks of readers over memory to a position
// they accept (minio's api.go: bodySeeker.Seek(0, 0) on a bytes.Reader):
// they fail only on a bad whence or a negative position.
package seekmemory

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
)

func rewind(b *bytes.Reader, s *strings.Reader) {
	b.Seek(0, 0)             // not reported: the start
	s.Seek(10, io.SeekStart) // not reported: past the end is allowed
}

// Relative seeks, a negative offset, an offset not known, or a file still
// report.
func others(b *bytes.Reader, f *os.File, n int64) {
	b.Seek(-1, io.SeekEnd) // want `error returned by \(\*bytes\.Reader\)\.Seek is not checked`
	b.Seek(-1, 0)          // want `error returned by \(\*bytes\.Reader\)\.Seek is not checked`
	b.Seek(n, 0)           // want `error returned by \(\*bytes\.Reader\)\.Seek is not checked`
	f.Seek(0, 0)           // want `error returned by \(\*os\.File\)\.Seek is not checked`
}

// From the current position or the end, a non-negative offset cannot make
// the position negative (minio's hook-reader_test.go:
// hook.Seek(0, io.SeekCurrent)).
func tell(b *bytes.Reader) int64 {
	n, _ := b.Seek(0, io.SeekCurrent) // not reported
	b.Seek(0, io.SeekEnd)             // not reported
	return n
}

// Peek of the bytes already buffered reads nothing (caddy's
// reverseproxy/streaming.go: buffered := brw.Reader.Buffered();
// data, _ := brw.Peek(buffered)); more may fail.
func hijacked(brw *bufio.ReadWriter, br *bufio.Reader, n int) ([]byte, []byte) {
	buffered := brw.Reader.Buffered()
	data, _ := brw.Peek(buffered) // not reported
	brw.Reader.Reset(bytes.NewReader(data))
	_, _ = brw.Peek(buffered) // want `error returned by \(\*bufio\.Reader\)\.Peek is assigned to _`
	m := br.Buffered()
	m++
	more, _ := br.Peek(m) // want `error returned by \(\*bufio\.Reader\)\.Peek is assigned to _`
	_, _ = br.Peek(n)     // want `error returned by \(\*bufio\.Reader\)\.Peek is assigned to _`
	return data, more
}
