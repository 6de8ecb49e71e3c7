// Package memory holds errors kept in memory that nobody reads: an error
// assigned in a closure to a variable of the enclosing function that is
// never read, and a slice of errors only ever appended to (reduced from
// go.temporal.io/sdk's and controllers' fan-out code).
package memory

import (
	"context"
	"errors"
	"sync"
)

type Client struct{}

func (c *Client) Upload(ctx context.Context, name string) error { return errors.New(name) }

func goroutine(ctx context.Context, c *Client) {
	err := c.Upload(ctx, "first")
	if err != nil {
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		err = c.Upload(ctx, "a") // want `^error returned by \(\*Client\)\.Upload is assigned to err in a closure and never read; check it after the closure runs, or in it$`
	}()
	wg.Wait()
}

func checkedAfter(ctx context.Context, c *Client) error {
	var err error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		err = c.Upload(ctx, "b") // not reported: err is returned after the wait
	}()
	wg.Wait()
	return err
}

func named(ctx context.Context, c *Client) (err error) {
	func() {
		err = c.Upload(ctx, "c") // not reported: a bare return reads the named result
	}()
	return
}

func inLoop(ctx context.Context, c *Client, names []string) {
	var err error
	for _, n := range names {
		if err != nil { // not reported below: the loop's next round reads it
			return
		}
		func() {
			err = c.Upload(ctx, n)
		}()
	}
}

func own(ctx context.Context, c *Client) {
	go func() {
		err := c.Upload(ctx, "d") // not reported here: the closure's own variable (the other checks judge it)
		if err != nil {
			panic(err)
		}
	}()
}

func fanOut(ctx context.Context, c *Client, names []string) {
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.Upload(ctx, n); err != nil {
				mu.Lock()
				errs = append(errs, err) // want `^errors appended to errs are never read; return them \(errors\.Join\(errs\.\.\.\)\) or handle each$`
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

func joined(ctx context.Context, c *Client, names []string) error {
	var errs []error
	for _, n := range names {
		if err := c.Upload(ctx, n); err != nil {
			errs = append(errs, err) // not reported: errs is joined and returned
		}
	}
	return errors.Join(errs...)
}

func counted(ctx context.Context, c *Client, names []string) bool {
	errs := []error{}
	for _, n := range names {
		errs = append(errs, c.Upload(ctx, n)) // not reported: len(errs) reads it
	}
	return len(errs) > 0
}

type batch struct{ errs []error }

func (b *batch) add(err error) {
	b.errs = append(b.errs, err) // not reported: a field is read elsewhere, perhaps in another package
}

func notErrors(names []string) {
	var out []string
	for _, n := range names {
		out = append(out, n) // not reported: not errors
	}
}
