package suppress

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// spansSrc is the source of TestSpans. A directive's expected span is
// after "want" on its line, as "from-to".
const spansSrc = `package p //nolint:all want 1-1

func f(ok bool) {
	//nolint:all want 4-8
	g(1,
		2,
		3,
	)
	g(4) //nolint:all want 9-9
	if ok { //nolint:all want 10-14
		g(5)
	} else {
		g(6)
	}
	/* a */ //nolint:all want 15-16
	g(7)
	//nolint:all want 17-19
	// more
	g(8)
	//nolint:all want 20-21

	g(9)
	switch {
	//nolint:all want 24-26
	case ok:
		g(10)
	}
	g(11); g(12,
		13) //nolint:all want 29-29
}

//nolint:all want 32-35
var (
	a = 1
)

func g(...int) {} //nolint:all want 37-37
//nolint:all want 38-39`

// TestSpans checks the lines each directive of spansSrc covers; the parser
// is all it needs, no types.
func TestSpans(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", spansSrc, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	tf := fset.File(f.FileStart)
	as, _ := nolints(f, "rule", false)
	var wants []string
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if _, w, ok := strings.Cut(c.Text, " want "); ok {
				wants = append(wants, w)
			}
		}
	}
	if len(as) != len(wants) {
		t.Fatalf("%d directives, %d wants", len(as), len(wants))
	}
	for i, s := range spans(tf, f, as) {
		if got := fmt.Sprintf("%d-%d", s.from, s.to); got != wants[i] {
			t.Errorf("directive on line %d covers %s, want %s", tf.Line(as[i].slash), got, wants[i])
		}
	}
	if spans(tf, &ast.File{}, nil) != nil {
		t.Error("spans of no directive is not nil")
	}
}

// BenchmarkSpans measures spans on a file of 2000 functions with a
// directive in every 20th, against parsing the same file: the walk must
// stay a small fraction of what loading a package costs anyway.
func BenchmarkSpans(b *testing.B) {
	var src strings.Builder
	src.WriteString("package p\n\nfunc g(...any) error { return nil }\n")
	for i := range 2000 {
		fmt.Fprintf(&src, "\nfunc f%d(ok bool) {\n", i)
		if i%20 == 0 {
			src.WriteString("\t//nolint:all // best effort\n")
		}
		src.WriteString("\tg(1,\n\t\t2)\n\tif ok {\n\t\tg(func() { g() })\n\t} else {\n\t\tg(3)\n\t}\n}\n")
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src.String(), parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		b.Fatal(err)
	}
	tf := fset.File(f.FileStart)
	as, _ := nolints(f, "rule", false)
	b.Run("spans", func(b *testing.B) {
		for b.Loop() {
			spans(tf, f, as)
		}
	})
	b.Run("parse", func(b *testing.B) {
		for b.Loop() {
			if _, err := parser.ParseFile(token.NewFileSet(), "p.go", src.String(), parser.ParseComments|parser.SkipObjectResolution); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// FuzzSpans checks that spans never panics, even on the partial syntax
// tree of source that does not parse, and that each span starts on its
// directive's line and does not end before it.
func FuzzSpans(f *testing.F) {
	f.Add(spansSrc)
	f.Add("package p\nfunc f() {\n\tg(1, //nolint:all\n")
	f.Add("package p //nolint:all")
	f.Fuzz(func(t *testing.T, src string) {
		fset := token.NewFileSet()
		// Source that does not parse leaves a partial tree, walked too.
		file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if file == nil {
			t.Skip(err)
		}
		tf := fset.File(file.FileStart)
		if tf == nil {
			return
		}
		as, _ := nolints(file, "rule", false)
		for i, s := range spans(tf, file, as) {
			if line := tf.Line(as[i].slash); s.from != line || s.to < s.from {
				t.Errorf("directive on line %d covers %d-%d", line, s.from, s.to)
			}
		}
	})
}
