// Package replaced holds API errors that are checked and then replaced by
// an error that does not carry them: the caller gets a sentinel with no
// cause, and the service's code, message and request id are lost.
package replaced

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var ErrUploadFailed = errors.New("upload failed")

type UploadError struct{ Key string }

func (e *UploadError) Error() string { return "upload of " + e.Key + " failed" }

func upload(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		return ErrUploadFailed // want `^error from \(\*s3\.Client\)\.PutObject is checked and then replaced: return ErrUploadFailed loses its code and message; wrap it with %w$`
	}
	return nil
}

// A log that does not mention err loses it too.
func uploadNew(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput) (string, error) {
	out, err := s3c.PutObject(ctx, in)
	if err != nil {
		log.Print("upload failed")
		return "", errors.New("upload failed") // want `^error from \(\*s3\.Client\)\.PutObject is checked and then replaced: return errors\.New\("upload failed"\) loses its code and message; wrap it with %w$`
	}
	return *out.ETag, nil
}

func uploadErrorf(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput, key string) error {
	var _, err = s3c.PutObject(ctx, in)
	if err != nil {
		return fmt.Errorf("uploading %s", key) // want `^error from \(\*s3\.Client\)\.PutObject is checked and then replaced: return fmt\.Errorf\("uploading %s", key\) loses its code and message; wrap it with %w$`
	}
	return nil
}

func uploadLit(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		return &UploadError{Key: "k"} // want `^error from \(\*s3\.Client\)\.PutObject is checked and then replaced: return &UploadError\{…\} loses its code and message; wrap it with %w$`
	}
	return nil
}

// Not reported: the branch reads the error.
func wrapped(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		return fmt.Errorf("%w: %w", ErrUploadFailed, err) // not reported: wrapped
	}
	if _, err := s3c.PutObject(ctx, in); err != nil {
		log.Printf("upload: %v", err) // not reported: logged
		return ErrUploadFailed
	}
	if _, err := s3c.PutObject(ctx, in); err != nil {
		var nf *UploadError
		if errors.As(err, &nf) { // not reported: inspected
			return ErrUploadFailed
		}
		return err
	}
	return nil
}

type state struct{ last error }

// Not reported: the error is kept in a field.
func (s *state) kept(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		s.last = err
		return ErrUploadFailed // not reported: the error is stored
	}
	return nil
}

func local() error { return nil }

// Not reported: the error is not an API client's.
func notAPI() error {
	if err := local(); err != nil {
		return ErrUploadFailed // not reported: local() is no API client
	}
	return nil
}

// Not reported: the returned error may carry it, or be nil.
func other(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput, prev error) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		return prev // not reported: a variable, maybe the same failure reported another way
	}
	if _, err := s3c.PutObject(ctx, in); err != nil {
		return wrap() // not reported: another call
	}
	return nil
}

func wrap() error { return nil }

// Not reported: a client package's parser is no API operation (vault/api's
// PluginRuntimeTypeString), nor is a method without a context.
func parsers(s3c *s3.Client, name string) error {
	if _, err := s3.ParseRegion(name); err != nil {
		return ErrUploadFailed // not reported: a function, not an operation
	}
	if err := s3c.Validate(); err != nil {
		return ErrUploadFailed // not reported: no context, no request
	}
	return nil
}

// Not reported: a comment above the return says the replacement is meant.
func explained(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		// the caller only needs to know that the upload failed
		return ErrUploadFailed
	}
	return nil
}

// Not reported: a nested return (found the answer another way) and the
// err == nil form.
func nested(ctx context.Context, s3c *s3.Client, in *s3.PutObjectInput, ok bool) error {
	if _, err := s3c.PutObject(ctx, in); err != nil {
		if ok {
			return ErrUploadFailed // not reported: nested in another condition
		}
	}
	if _, err := s3c.PutObject(ctx, in); err == nil {
		return ErrUploadFailed // not reported: err == nil
	}
	return nil
}
