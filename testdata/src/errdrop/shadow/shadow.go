// Package shadow holds errors declared with := in an inner scope, so that
// the outer variable of the same name, which is checked, never sees them.
package shadow

import "log"

type Client struct{}

func (c *Client) Get(name string) ([]byte, error) { return nil, nil }
func (c *Client) Delete(name string) error        { return nil }

func ShadowedInBranch(c *Client, cleanup, verbose bool) error {
	var err error
	if cleanup {
		err := c.Delete("a") // want `^error from \(\*Client\)\.Delete is not checked on every path: := declares a new err that shadows the one on line 13, which is checked instead; assign with = or check it here$`
		if verbose {
			log.Print(err)
		}
	}
	if err != nil {
		return err
	}
	return nil
}

func ShadowedInLoop(c *Client, names []string) error {
	var err error
	for _, n := range names {
		data, err := c.Get(n)
		if err != nil {
			break
		}
		log.Print(len(data))
	}
	return err // want `^error from \(\*Client\)\.Get is checked and then dropped: return err returns the err declared on line 27, which is nil here, because := on line 29 declared a new err; assign with =$`
}

// Negative cases.

func InnerChecked(c *Client) error {
	err := c.Delete("a")
	if err != nil {
		return err
	}
	if true {
		data, err := c.Get("b") // a new err, checked in its own scope
		if err != nil {
			return err
		}
		_ = data
	}
	return err
}

func OuterAssigned(c *Client, names []string) error {
	var err error
	for _, n := range names {
		var data []byte
		data, err = c.Get(n) // assigned with =: the outer err sees it
		if err != nil {
			break
		}
		_ = data
	}
	return err
}
