// Package calls holds call statements whose error results are dropped,
// and calls whose results must not be reported.
package calls

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
)

type Client struct{}

func (c *Client) Delete(name string) error         { return nil }
func (c *Client) Get(name string) ([]byte, error)  { return nil, nil }
func (c Client) Ping() error                       { return nil }
func (c *Client) Lookup(name string) (error, bool) { return nil, false }
func (c *Client) Count() int                       { return 0 }

// NotFoundError is a named error type.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return e.Name + " not found" }

// APIError is an interface that embeds error.
type APIError interface {
	error
	Code() int
}

func find(name string) *NotFoundError { return nil }
func apiCall() APIError               { return nil }
func do() error                       { return nil }

func Statements(c *Client) {
	c.Delete("a")              // want `^error returned by \(\*Client\)\.Delete is not checked; handle or return it$`
	c.Ping()                   // want `^error returned by \(Client\)\.Ping is not checked; handle or return it$`
	c.Get("a")                 // want `^error returned by \(\*Client\)\.Get is not checked; handle or return it$`
	os.Remove("x")             // want `^error returned by os\.Remove is not checked; handle or return it$`
	find("x")                  // want `^error returned by find is not checked; handle or return it$`
	apiCall()                  // want `^error returned by apiCall is not checked; handle or return it$`
	fmt.Errorf("forgot %d", 1) // want `^error returned by fmt\.Errorf is not checked; handle or return it$`
	f := do
	f()                           // want `^error returned by f is not checked; handle or return it$`
	func() error { return nil }() // want `^error returned by \(func\(\) error literal\) is not checked; handle or return it$`

	c.Count()      // no error result
	c.Lookup("a")  // comma-ok: the error is a value looked up, not a failure
	_ = errors.New // not a call
}

var pkgLevel, _ = (&Client{}).Get("init") // want `^error returned by \(\*Client\)\.Get is assigned to _; handle or return it$`

func Blank(c *Client) {
	var local, _ = c.Get("a") // want `^error returned by \(\*Client\)\.Get is assigned to _; handle or return it$`
	_ = local
	_ = c.Delete("a")  // want `^error returned by \(\*Client\)\.Delete is assigned to _; handle or return it$`
	b, _ := c.Get("a") // want `^error returned by \(\*Client\)\.Get is assigned to _; handle or return it$`
	_, _ = c.Get("a")  // want `^error returned by \(\*Client\)\.Get is assigned to _; handle or return it$`
	_ = b
	var err error
	_ = err                                     // discarding a variable is a read, not a dropped call
	e, _ := c.Lookup("a")                       // comma-ok: the bool is dropped, not an error
	_, ok := errors.AsType[*NotFoundError](err) // errors.AsType: its first result is an error value, not a failure
	_, _ = e, ok
}

func DeferGo(c *Client) {
	defer c.Delete("a") // want `^error returned by \(\*Client\)\.Delete is not checked in defer; check it in a deferred func$`
	go c.Delete("b")    // want `^error returned by \(\*Client\)\.Delete is not checked in go statement; check it inside the goroutine$`
	defer func() {
		if err := c.Delete("c"); err != nil { // checked in a deferred func: fine
			fmt.Println(err)
		}
	}()
	go func() { _ = c.Ping() }() // want `^error returned by \(Client\)\.Ping is assigned to _; handle or return it$`
}

func DefaultExcludes(w io.Writer) {
	var buf bytes.Buffer
	buf.WriteString("x")   // bytes.Buffer writes cannot fail
	buf.Write([]byte("x")) // bytes.Buffer writes cannot fail
	var sb strings.Builder
	sb.WriteString("x") // strings.Builder writes cannot fail
	sb.WriteByte('x')   // strings.Builder writes cannot fail
	h := sha256.New()
	h.Write([]byte("x")) // hash writes never fail
	h32 := fnv.New32a()
	h32.Write([]byte("x"))       // hash writes never fail
	fmt.Println("x")             // fmt.Print* to stdout: excluded by default
	fmt.Printf("%d\n", 1)        // fmt.Print* to stdout: excluded by default
	fmt.Fprintln(os.Stderr, "x") // fmt.Fprint* to os.Stderr: excluded by default
	fmt.Fprintf(os.Stdout, "x")  // fmt.Fprint* to os.Stdout: excluded by default
	fmt.Fprintf(&buf, "x")       // fmt.Fprint* to a bytes.Buffer: excluded by default
	fmt.Fprint(&sb, "x")         // fmt.Fprint* to a strings.Builder: excluded by default
	io.WriteString(h, "x")       // io.WriteString to a hash: excluded by default
	buf.WriteTo(os.Stderr)       // a dump to os.Stderr: excluded like fmt.Fprint* to it
	buf.WriteTo(w)               // want `^error returned by \(\*bytes\.Buffer\)\.WriteTo is not checked; handle or return it$`
	os.Stdout.WriteString("x")   // writes to os.Stdout: excluded like fmt.Print*
	os.Stderr.Write([]byte("x")) // writes to os.Stderr: excluded like fmt.Print*
	fmt.Fprintf(w, "x")          // want `^error returned by fmt\.Fprintf is not checked; handle or return it$`
	io.WriteString(w, "x")       // want `^error returned by io\.WriteString is not checked; handle or return it$`
}

func Suppressed(c *Client) {
	c.Delete("a") //nolint:apierrlint // best effort cleanup, the janitor removes leftovers
	//apierrlint:ignore errdrop the janitor removes leftovers
	c.Delete("b")
	/* want `^apierrlint:ignore directive has no reason and silences nothing` */ //apierrlint:ignore errdrop
	c.Delete("c")                                                                // want `^error returned by \(\*Client\)\.Delete is not checked; handle or return it$`
}
