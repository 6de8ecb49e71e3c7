// Package nolintnilerr holds returns that drop a checked error and say so
// with a golangci-lint directive (cert-manager: return nil //nolint:nilerr
// after recording an event).
package nolintnilerr

type Client struct{}

func (c *Client) Delete(name string) error { return nil }

func record(err error) {}

func quiet(c *Client) error {
	if err := c.Delete("a"); err != nil {
		record(err)
		return nil //nolint:nilerr // not reported: the directive says the drop is on purpose
	}
	return nil
}

func quietAll(c *Client) (bool, error) {
	err := c.Delete("b")
	if err != nil {
		return false, nil //nolint // not reported either
	}
	return true, nil
}

func loud(c *Client) error {
	if err := c.Delete("c"); err != nil {
		return nil // want `error from \(\*Client\)\.Delete is checked and then dropped`
	}
	return nil
}

// golangci-lint reads // nolint: nilerr, with spaces, as a directive too.
func quietSpaced(c *Client) error {
	if err := c.Delete("d"); err != nil {
		return nil // nolint: nilerr // not reported: golangci-lint's spacing
	}
	return nil
}

// A comment that only looks like a directive explains nothing: golangci-lint
// does not read //nolintx or //NOLINT as nolint.
func notDirectives(c *Client) error {
	if err := c.Delete("e"); err != nil {
		return nil /* want `error from \(\*Client\)\.Delete is checked and then dropped` */ //nolintx
	}
	if err := c.Delete("f"); err != nil {
		return nil /* want `error from \(\*Client\)\.Delete is checked and then dropped` */ //NOLINT
	}
	return nil
}
