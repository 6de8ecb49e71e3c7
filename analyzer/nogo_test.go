package analyzer_test

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer"
	"github.com/apierrlint/apierrlint/analyzer/errcode"
	"github.com/apierrlint/apierrlint/analyzer/errdrop"
	"github.com/apierrlint/apierrlint/analyzer/errorder"
)

// nogoAnalyzers are the variables Bazel's nogo reads: it takes an
// analyzer as a go_library whose package exports a variable named
// Analyzer, and keys its configuration (analyzer_flags, only_files, ...)
// by the analyzer's Name. Each rule's package is listed here by its
// import path's last element, the rule's name.
var nogoAnalyzers = map[string]*analysis.Analyzer{
	"errorder": errorder.Analyzer,
	"errcode":  errcode.Analyzer,
	"errdrop":  errdrop.Analyzer,
}

// TestNogoShape checks that every rule fits nogo: its package exports
// Analyzer, named as the rule, valid with its requirements, and its facts,
// and those of every analyzer it requires, survive a gob round trip as
// nogo's driver encodes them (the fact behind an analysis.Fact interface).
// That no option is required is shown by the rules' own tests, which run
// each exported Analyzer with no flag set.
func TestNogoShape(t *testing.T) {
	rules := analyzer.Rules()
	if len(rules) != len(nogoAnalyzers) {
		t.Fatalf("the registry has %d rules, nogoAnalyzers %d: list every rule's package here", len(rules), len(nogoAnalyzers))
	}
	var all []*analysis.Analyzer
	for _, r := range rules {
		name := r.Analyzer.Name
		a := nogoAnalyzers[name]
		if a == nil {
			t.Errorf("rule %s: no exported Analyzer in nogoAnalyzers", name)
			continue
		}
		if a.Name != name {
			t.Errorf("package %s exports an Analyzer named %q", name, a.Name)
		}
		if a.Run == nil || a.Doc == "" || a.URL == "" {
			t.Errorf("%s.Analyzer lacks Run, Doc or URL", name)
		}
		all = append(all, a)
	}
	if err := analysis.Validate(all); err != nil {
		t.Fatal(err)
	}

	seen := map[reflect.Type]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		for _, f := range a.FactTypes {
			typ := reflect.TypeOf(f)
			if seen[typ] {
				continue
			}
			seen[typ] = true
			roundTrip(t, a.Name, f)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range all {
		visit(a)
	}
	if len(seen) == 0 {
		t.Fatal("no fact types: the taxonomy's facts are not reached from the rules")
	}
}

// roundTrip encodes a fact of f's type with every exported field set, as
// the drivers do (behind the analysis.Fact interface), decodes it and
// compares.
func roundTrip(t *testing.T, analyzer string, f analysis.Fact) {
	t.Helper()
	typ := reflect.TypeOf(f)
	if typ.Kind() != reflect.Pointer {
		t.Errorf("%s: fact type %v is not a pointer", analyzer, typ)
		return
	}
	v := reflect.New(typ.Elem())
	if err := fill(v.Elem(), 0); err != nil {
		t.Errorf("%s: fact type %v: %v", analyzer, typ, err)
		return
	}
	want := v.Interface().(analysis.Fact)
	gob.Register(want)
	type envelope struct{ Fact analysis.Fact }
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(envelope{want}); err != nil {
		t.Errorf("%s: fact type %v does not gob-encode: %v", analyzer, typ, err)
		return
	}
	var got envelope
	if err := gob.NewDecoder(&buf).Decode(&got); err != nil {
		t.Errorf("%s: fact type %v does not gob-decode: %v", analyzer, typ, err)
		return
	}
	if !reflect.DeepEqual(got.Fact, want) {
		t.Errorf("%s: fact type %v changes in a gob round trip:\n got %#v\nwant %#v", analyzer, typ, got.Fact, want)
	}
}

// fill sets every exported field of v, recursively, to a value that is
// not the zero value (gob drops zero values, which a round trip of the
// zero fact would not notice), with one element in each slice.
func fill(v reflect.Value, depth int) error {
	if depth > 8 {
		return nil // a recursive type: leave the rest zero
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("s")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		if err := fill(s.Index(0), depth+1); err != nil {
			return err
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			if err := fill(v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if err := fill(p.Elem(), depth+1); err != nil {
			return err
		}
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue // gob ignores it
			}
			if err := fill(v.Field(i), depth+1); err != nil {
				return err
			}
		}
	default:
		return &fillError{v.Type()}
	}
	return nil
}

type fillError struct{ t reflect.Type }

func (e *fillError) Error() string {
	return "has a field of type " + e.t.String() + ", which the test cannot fill: check by hand that gob encodes it, and teach fill"
}
