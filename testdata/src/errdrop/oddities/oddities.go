// Package oddities holds unusual shapes that the analyzer must survive
// without a panic: goto, labels, select, method values, package-level
// closures, init functions, generic methods, recursion.
package oddities

import (
	"context"
	"errors"
)

type Client struct{}

func (c *Client) Delete(name string) error { return nil }

var hook = func(c *Client) error {
	return c.Delete("hook") // returned: fine
}

var initErr = errors.New("init") // a package-level error: not a local variable

func init() {
	if err := hook(&Client{}); err != nil {
		panic(err)
	}
}

func Goto(c *Client) error {
	i := 0
again:
	err := c.Delete("a") // read by the condition below on every path
	if err != nil && i < 3 {
		i++
		goto again
	}
	return err
}

func Select(ctx context.Context, errc <-chan error) error {
	select {
	case err := <-errc: // a received error, returned
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func MethodValue(c *Client) {
	del := c.Delete
	del("a") // want `^error returned by del is not checked; handle or return it$`
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() (T, error) { return b.v, nil }

func (b *Box[T]) Twice() (T, error) {
	v, err := b.Get()
	if err != nil {
		return v, err
	}
	return b.Get()
}

func Recurse(c *Client, n int) error {
	if n == 0 {
		return nil
	}
	if err := Recurse(c, n-1); err != nil {
		return err
	}
	return c.Delete("a")
}

func Switch(c *Client) error {
	switch err := c.Delete("a"); {
	case errors.Is(err, initErr): // read in the case expression
		return nil
	case err != nil:
		return err
	}
	return nil
}

func Labeled(c *Client, names [][]string) error {
outer:
	for _, ns := range names {
		for _, n := range ns {
			if err := c.Delete(n); err != nil {
				continue outer // skipping a failed group is a decision of the loop
			}
		}
	}
	return nil
}
