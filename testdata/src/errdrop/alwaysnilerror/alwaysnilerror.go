// Package alwaysnilerror holds calls of functions of the same package
// whose every return gives a nil error (aws-sdk-go-v2's s3 manager tests
// call (*WriteAtBuffer).WriteAt, which ends with return pLen, nil).
package alwaysnilerror

import (
	"errors"
	"sync"
)

type WriteAtBuffer struct {
	mu  sync.Mutex
	buf []byte
}

// WriteAt has an error result for io.WriterAt's sake and never fails.
func (b *WriteAtBuffer) WriteAt(p []byte, pos int64) (n int, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if need := int(pos) + len(p); need > len(b.buf) {
		b.buf = append(b.buf, make([]byte, need-len(b.buf))...)
	}
	copy(b.buf[pos:], p)
	return len(p), nil
}

// Sometimes fails on one path.
func (b *WriteAtBuffer) Truncate(n int) error {
	if n > len(b.buf) {
		return errors.New("too long")
	}
	b.buf = b.buf[:n]
	return nil
}

// Bare returns of a named error are not looked into.
func (b *WriteAtBuffer) Reset() (err error) {
	b.buf = nil
	return
}

// A stub: it will fail once written.
func Stub() error { return nil }

func use(b *WriteAtBuffer) {
	b.WriteAt([]byte("x"), 4) // not reported: WriteAt always returns a nil error
	_, _ = b.WriteAt(nil, 0)  // not reported: WriteAt always returns a nil error
	b.Truncate(1)             // want `error returned by \(\*WriteAtBuffer\)\.Truncate is not checked`
	b.Reset()                 // want `error returned by \(\*WriteAtBuffer\)\.Reset is not checked`
	Stub()                    // want `error returned by Stub is not checked`
}
