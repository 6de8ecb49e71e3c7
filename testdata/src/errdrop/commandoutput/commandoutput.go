// Package commandoutput holds a CLI printing through its cobra command's
// output stream, the standard stream unless the program set another
// (go-containerregistry's crane: fmt.Fprintln(cmd.OutOrStdout(), digest),
// and list(ctx, cmd.OutOrStdout(), ...) writing to its w io.Writer): the
// same as fmt.Println.
package commandoutput

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func list(w io.Writer, tags []string) {
	for _, t := range tags {
		fmt.Fprintln(w, t) // not reported: w is only ever a command's output
	}
}

func commands() *cobra.Command {
	return &cobra.Command{
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintln(cmd.OutOrStdout(), "sha256:...")     // not reported
			fmt.Fprintf(cmd.ErrOrStderr(), "FAIL: %s\n", "x") // not reported
			out := cmd.OutOrStdout()
			fmt.Fprintln(out, "done") // not reported: an alias of the stream
			list(cmd.OutOrStdout(), args)
			cmd.Usage() // not reported: usage printed to the command's stream
		},
	}
}

// Executing the command, and writing to a file, still report.
func main() {
	cmd := commands()
	cmd.Execute()            // want `error returned by \(\*cobra\.Command\)\.Execute is not checked`
	f, _ := os.Create("out") // want `error returned by os\.Create is assigned to _`
	fmt.Fprintln(f, "x")     // want `error returned by fmt\.Fprintln is not checked`
}
