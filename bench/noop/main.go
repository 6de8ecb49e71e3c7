// Command noop is the floor apierrlint is measured against: a
// multichecker with one analyzer that declares a fact type and does
// nothing, so the driver loads and type-checks every dependency from
// source, as it must for any analyzer that uses facts.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

// fact exists only so that the driver loads dependencies from source.
type fact struct{}

func (*fact) AFact() {}

var noop = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "noop does nothing; it declares a fact type so that dependencies are type-checked from source",
	FactTypes: []analysis.Fact{new(fact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(noop) }
