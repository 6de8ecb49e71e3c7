// Command apierrlint-sarif converts apierrlint's JSON output into SARIF
// 2.1.0, the format of GitHub code scanning and other dashboards:
//
//	apierrlint -json ./... | apierrlint-sarif > apierrlint.sarif
//	go vet -vettool=$(command -v apierrlint) -json ./... 2>&1 | apierrlint-sarif > apierrlint.sarif
//
// The rules' ids, descriptions, help text, help URLs and default levels
// come from apierrlint's registry, so they match the README and the
// linter that produced the findings. Paths inside the directory given with
// -root (the current directory by default) become relative URIs under
// %SRCROOT%, as code scanning expects; others stay absolute file URIs.
//
// apierrlint -format=sarif ./... writes the same log directly; this
// command is for output saved with -json, or go vet's.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apierrlint/apierrlint/internal/sarif"
)

func main() {
	root := flag.String("root", ".", "directory that relative result URIs start from (%SRCROOT%)")
	flag.Usage = func() {
		if _, err := fmt.Fprintf(flag.CommandLine.Output(), "usage: apierrlint -json ./... | apierrlint-sarif [-root dir] [file]\n\n"); err != nil {
			return // no terminal to print the usage on
		}
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := convert(flag.Arg(0), *root); err != nil {
		fail(err)
	}
}

// convert converts the file named (standard input when name is empty) to
// standard output.
func convert(name, root string) error {
	in := io.Reader(os.Stdin)
	if name != "" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close() //nolint:errcheck // read only: a close error loses nothing
		in = f
	}
	log, err := sarif.Convert(in, root)
	if err != nil {
		return err
	}
	return log.Write(os.Stdout)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "apierrlint-sarif:", err)
	os.Exit(1)
}
