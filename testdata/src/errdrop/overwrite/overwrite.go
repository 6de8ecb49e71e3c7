// Package overwrite holds errors assigned to a variable and lost before
// they are read on some path, and assignments that must not be reported.
package overwrite

import (
	"errors"
	"fmt"
	"log"
)

type Client struct{}

func (c *Client) Delete(name string) error        { return nil }
func (c *Client) Get(name string) ([]byte, error) { return nil, nil }

func Overwritten(c *Client) error {
	err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is overwritten on line 18 before it is checked; check it first$`
	err = c.Delete("b")
	return err
}

func OverwrittenTuple(c *Client) ([]byte, error) {
	data, err := c.Get("a") // want `^error from \(\*Client\)\.Get is overwritten on line 24 before it is checked; check it first$`
	more, err := c.Get("b")
	if err != nil {
		return nil, err
	}
	return append(data, more...), nil
}

func OverwrittenOnOnePath(c *Client, retry bool) error {
	err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is overwritten on line 34 before it is checked; check it first$`
	if retry {
		err = c.Delete("a")
	}
	return err
}

func ReturnsBeforeCheck(c *Client, cached []byte) ([]byte, error) {
	data, err := c.Get("a") // want `^error from \(\*Client\)\.Get is not checked before the return on line 42; handle or return it$`
	if cached != nil {
		return cached, nil
	}
	if err != nil {
		return nil, err
	}
	return data, nil
}

func ExplainedOnTheLine(c *Client, canceled bool) {
	err := c.Delete("a") // the early return below is explained on its line
	if canceled {
		return // the caller gave up: the error does not matter
	}
	if err != nil {
		log.Print(err)
	}
}

func OtherResultTested(c *Client) ([]byte, error) {
	data, err := c.Get("a") // the data result is tested first: it says whether the call worked
	if len(data) > 0 {
		return data, nil
	}
	if err != nil {
		return nil, err
	}
	return nil, nil
}

func Explained(c *Client, cached []byte) ([]byte, error) {
	data, err := c.Get("a") // the early return below is explained by a comment
	if cached != nil {
		// A cached copy wins; a failed refresh does not matter then.
		return cached, nil
	}
	if err != nil {
		return nil, err
	}
	return data, nil
}

func ReturnsAnotherError(c *Client) ([]byte, error) {
	data, err := c.Get("a") // the early return reports another failure
	if data == nil {
		return nil, errors.New("no data")
	}
	if err != nil {
		return nil, err
	}
	return data, nil
}

func HandedOnSomePaths(c *Client, cb func(error)) error {
	err := c.Delete("a") // an error value delivered when there is someone to deliver it to: never nil-checked
	if cb != nil {
		cb(err)
	}
	return nil
}

func CorrelatedConditions(c *Client, wantErr bool) {
	err := c.Delete("a") // the paths that skip both checks cannot happen together; no if err != nil on it
	if !wantErr && err != nil {
		log.Print(err)
	}
	if wantErr && err == nil {
		log.Print("expected an error")
	}
}

func ResetToNil(c *Client) error {
	var lastErr error
	for i := 0; i < 3; i++ {
		lastErr = nil // a deliberate reset before the next attempt
		if err := c.Delete("a"); err != nil {
			lastErr = err
		}
	}
	return lastErr
}

func SecondError(c *Client) error {
	handlerErr, err := pair() // handlerErr is a value, not pair's failure: only the last error result is
	if err != nil {
		handlerErr = fmt.Errorf("reconstructing: %w", err)
	}
	return handlerErr
}

func pair() (error, error) { return nil, nil }

func NextIteration(c *Client, names []string) error {
	var err error
	for _, n := range names {
		err = c.Delete(n) // want `^error from \(\*Client\)\.Delete is overwritten by the next loop iteration before it is checked; check it in the loop$`
	}
	return err // only the last error is returned
}

// Negative cases: each reads the error on every path, or drops it in a way
// that says it means to.

