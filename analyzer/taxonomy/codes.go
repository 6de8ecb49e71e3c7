package taxonomy

import "golang.org/x/tools/go/analysis"

// CodeSetFact records the known values of an error-code type: the
// constants of a named type declared in its package. (Being written for
// the errcode rule.)
type CodeSetFact struct{}

func (*CodeSetFact) AFact()         {}
func (*CodeSetFact) String() string { return "codeset" }

// exportCodeSets exports a CodeSetFact for each named type of the package
// that has constants of its own type.
func exportCodeSets(pass *analysis.Pass) {}
