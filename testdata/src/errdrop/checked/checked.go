// Package checked holds errors that are checked against nil and then
// dropped by a function that returns an error.
package checked

import (
	"errors"
	"log"
	"os"
)

type Client struct{}

func (c *Client) Delete(name string) error        { return nil }
func (c *Client) Get(name string) ([]byte, error) { return nil, nil }

func ReturnNil(c *Client) error {
	if err := c.Delete("a"); err != nil {
		return nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return nil loses it; return err$`
	}
	return nil
}

func ReturnValueNil(c *Client) ([]byte, error) {
	data, err := c.Get("a")
	if err != nil {
		return nil, nil // want `^error from \(\*Client\)\.Get is checked and then dropped: return nil, nil loses it; return err$`
	}
	return data, nil
}

func ReturnOtherNil(c *Client) error {
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

func ExpectedFailure(c *Client) error {
	err := c.Delete("a")
	if err == nil {
		return errors.New("delete should fail") // a test of the failure: the error is what it expects
	}
	return nil
}

func CarriesOn(c *Client) error {
	if err := c.Delete("a"); err != nil {
		log.Print("delete failed") // the body decides to carry on
	}
	return nil // not in the body of the check
}

func Exists(c *Client) (bool, error) {
	if err := c.Delete("a"); err != nil {
		return false, nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return false, nil loses it; return err$`
	}
	return true, nil
}

func NilFirst(c *Client) error {
	if err := c.Delete("a"); nil != err {
		return nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return nil loses it; return err$`
	}
	return nil
}

func InClosure(c *Client) func() error {
	return func() error {
		if err := c.Delete("a"); err != nil {
			return nil // want `^error from \(\*Client\)\.Delete is checked and then dropped: return nil loses it; return err$`
		}
		return nil
	}
}

// Negative cases.

func Logged(c *Client) error {
	if err := c.Delete("a"); err != nil {
		log.Print(err) // the error reaches someone: not lost
		return nil
	}
	return nil
}

func NotFound(c *Client) error {
	if err := c.Delete("a"); err != nil {
		if errors.Is(err, os.ErrNotExist) { // inspected: deciding to drop it is a choice
			return nil
		}
		return err
	}
	return nil
}

func Replaced(c *Client) error {
	if err := c.Delete("a"); err != nil {
		return errors.New("delete failed") // another, non-nil error is returned
	}
	return nil
}

func Cleared(c *Client) error {
	err := c.Delete("a")
	if err != nil {
		err = nil // cleared on purpose
	}
	return err
}

func NoErrorResult(c *Client) bool {
	if err := c.Delete("a"); err != nil {
		return false // the function does not return an error: the bool reports the failure
	}
	return true
}

func Skip(c *Client, names []string) error {
	for _, n := range names {
		if err := c.Delete(n); err != nil {
			continue // skipping a failed item is a decision inside the loop
		}
	}
	return nil
}

func Parameter(err error) error {
	if err != nil {
		return nil // not from a call here: a filter of its caller's errors
	}
	return nil
}

func Exits(c *Client) error {
	if err := c.Delete("a"); err != nil {
		os.Exit(1) // never returns
	}
	return nil
}

func NestedSuccess(c *Client, dirExists func() bool) error {
	if err := c.Delete("a"); err != nil {
		if dirExists() {
			return nil // nested in another condition: success found another way
		}
		return err
	}
	return nil
}

func FailureInResult(c *Client) ([]byte, error) {
	if err := c.Delete("a"); err != nil {
		return []byte{0}, nil // the result encodes the failure
	}
	return nil, nil
}

func Explained(c *Client) error {
	if err := c.Delete("a"); err != nil {
		// Not ours to report: the caller retries on its own.
		return nil
	}
	return nil
}

type checkedEntry struct{}

func (checkedEntry) Write(err error) {}

type leveled struct{ on bool }

func (l *leveled) Check(msg string) *checkedEntry {
	if !l.on {
		return nil
	}
	return &checkedEntry{}
}

// A body that logs the error under a condition of its own has read it
// (caddy's ip_matchers.go: if c := m.logger.Check(...); c != nil {
// c.Write(zap.Error(err)) }, then return false, nil).
func LoggedWhenEnabled(c *Client, l *leveled) (bool, error) {
	if err := c.Delete("a"); err != nil {
		if ce := l.Check("deleting"); ce != nil {
			ce.Write(err)
		}
		return false, nil // not reported: the body reads err
	}
	return true, nil
}