func LeavesScope(c *Client, names []string) {
	for _, n := range names {
		b, err := c.Get(n) // leaving the scope unchecked is reported only when a := shadows a checked variable
		if b == nil {
			continue
		}
		if err != nil {
			log.Print(err)
		}
	}
}

func Constructed(c *Client, verbose bool) error {
	err := fmt.Errorf("delete: %w", c.Delete("a")) // an error value built here, then refined
	if verbose {
		err = fmt.Errorf("verbose: %w", c.Delete("b"))
	}
	return err
}

var errNotHandled = errors.New("not handled")

func ReplacedBySentinel(c *Client, handled bool) error {
	err := c.Delete("a") // replaced by a sentinel on purpose, not by another call's error
	if !handled {
		err = errNotHandled
	}
	return err
}

func Checked(c *Client) error {
	err := c.Delete("a") // checked right away
	if err != nil {
		return err
	}
	err = c.Delete("b") // returned
	return err
}

func Wrapped(c *Client) error {
	err := c.Delete("a") // wrapped and returned
	return fmt.Errorf("delete: %w", err)
}

func Stored(c *Client, errs []error) []error {
	err := c.Delete("a") // stored in a slice
	return append(errs, err)
}

type result struct{ err error }

func StoredInField(c *Client, r *result) {
	err := c.Delete("a") // stored in a field
	r.err = err
}

func Sent(c *Client, ch chan<- error) {
	err := c.Delete("a") // sent on a channel
	ch <- err
}

func Handed(c *Client) {
	err := c.Delete("a") // handed to a function
	log.Println(err)
}

func Joined(c *Client) error {
	err := c.Delete("a") // merged at the join and returned
	if true {
		err = errors.Join(err, c.Delete("b"))
	}
	return err
}

func Captured(c *Client) (err error) {
	defer func() { // a deferred closure reads err after the last assignment
		if err != nil {
			log.Print(err)
		}
	}()
	err = c.Delete("a") // captured by the closure: read at exit
	err = c.Delete("b")
	return nil
}

func NamedResult(c *Client) (err error) {
	err = c.Delete("a") // a bare return returns the named result
	return
}

func Discarded(c *Client) {
	err := c.Delete("a") // _ = err discards it on purpose
	_ = err
}

func Fatal(c *Client) error {
	data, err := c.Get("a") // log.Fatal never returns, so the return below is not reached without the check
	if data == nil {
		log.Fatal("no data")
	}
	return err
}

func Panics(c *Client) error {
	data, err := c.Get("a") // a panic is not a return
	if data == nil {
		panic("no data")
	}
	return err
}

func Retry(c *Client) error {
	var err error
	for i := 0; i < 3; i++ {
		err = c.Delete("a") // read by the loop condition
		if err == nil {
			break
		}
	}
	return err
}

func Closure(c *Client) func() error {
	return func() error {
		err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is overwritten on line 269 before it is checked; check it first$`
		err = c.Delete("b")
		return err
	}
}

func Generic[T any](get func() (T, error)) (T, error) {
	v, err := get() // want `^error from get is overwritten on line 276 before it is checked; check it first$`
	v, err = get()
	return v, err
}

// Fetch returns a type parameter instantiated with error below.
func Fetch[T any]() T {
	var zero T
	return zero
}

func TypeParamError() error {
	err := Fetch[error]() // want `^error from Fetch is overwritten on line 288 before it is checked; check it first$`
	err = Fetch[error]()
	return err
}

func ReplacedByConstructed(c *Client, simulate bool) error {
	err := c.Delete("a") // replaced by a constructed error on purpose (a simulated failure)
	if simulate {
		err = errors.New("simulated failure")
	}
	return err
}

type decoder struct {
	buf  []byte
	scan int
}

func (d *decoder) refill() error { return nil }

func (d *decoder) readValue() (int, error) {
	var err error
	for {
		if d.scan < len(d.buf) {
			break // data first: the error is checked only once the buffer is scanned
		}
		if err != nil {
			return 0, err
		}
		err = d.refill() // checked by the next iteration; the return after the loop is its exit
	}
	return d.scan, nil
}
