// Package reopenedfile holds a variable that first holds a file written
// and closed, then one opened only to read: the Close of the read-only
// file loses nothing. Whether a Close is a writer's is decided by the
// assignments before it, not by the variable.
package reopenedfile

import (
	"io"
	"os"
)

func roundTrip(name string, data []byte) ([]byte, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(data); err != nil {
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	f, err = os.Open(name)
	if err != nil {
		return nil, err
	}
	got, err := io.ReadAll(f)
	f.Close() // not reported: this f was opened read-only
	return got, err
}

// Without the first Close the written file is still open when f is
// reused, and the Close of a file written in one branch still reports.
func leaked(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if f, err = os.Open(name); err != nil {
		return err
	}
	defer f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked in defer`
	return nil
}

func branches(name string, write bool, data []byte) error {
	var f *os.File
	var err error
	if write {
		if f, err = os.Create(name); err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			return err
		}
	} else if f, err = os.Open(name); err != nil {
		return err
	}
	f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked`
	return nil
}

// A Close on an error path that returns does not end the file's life on
// the path that goes on (go-containerregistry's pkg/v1/daemon/image.go).
func errorPath(name string, r io.Reader) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked`
		return err
	}
	f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked`
	return nil
}
