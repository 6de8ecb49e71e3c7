// Package bufferedmemory holds bufio.Writers over writers whose writes
// cannot fail (cert-manager's hack/prune-junit-xml test:
// writer := bufio.NewWriter(&output); ...; _ = writer.Flush()). A
// bufio.Writer fails only when the writer under it does.
package bufferedmemory

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func overBuffer() string {
	var output bytes.Buffer
	writer := bufio.NewWriter(&output)
	_, _ = writer.WriteString("a") // not reported: a bytes.Buffer never fails a write
	fmt.Fprintf(writer, "%d", 1)   // not reported: the same writer
	_ = writer.Flush()             // not reported: flushing into memory cannot fail
	return output.String()
}

func overBuilder() string {
	var sb strings.Builder
	var w = bufio.NewWriterSize(&sb, 64)
	w.WriteByte('x') // not reported: a strings.Builder never fails a write
	w.Flush()        // not reported: flushing into memory cannot fail
	return sb.String()
}

func overFile(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	_ = w.Flush() // want `error returned by \(\*bufio\.Writer\)\.Flush is assigned to _`
	return f.Close()
}

// Reset moves the writer onto a file, whose writes can fail.
func reset(f *os.File) {
	var output bytes.Buffer
	w := bufio.NewWriter(&output)
	w.Reset(f)
	w.Flush() // want `error returned by \(\*bufio\.Writer\)\.Flush is not checked`
}

// Assigned another writer too: not every value it holds is harmless.
func reassigned(f *os.File, toFile bool) {
	var output bytes.Buffer
	w := bufio.NewWriter(&output)
	if toFile {
		w = bufio.NewWriter(f)
	}
	w.Flush() // want `error returned by \(\*bufio\.Writer\)\.Flush is not checked`
}

// A writer handed in: what it wraps is unknown.
func param(w *bufio.Writer) {
	w.Flush() // want `error returned by \(\*bufio\.Writer\)\.Flush is not checked`
}
