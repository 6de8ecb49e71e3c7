// Command apierrlint finds error-handling bugs in Go code that talks to APIs.
//
// It runs every rule of the registry in package analyzer through
// multichecker, so the same binary works standalone (apierrlint ./...,
// -json, -fix) and as a vet tool (go vet -vettool=$(command -v apierrlint)).
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/apierrlint/apierrlint/analyzer"
)

func main() { multichecker.Main(analyzer.All()...) }
