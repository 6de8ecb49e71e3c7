package storage

import (
	"context"
	"iter"
)

// ObjectAttrs describes a listed object.
type ObjectAttrs struct{ Name string }

// All lists the bucket's objects page by page, in the shape of the
// iterators clients now return: a failed page yields its error.
func (b *BucketHandle) All(ctx context.Context) iter.Seq2[*ObjectAttrs, error] {
	return func(yield func(*ObjectAttrs, error) bool) {}
}
