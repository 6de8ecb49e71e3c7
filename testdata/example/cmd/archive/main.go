// Command archive moves objects of a store bucket under an "archive/"
// prefix. It is apierrlint's example program: it has a few bugs of each
// kind the linter finds, marked BUG below.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/apierrlint/apierrlint/testdata/example/storeclient"
)

func main() {
	base := flag.String("store", "http://localhost:9000", "base URL of the store")
	bucket := flag.String("bucket", "reports", "bucket")
	flag.Parse()

	c := &storeclient.Client{BaseURL: *base, Bucket: *bucket}
	ctx := context.Background()
	for _, key := range flag.Args() {
		if err := archive(ctx, c, key); err != nil {
			log.Printf("archive %s: %v", key, err)
			os.Exit(describe(err))
		}
	}
}

// archive copies key to archive/key and deletes the original.
func archive(ctx context.Context, c *storeclient.Client, key string) error {
	data, err := c.Get(ctx, key)
	if err != nil {
		return err
	}
	// BUG (errorder): err is nil after the return above, so a key that is
	// gone fails the run instead of being skipped.
	if storeclient.IsNotFound(err) {
		return nil
	}

	w := c.NewWriter(ctx, "archive/"+key)
	// BUG (errdrop): the object is only stored by Close, and its error is lost.
	defer w.Close()
	if _, err := w.Write(data); err != nil {
		return err
	}

	// BUG (errdrop): a failed Delete leaves the original behind, silently.
	c.Delete(ctx, key)
	return nil
}

// describe maps an error to the program's exit code.
func describe(err error) int {
	var apiErr *storeclient.APIError
	var nf *storeclient.NotFoundError
	// BUG (errorder): every *NotFoundError unwraps to an *APIError, so the
	// first branch takes it and the second can never run.
	if errors.As(err, &apiErr) {
		// BUG (errcode): 4040 is no HTTP status; 404 was meant.
		if apiErr.StatusCode == 4040 {
			return 4
		}
		return 5
	} else if errors.As(err, &nf) {
		fmt.Fprintln(os.Stderr, "no such key:", nf.Key)
		return 4
	}

	// BUG (errorder): ErrBucketNotFound wraps ErrNotFound, so the first
	// check takes it and the second can never run.
	if errors.Is(err, storeclient.ErrNotFound) {
		return 4
	} else if errors.Is(err, storeclient.ErrBucketNotFound) {
		return 6
	}
	return 1
}
