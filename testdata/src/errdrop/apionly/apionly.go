// Package apionly is analysed with -api-packages=errdrop/stub/...: only
// errors from the stub API client are reported.
package apionly

import (
	"context"
	"os"

	"errdrop/stub/storage"
)

func local() error { return nil }

func Cleanup(ctx context.Context, c *storage.Client) error {
	c.Bucket("b").Object("tmp").Delete(ctx)     // want `^error returned by \(\*storage\.ObjectHandle\)\.Delete is not checked; handle or return it$`
	os.Remove("tmp")                            // not an API package: out of scope
	local()                                     // not an API package: out of scope
	err := local()                              // not an API package: out of scope
	err = c.Bucket("b").Object("o").Delete(ctx) // want `^error from \(\*storage\.ObjectHandle\)\.Delete is overwritten on line 20 before it is checked; check it first$`
	err = local()
	return err
}
