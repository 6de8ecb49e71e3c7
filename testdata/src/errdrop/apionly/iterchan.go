package apionly

import (
	"context"
	"iter"

	"errdrop/stub/storage"
)

func localSeq() iter.Seq2[int, error] { return func(func(int, error) bool) {} }

func List(ctx context.Context, c *storage.Client, seq iter.Seq2[int, error], errc chan error) {
	for o := range c.Bucket("b").All(ctx) { // want `^error yielded by \(\*storage\.BucketHandle\)\.All is not checked; range over both values and handle it$`
		_ = o
	}
	for i := range localSeq() { // not an API package: out of scope
		_ = i
	}
	for i := range seq { // a variable has no package: out of scope
		_ = i
	}
	<-errc // a variable has no package: out of scope
}
