// Package guardedsetter holds setters of the package that fail only on the
// arguments they reject, called with arguments that rule the rejection
// out: minio's api-get-object-file.go (opts.SetRange(st.Size(), 0) under
// if st.Size() > 0), api-get-object.go (opts.SetMatchETag(etag) under
// if etag != "" && !snowball) and core_test.go
// (opts.SetMatchETag("etag")).
package guardedsetter

import (
	"errors"
	"fmt"
	"os"
	"time"
)

type GetObjectOptions struct{ headers map[string]string }

func (o *GetObjectOptions) Set(k, v string) { o.headers[k] = v }

func (o *GetObjectOptions) SetMatchETag(etag string) error {
	if etag == "" {
		return errors.New("ETag cannot be empty.")
	}
	o.Set("If-Match", "\""+etag+"\"")
	return nil
}

func (o *GetObjectOptions) SetRange(start, end int64) error {
	switch {
	case start == 0 && end < 0:
		o.Set("Range", fmt.Sprintf("bytes=%d", end))
	case 0 < start && end == 0:
		o.Set("Range", fmt.Sprintf("bytes=%d-", start))
	case 0 <= start && start <= end:
		o.Set("Range", fmt.Sprintf("bytes=%d-%d", start, end))
	default:
		return fmt.Errorf("invalid range %d-%d", start, end)
	}
	return nil
}

func getFile(opts *GetObjectOptions, st os.FileInfo) {
	if st.Size() > 0 {
		opts.SetRange(st.Size(), 0) // not reported: 0 < start && end == 0 holds
	}
}

func get(opts *GetObjectOptions, etag string, snowball bool) {
	if etag != "" && !snowball {
		opts.SetMatchETag(etag) // not reported: etag is not empty here
	}
	opts.SetMatchETag("etag") // not reported: a constant the setter accepts
	opts.SetRange(0, -1)      // not reported: the last byte
	opts.SetRange(0, 10)      // not reported: the first eleven bytes
	var buf []byte
	opts.SetRange(0, int64(len(buf))) // not reported: a length is not negative (minio's core_test.go)
}

func early(opts *GetObjectOptions, etag string) {
	if etag == "" {
		return
	}
	opts.SetMatchETag(etag) // not reported: the early return leaves etag not empty
}

// The arguments do not rule the rejection out, or the variable changes
// after its test, or the setter's failure is not read from its arguments.
func others(opts *GetObjectOptions, etag string, n int64) {
	opts.SetMatchETag(etag)                             // want `error returned by \(\*GetObjectOptions\)\.SetMatchETag is not checked`
	opts.SetMatchETag("")                               // want `error returned by \(\*GetObjectOptions\)\.SetMatchETag is not checked`
	opts.SetRange(int64(len(etag)), int64(len(etag))-1) // want `error returned by \(\*GetObjectOptions\)\.SetRange is not checked`
	opts.SetRange(5, 3)                                 // want `error returned by \(\*GetObjectOptions\)\.SetRange is not checked`
	if n > -5 {
		opts.SetRange(n, 0) // want `error returned by \(\*GetObjectOptions\)\.SetRange is not checked`
	}
	if etag != "" {
		etag = ""
		opts.SetMatchETag(etag) // want `error returned by \(\*GetObjectOptions\)\.SetMatchETag is not checked`
	}
	if etag != "" {
		opts.SetKey(etag) // want `error returned by \(\*GetObjectOptions\)\.SetKey is not checked`
	}
}

func (o *GetObjectOptions) SetKey(key string) error {
	if key == "" {
		return errors.New("empty key")
	}
	if err := validate(key); err != nil {
		return err
	}
	o.Set("key", key)
	return nil
}

func validate(string) error { return os.ErrInvalid }

type PostPolicy struct{ expiration time.Time }

// SetExpires fails on a zero time only (minio's post-policy.go).
func (p *PostPolicy) SetExpires(t time.Time) error {
	if t.IsZero() {
		return errors.New("no expiry time set")
	}
	p.expiration = t
	return nil
}

// minio's api-put-object-fan-out.go:
// policy.SetExpires(time.Now().UTC().Add(15 * time.Minute)).
func expires(p *PostPolicy, t time.Time, d time.Duration) {
	p.SetExpires(time.Now().UTC().Add(15 * time.Minute)) // not reported: now, later, is not zero
	if !t.IsZero() {
		p.SetExpires(t) // not reported: tested just above
	}
	p.SetExpires(t)                  // want `error returned by \(\*PostPolicy\)\.SetExpires is not checked`
	p.SetExpires(time.Now().Add(d))  // want `error returned by \(\*PostPolicy\)\.SetExpires is not checked`
	p.SetExpires(time.Now().Add(-1)) // want `error returned by \(\*PostPolicy\)\.SetExpires is not checked`
}
