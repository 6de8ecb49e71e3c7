// Package harmlessparam holds a helper that writes to an io.Writer
// parameter which every call gives a buffer (godo's strings.go:
// Stringify hands a bytes.Buffer to stringifyValue(w io.Writer, ...),
// which recurses with w and writes _, _ = w.Write([]byte{'['})).
package harmlessparam

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func Stringify(v []any) string {
	var buf bytes.Buffer
	stringifyValue(&buf, v)
	return buf.String()
}

func Describe(v []any) string {
	var sb strings.Builder
	stringifyValue(&sb, v)
	stringifyValue(os.Stderr, v)
	return sb.String()
}

func stringifyValue(w io.Writer, v []any) {
	_, _ = w.Write([]byte{'['}) // not reported: every call passes a buffer, a builder or stderr
	for i, x := range v {
		if i > 0 {
			w.Write([]byte(", ")) // not reported: the same
		}
		if inner, ok := x.([]any); ok {
			stringifyValue(w, inner) // the recursive call passes w on
			continue
		}
		fmt.Fprint(w, x) // not reported: the same
	}
	io.WriteString(w, "]") // not reported: the same
}

// Narrow: one call with another writer, an exported function, a helper
// used as a value, or a parameter that is reassigned, and the writes
// report.

func dump(w io.Writer) {
	w.Write([]byte("x")) // want `error returned by \(io\.Writer\)\.Write is not checked`
}

func callers(f *os.File) {
	var buf bytes.Buffer
	dump(&buf)
	dump(f)
}

func Exported(w io.Writer) {
	w.Write([]byte("x")) // want `error returned by \(io\.Writer\)\.Write is not checked`
}

func asValue(w io.Writer) {
	w.Write([]byte("x")) // want `error returned by \(io\.Writer\)\.Write is not checked`
}

var hook = asValue

func reassigned(w io.Writer, f *os.File) {
	w = f
	w.Write([]byte("x")) // want `error returned by \(io\.Writer\)\.Write is not checked`
}

func callReassigned(f *os.File) {
	var buf bytes.Buffer
	asValue(&buf)
	reassigned(&buf, f)
	Exported(&buf)
}

// Helpers that hand the writer on to each other (godo's stringifyValue
// calls stringifySlice(w, v), which calls stringifyValue(w, x)).

func Render(v []any) string {
	var buf bytes.Buffer
	renderValue(&buf, v)
	return buf.String()
}

func renderValue(w io.Writer, v []any) {
	w.Write([]byte("<")) // not reported: every writer reaching here is Render's buffer
	renderSlice(w, v)
}

func renderSlice(w io.Writer, v []any) {
	for _, x := range v {
		if inner, ok := x.([]any); ok {
			renderValue(w, inner)
		}
	}
	fmt.Fprint(w, ">") // not reported: the same
}

// A helper that one caller gives a file taints the helpers that hand
// their writers to it: emitValue passes w to emitSlice, which Save gives
// a file, so emitValue's writes may reach the file too.

func Save(f *os.File, v []any) {
	var buf bytes.Buffer
	emitValue(&buf, v)
	emitSlice(f, v)
}

func emitValue(w io.Writer, v []any) {
	w.Write([]byte("<")) // want `error returned by \(io\.Writer\)\.Write is not checked`
	emitSlice(w, v)
}

func emitSlice(w io.Writer, v []any) {
	for _, x := range v {
		if inner, ok := x.([]any); ok {
			emitValue(w, inner)
		}
	}
	fmt.Fprint(w, ">") // want `error returned by fmt\.Fprint is not checked`
}
