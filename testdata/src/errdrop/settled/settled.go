// Package settled holds the shapes whose SSA errdrop does not build
// (settled.go: the syntax settles them), each beside a small change that
// unsettles it and must still be reported: a settled set that is too broad
// loses these reports.
package settled

import (
	"errors"
	"fmt"
	"log"
)

type Client struct{}

func (c *Client) Delete(name string) error        { return nil }
func (c *Client) Get(name string) ([]byte, error) { return nil, nil }

var errOther = errors.New("other")

// Settled is every settled shape at once: nothing to report, and its SSA
// is not built.
func Settled(c *Client) ([]byte, error) {
	data, err := c.Get("a")
	if err != nil { // not dropped: the body returns it wrapped
		return nil, fmt.Errorf("get: %w", err)
	}
	if err := c.Delete("b"); err != nil { // not dropped: returned
		return nil, err
	}
	err = c.Delete("c")
	if err != nil { // not dropped: log.Fatal reads it
		log.Fatal(err)
	}
	if err = c.Delete("d"); err != nil { // not dropped: panic reads it
		panic(err)
	}
	if err := c.Delete("e"); err == nil { // == nil: only != nil checks are judged
		return data, nil
	}
	err = c.Delete("f")
	log.Print(err) // not dropped: the call statement after the assignment reads it
	err = c.Delete("g")
	return data, fmt.Errorf("g: %w", err) // not dropped: the return after the assignment reads it
}

// NoErrorResult's checks are in a function without an error result, which
// the checked-then-dropped search does not look at.
func NoErrorResult(c *Client) {
	if err := c.Delete("a"); err != nil { // no error result to return it in
		return
	}
}

// ThenReturnsNil: the body returns nil instead of err.
func ThenReturnsNil(c *Client) error {
	if err := c.Delete("a"); err != nil {
		return nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return nil loses it; return err$`
	}
	return nil
}

// ThenLogsWithoutErr: the first statement of the body does not read err.
func ThenLogsWithoutErr(c *Client) ([]byte, error) {
	data, err := c.Get("a")
	if err != nil {
		log.Print("get failed")
		return nil, nil // want `^error from \(\*Client\)\.Get is checked and then dropped: return nil, nil loses it; return err$`
	}
	return data, nil
}

// CallWithoutErr: the first statement is a call, of something else.
func CallWithoutErr(c *Client) error {
	if err := c.Delete("a"); err != nil {
		log.Print(errOther)
		return nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return nil loses it; return err$`
	}
	return nil
}

// ReturnsTheOtherError: the body returns an error variable, not the
// checked one.
func ReturnsTheOtherError(c *Client) error {
	err := c.Delete("a")
	if err != nil {
		return err
	}
	err2 := c.Delete("b")
	if err2 != nil {
		return err // want `^error from \(\*Client\)\.Delete is checked and then dropped: return err loses it \(err is nil here\); return err2$`
	}
	return nil
}

// LiteralReturnsError: the check is in a literal that returns an error,
// inside a function that does not.
func LiteralReturnsError(c *Client, run func(func() error)) {
	run(func() error {
		if err := c.Delete("a"); err != nil {
			return nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return nil loses it; return err$`
		}
		return nil
	})
}

// OverwrittenBeforeIf: err is assigned again before the if reads it.
func OverwrittenBeforeIf(c *Client) error {
	err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is overwritten on line 109 before it is checked; check it first$`
	err = c.Delete("b")
	if err != nil {
		return err
	}
	return nil
}

// ReadOneStatementLate: a return comes between the definition and the if.
func ReadOneStatementLate(c *Client, cached []byte) ([]byte, error) {
	data, err := c.Get("a") // want `^error from \(\*Client\)\.Get is not checked before the return on line 120; handle or return it$`
	if cached != nil {
		return cached, nil
	}
	if err != nil {
		return nil, err
	}
	return data, nil
}

// OverwrittenInNextInit: the next if reads err, but its init assigns err
// first.
func OverwrittenInNextInit(c *Client) error {
	err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is overwritten on line 132 before it is checked; check it first$`
	if err = c.Delete("b"); err != nil {
		return err
	}
	return nil
}

// LogsAnotherError: the call statement after the assignment reads another
// error.
func LogsAnotherError(c *Client, prev error) error {
	err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is overwritten on line 143 before it is checked; check it first$`
	log.Print(prev)
	err = c.Delete("b")
	if err != nil {
		return err
	}
	return nil
}

// TwoDefsOneCheck: the if after the assignment reads only one of the two
// errors it assigns.
func TwoDefsOneCheck(c *Client) error {
	err1, err2 := c.Delete("a"), c.Delete("b") // want `^error from \(\*Client\)\.Delete is overwritten on line 157 before it is checked; check it first$`
	if err1 != nil {
		return err1
	}
	err2 = c.Delete("c")
	if err2 != nil {
		return err2
	}
	return nil
}

// The variables below live in memory, not in SSA registers (captured by a
// literal, a named result in a function with a defer, address taken): the
// comparison reads a load, not the assigned value, so settled.go does not
// judge them and these functions are always built. None reports: the store
// into memory reads each assigned value (and the if checks it).

func CapturedByDefer(c *Client) error {
	var err error
	defer func() {
		if err != nil {
			log.Print(err)
		}
	}()
	err = c.Delete("a")
	if err != nil { // checked, though its value is not passed on
		log.Print("failed")
	}
	err = c.Delete("b")
	return err
}

func NamedWithDefer(c *Client) (err error) {
	defer log.Print("done")
	err = c.Delete("a")
	if err != nil { // checked, though its value is not passed on
		log.Print("failed")
	}
	err = c.Delete("b")
	return
}

func AddrTaken(c *Client) error {
	var err error
	p := &err
	_ = p
	err = c.Delete("a")
	if err != nil { // checked, though its value is not passed on
		log.Print("failed")
	}
	err = c.Delete("b")
	return err
}
