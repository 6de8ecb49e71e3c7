// Package app uses the client correctly: every site below is one that
// bench/mutate mutates, except those marked "not a site", which it must
// leave alone.
package app

import (
	"context"
	"errors"
	"fmt"
	"os"

	"example.com/mutate/client"
)

// Color is a string type that is not a code: comparisons with it are not
// sites.
type Color string

// Fetch checks the error of Get, and tells the errors apart, specific
// first.
func Fetch(ctx context.Context, c *client.Client, name string) (*client.Object, error) {
	obj, err := c.Get(ctx, name)
	if err != nil {
		var nf *client.NotFoundError
		var api client.APIError
		if errors.As(err, &nf) {
			return nil, fmt.Errorf("no %s: %w", nf.Name, err)
		} else if errors.As(err, &api) {
			return nil, fmt.Errorf("api: %w", err)
		}
		return nil, err
	}
	return obj, nil
}

// Remove deletes an object, treating a missing one as removed.
func Remove(ctx context.Context, c *client.Client, name string) error {
	if err := c.Delete(ctx, name); err != nil {
		return err
	}
	return nil
}

// Classify reads the codes of an error.
func Classify(err error) string {
	if client.IsNotFound(err) {
		return "missing"
	}
	var e *client.Error
	if errors.As(err, &e) && e.Code == client.ErrorCodeQuotaExceeded {
		return "quota"
	}
	if errors.As(err, &e) && e.StatusCode == 404 {
		return "gone"
	}
	switch client.CodeOf(err) {
	case client.CodeConflict:
		return "conflict"
	}
	if errors.Is(err, client.ErrNotFound) {
		return "sentinel"
	} else if err != nil {
		return "other"
	}
	return ""
}

// Kind tells the errors apart with a type switch, specific first.
func Kind(err error) string {
	switch err.(type) {
	case *client.NotFoundError:
		return "not found"
	case client.APIError:
		return "api"
	}
	return ""
}

// Upload writes and closes, checking both; then fetches twice.
func Upload(ctx context.Context, c *client.Client, w *client.Writer, data []byte) error {
	if _, err := w.Write(data); err != nil {
		return err
	}
	err := w.Close()
	if err != nil {
		return err
	}
	_, err = c.Get(ctx, "a")
	if err != nil {
		return err
	}
	_, err = c.Get(ctx, "b")
	if err != nil {
		return err
	}
	return nil
}

// Paint is not a site: a Color is not a code.
func Paint(c Color) bool {
	return c == "red"
}

// Cleanup is not a site: os.Remove is not an API client's call.
func Cleanup(p string) error {
	if err := os.Remove(p); err != nil {
		return err
	}
	return nil
}

// Later is not an errdrop site: err is captured by the closure, so
// whether it is lost depends on when the closure runs.
func Later(ctx context.Context, c *client.Client) func() error {
	err := c.Delete(ctx, "x")
	if err != nil {
		return func() error { return err }
	}
	return nil
}

type store struct{}

// flush always succeeds.
func (store) flush() error { return nil }

// Sync is not a site: flush always returns nil, so its error is no loss.
func Sync(s store) error {
	if err := s.flush(); err != nil {
		return err
	}
	return nil
}

// NilIs is not an errorder site: errors.Is(err, nil) is true of a nil
// error, so no earlier err != nil makes it dead.
func NilIs(err error) string {
	if errors.Is(err, nil) {
		return "nil"
	}
	return ""
}
