// Package deferclosechecked holds a deferred Close that is a safety net
// for the early returns, beside the Close whose error is checked (vault's
// tokenhelper: defer f.Close(); ...; err = f.Close(); if err != nil {...}).
// On the paths that reach the checked Close the deferred one only reports
// the file already closed; on the others an error is already returned.
package deferclosechecked

import (
	"io"
	"os"
)

func store(name, input string) error {
	f, err := os.OpenFile(name, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close() // not reported: the Close below is checked
	if _, err = io.WriteString(f, input); err != nil {
		return err
	}
	err = f.Close()
	if err != nil {
		return err
	}
	return nil
}

func storeIf(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // not reported: the Close below is checked
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return nil
}

func storeReturn(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // not reported: returned below
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Close()
}

// The Close that matters called through a method value (minio's
// api-putobject-snowball.go: flush = s2c.Close; ...; err = flush()).
func throughValue(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // not reported: flush is f.Close, checked below
	flush := f.Close
	if _, err := f.Write(data); err != nil {
		return err
	}
	return flush()
}

// Narrow: a second Close that is discarded, or none, and the deferred
// Close still reports.

func discarded(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked in defer`
	if _, err := f.Write(data); err != nil {
		return err
	}
	_ = f.Close() // want `error returned by \(\*os\.File\)\.Close is assigned to _`
	return nil
}

func only(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // want `error returned by \(\*os\.File\)\.Close is not checked in defer`
	_, err = f.Write(data)
	return err
}
