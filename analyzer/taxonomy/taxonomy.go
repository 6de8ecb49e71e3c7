// Package taxonomy models the error taxonomies of API clients for
// apierrlint's rules: which error types, sentinels and predicates a check
// matches, whether one check covers another, and which codes an error-code
// type knows. What crosses package boundaries travels as analysis facts
// exported by Analyzer; the rules read the model through its result.
package taxonomy

import (
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Analyzer summarizes the error taxonomy a package declares and exports it
// as facts: TypeFact for error types whose Unwrap, As or Is methods prove a
// relation, SentinelFact for sentinel error variables that wrap others,
// FuncFact for functions of an error such as IsNotFound and status.Code,
// NoReturnFact for functions that never return, StoredFact for error
// types always built inside another one's field, and CodeSetFact for
// error-code types with constants. Its result is a *Model.
//
// It reports nothing. Under go vet it runs on every dependency, the
// standard library included, so it only looks at package-level
// declarations and at the bodies of the functions it summarizes, whose
// SSA form alone it builds (internal/partialssa).
var Analyzer = &analysis.Analyzer{
	Name:       "apierrtaxonomy",
	Doc:        "summarize the error taxonomy of a package as facts for apierrlint's rules",
	URL:        "https://github.com/apierrlint/apierrlint#how-it-works",
	Run:        run,
	ResultType: reflect.TypeFor[*Model](),
	FactTypes:  []analysis.Fact{new(MethodFact), new(SentinelFact), new(FuncFact), new(NoReturnFact), new(StoredFact), new(CodeSetFact), new(CodeTypesFact)},
}

// Model answers the rules' questions about error taxonomies: of the
// package under analysis and, through facts, of every package it imports.
// It is valid for the pass of the package it was made for.
type Model struct {
	pass *analysis.Pass // the taxonomy pass, whose facts the model reads

	pkgs     map[string]*types.Package    // import path -> package, built on first use
	funcs    map[*types.Func]*funcSummary // summaries of functions of an error; nil: none
	noReturn map[*types.Func]bool         // functions of this package that never return
	takenOut map[*types.TypeName]bool     // stored types this package builds or takes out

	codeTypes map[string]bool // the code types errors reach (codetypes.go); nil: not read yet
}

// Pass returns the pass of the taxonomy analyzer for the package, whose
// ImportObjectFact reads the facts of this package and its dependencies.
func (m *Model) Pass() *analysis.Pass { return m.pass }

func run(pass *analysis.Pass) (any, error) {
	m := &Model{pass: pass}
	summarizePackage(m)
	exportCodeSets(pass)
	return m, nil
}

// lookupPackage finds a package by import path among the package under
// analysis and everything it imports, directly or not.
func (m *Model) lookupPackage(path string) *types.Package {
	if m.pkgs == nil {
		m.pkgs = make(map[string]*types.Package)
		var walk func(p *types.Package)
		walk = func(p *types.Package) {
			if _, ok := m.pkgs[p.Path()]; ok {
				return
			}
			m.pkgs[p.Path()] = p
			for _, q := range p.Imports() {
				walk(q)
			}
		}
		walk(m.pass.Pkg)
	}
	return m.pkgs[path]
}
