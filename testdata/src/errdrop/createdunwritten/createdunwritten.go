// Package createdunwritten holds files created for writing and closed
// without a write (vault's tokenhelper tests: tf, _ := os.CreateTemp("",
// "vault"); tf.Close(), only to get a name). Close flushes nothing, so
// its failure loses nothing.
package createdunwritten

import (
	"bufio"
	"io"
	"os"
)

func tempName() string {
	tf, err := os.CreateTemp("", "x")
	if err != nil {
		panic(err)
	}
	tf.Close() // not reported: nothing was written through tf
	return tf.Name()
}

func touch(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // not reported: f is only closed and stat'ed
	_, err = f.Stat()
	return err
}

// Narrow: any other use may write, so Close must still be checked.

func written(name string, data []byte) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	f.Write(data) // want `error returned by \(\*os\.File\)\.Write is not checked`
	f.Close()     // want `error returned by \(\*os\.File\)\.Close is not checked`
}

func copied(name string, r io.Reader) {
	f, err := os.Create(name)
	if err != nil {
		return
	}
	defer f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked in defer`
	io.Copy(f, r)   // want `error returned by io\.Copy is not checked`
}

func buffered(name string) *bufio.Writer {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		return nil
	}
	defer f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked in defer`
	return bufio.NewWriter(f)
}

// A file held in a field may be written anywhere.
type sink struct{ f *os.File }

func (s *sink) open(name string) {
	var err error
	if s.f, err = os.Create(name); err != nil {
		return
	}
	s.f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked`
}
