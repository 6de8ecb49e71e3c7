// Package cobra is a stub of github.com/spf13/cobra's Command output.
package cobra

import (
	"io"
	"os"
)

type Command struct {
	out, err io.Writer
	Run      func(cmd *Command, args []string)
}

func (c *Command) OutOrStdout() io.Writer {
	if c.out != nil {
		return c.out
	}
	return os.Stdout
}

func (c *Command) ErrOrStderr() io.Writer {
	if c.err != nil {
		return c.err
	}
	return os.Stderr
}

func (c *Command) OutOrStderr() io.Writer { return c.ErrOrStderr() }

func (c *Command) SetOut(w io.Writer) { c.out = w }

func (c *Command) Usage() error {
	_, err := io.WriteString(c.OutOrStderr(), "usage\n")
	return err
}

func (c *Command) Help() error {
	_, err := io.WriteString(c.OutOrStdout(), "help\n")
	return err
}

func (c *Command) Execute() error { return nil }
