// Package iterchan holds errors that no call returns: the error of a range
// over an iterator of (value, error) pairs, and the value received from a
// channel of errors. Reduced from API clients that page listings through
// iterators (for item, err := range client.List(ctx)) and from goroutines
// that report their failure on a chan error.
package iterchan

import (
	"errors"
	"iter"
	"strings"
)

type Item struct{ Name string }

type Client struct{}

// List pages through the items; a failed page yields its error.
func (c *Client) List() iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		if !yield(Item{}, errors.New("page 2: throttled")) {
			return
		}
	}
}

// Names is an iterator of (value, value): no error to drop.
func (c *Client) Names() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {}
}

// Errors yields errors as keys: the second value is not the failure.
func (c *Client) Errors() iter.Seq2[error, int] {
	return func(yield func(error, int) bool) {}
}

// Pager is a named iterator type of its own, not iter.Seq2.
type Pager func(yield func(*Item, error) bool)

func (c *Client) Pages() Pager { return func(yield func(*Item, error) bool) {} }

func use(Item) {}

func ranges(c *Client, seq iter.Seq2[Item, error]) {
	for it := range c.List() { // want `^error yielded by \(\*Client\)\.List is not checked; range over both values and handle it$`
		use(it)
	}
	for range c.List() { // want `^error yielded by \(\*Client\)\.List is not checked; range over both values and handle it$`
	}
	for it, _ := range c.List() { // want `^error yielded by \(\*Client\)\.List is assigned to _; handle it$`
		use(it)
	}
	for it := range seq { // want `^error yielded by seq is not checked; range over both values and handle it$`
		use(it)
	}
	for it := range c.Pages() { // want `^error yielded by \(\*Client\)\.Pages is not checked; range over both values and handle it$`
		_ = it
	}
	var it Item
	var err error
	for it, _ = range c.List() { // want `^error yielded by \(\*Client\)\.List is assigned to _; handle it$`
		use(it)
	}
	for it, err = range c.List() { // not reported: the error is assigned, and read below
		use(it)
	}
	_ = err
}

func rangesChecked(c *Client) error {
	for it, err := range c.List() { // not reported: the loop checks the error
		if err != nil {
			return err
		}
		use(it)
	}
	for i := range c.Names() { // not reported: the second value is a string
		_ = i
	}
	for e := range c.Errors() { // not reported: the key is the value asked for, not a failure
		_ = e
	}
	for i := range strings.SplitSeq("a,b", ",") { // not reported: iter.Seq, one value
		_ = i
	}
	for i := range 3 { // not reported: a range over an int
		_ = i
	}
	return nil
}

func upload() error { return errors.New("upload failed") }

func receives() {
	errc := make(chan error, 1)
	go func() { errc <- upload() }()
	<-errc // want `^error received from errc is not checked; handle or return it$`

	errs := make(chan error, 1)
	go func() { errs <- upload() }()
	_ = <-errs      // want `^error received from errs is assigned to _; handle or return it$`
	_, ok := <-errs // want `^error received from errs is assigned to _; handle or return it$`
	_ = ok
	var _ = <-errs // want `^error received from errs is assigned to _; handle or return it$`
	(<-errs)       // want `^error received from errs is not checked; handle or return it$`

	done := make(chan struct{})
	select {
	case <-errc: // want `^error received from errc is not checked; handle or return it$`
	case <-done: // not reported: not a channel of errors
	}
}

func receivesChecked() error {
	errc := make(chan error, 1)
	go func() { errc <- upload() }()
	if err := <-errc; err != nil { // not reported: the value is checked
		return err
	}
	select {
	case err := <-errc: // not reported: the value is assigned
		return err
	default:
	}
	for err := range errc { // not reported: a range reads each value
		if err != nil {
			return err
		}
	}
	return nil
}

// A channel the package only ever sends nil on is a signal: waiting on it
// drops nothing.
func onlyNil() {
	ready := make(chan error)
	go func() {
		ready <- nil
		close(ready)
	}()
	<-ready // not reported: only nil is ever sent on ready
	quiet := make(chan error)
	close(quiet)
	<-quiet // not reported: nothing is ever sent on quiet
}

// A select case whose arrival is itself the failure does not need the
// value: the probe checks that nothing has arrived yet (temporal's tests).
func probe(fail func(...any)) {
	errc := make(chan error, 1)
	go func() { errc <- upload() }()
	select {
	case <-errc:
		panic("delivered too early") // the case above is not reported: its arrival is the failure
	default:
	}
	select {
	case <-errc: // want `^error received from errc is not checked; handle or return it$`
		fail("a func value is not known to fail")
	default:
	}
}

type listener struct{}

func (s *listener) Serve() error { return errors.New("closed") }
func (s *listener) Close() error { return nil }

// A receive after a shutdown waits for the goroutine the shutdown ended:
// what it sends is the shutdown's echo (the standard library's tests:
// srv.Close(); <-srvc).
func shutdown(s *listener, ok bool) {
	srvc := make(chan error, 1)
	go func() { srvc <- s.Serve() }()
	s.Close()
	<-srvc // not reported: after s.Close()
	if ok {
		<-srvc // not reported: nested, still after s.Close()
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve() }()
	func() {
		<-done // want `^error received from done is not checked; handle or return it$`
	}()
}

func cancelled(s *listener, cancel func()) {
	done := make(chan error, 1)
	go func() { done <- s.Serve() }()
	<-done // want `^error received from done is not checked; handle or return it$`
	cancel()
	<-done // not reported: after cancel()
}

// A channel that goes elsewhere may carry errors the package cannot see.
func escapes(worker func(chan<- error)) {
	errc := make(chan error, 1)
	worker(errc)
	<-errc // want `^error received from errc is not checked; handle or return it$`
}

// A channel parameter carries what the caller sends.
func param(errc <-chan error) {
	<-errc // want `^error received from errc is not checked; handle or return it$`
}

type server struct {
	done chan error // only ever sent nil in this package
	errs chan error
}

func (s *server) stop() {
	s.done <- nil
	s.errs <- upload()
}

func (s *server) wait() {
	<-s.done // not reported: the package sends only nil on the unexported field done
	<-s.errs // want `^error received from s\.errs is not checked; handle or return it$`
}

// A channel from a call is named by its callee.
func (c *Client) Watch() <-chan error { return make(chan error) }

func watch(c *Client) {
	<-c.Watch() // want `^error received from \(\*Client\)\.Watch is not checked; handle or return it$`
}
