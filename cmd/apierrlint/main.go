// Command apierrlint finds error-handling bugs in Go code that talks to APIs.
//
// The same binary has two faces. Run by a user (apierrlint ./...), it is a
// front end: it parses the options, runs the rules through go vet with
// itself as the vet tool (go vet -vettool=<this binary> -json), so that the
// go command's cache keeps every package's facts and findings between
// runs, and renders what vet reports: text on standard output with the
// rule's name at the end of each line, JSON, or SARIF; -fix and -diff
// apply the fixes in rounds to a fixed point. Run by go vet (-V=full,
// -flags, a .cfg file), it is the vet tool itself: multichecker's
// unitchecker, every rule of the registry in package analyzer.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/apierrlint/apierrlint/analyzer"
)

func main() {
	if vetTool(os.Args[1:]) {
		logUnit(os.Args[1:])
		all := analyzer.All()
		if factsOnly(os.Args[1:]) {
			skipRules(all)
		}
		multichecker.Main(all...)
		return
	}
	os.Exit(frontEnd(os.Args[1:]))
}

// vetTool reports whether the arguments are go vet's, which the vet tool
// protocol fixes: -V=full (the tool's identity, for go's cache key),
// -flags (the flags go vet may pass through), and a unit's .cfg file as
// the last argument; or help on one rule (apierrlint help errcode), which
// the analysis framework prints.
func vetTool(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	if len(args) >= 2 && args[0] == "help" {
		return true
	}
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "flags", "V", "V=full":
			if strings.HasPrefix(a, "-") {
				return true
			}
		}
	}
	return false
}

// logUnit appends the package of a unit that go vet runs the tool on to the
// file APIERRLINT_VETLOG names, if any: how the tests prove that a run
// analyzed only the packages that changed (a unit go vet finds in its
// cache runs no tool).
func logUnit(args []string) {
	name := os.Getenv("APIERRLINT_VETLOG")
	if name == "" || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return
	}
	var cfg struct {
		ID       string
		VetxOnly bool
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil || json.Unmarshal(data, &cfg) != nil {
		return // the vet tool reports an unreadable .cfg itself
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return
	}
	_, werr := fmt.Fprintf(f, "%s\n", cfg.ID)
	if err := f.Close(); err != nil || werr != nil {
		return // the log is the tests' business: they notice a unit missing
	}
}

// factsOnly reports whether go vet runs the tool on a unit for its facts
// alone (VetxOnly: a dependency of the packages named, the standard
// library included), where no diagnostic is reported.
func factsOnly(args []string) bool {
	cfg := args[len(args)-1]
	if !strings.HasSuffix(cfg, ".cfg") {
		return false
	}
	var c struct{ VetxOnly bool }
	data, err := os.ReadFile(cfg)
	return err == nil && json.Unmarshal(data, &c) == nil && c.VetxOnly
}

// skipRules makes the rules of all do nothing. unitchecker runs, on a
// unit for facts alone, every analyzer that needs facts, and a rule that
// merely requires the taxonomy pass needs them: it would walk every
// dependency in full to report what unitchecker then drops. The rules
// export no facts (the taxonomy pass, which they require and which still
// runs, does), so their runs there are waste; their flags stay, since go
// vet passes them to every unit.
func skipRules(all []*analysis.Analyzer) {
	for _, a := range all {
		if len(a.FactTypes) == 0 {
			a.Run = func(*analysis.Pass) (any, error) { return nil, nil }
		}
	}
}
