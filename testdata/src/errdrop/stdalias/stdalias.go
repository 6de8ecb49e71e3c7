// Package stdalias holds writes to a local variable that only ever holds
// os.Stdout or os.Stderr (cert-manager's hack/extractcrd:
// outWriter := os.Stdout; ...; fmt.Fprintln(outWriter, doc)), as harmless
// as writes to the standard stream itself.
package stdalias

import (
	"fmt"
	"io"
	"os"
)

func dump(docs []string, verbose bool) {
	outWriter := os.Stdout
	var errWriter io.Writer = os.Stderr
	if verbose {
		errWriter = os.Stdout
	}
	for _, d := range docs {
		fmt.Fprintln(outWriter, d)        // not reported: only ever os.Stdout
		outWriter.Write([]byte(d))        // not reported: the same
		io.WriteString(errWriter, "done") // not reported: only ever a standard stream
	}
}

// Narrow: a variable that may hold a file, one whose address is taken,
// or one declared without a value still reports.

func toFile(name string, docs []string) {
	out := os.Stdout
	if name != "" {
		f, err := os.Create(name)
		if err != nil {
			return
		}
		out = f
	}
	fmt.Fprintln(out, docs) // want `error returned by fmt\.Fprintln is not checked`
}

func addressTaken(docs []string) {
	out := os.Stdout
	redirect(&out)
	fmt.Fprintln(out, docs) // want `error returned by fmt\.Fprintln is not checked`
}

func redirect(w **os.File) {}

func undeclared(docs []string) {
	var w io.Writer
	fmt.Fprintln(w, docs) // want `error returned by fmt\.Fprintln is not checked`
}
