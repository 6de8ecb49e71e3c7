package errdrop_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/apierrlint/apierrlint/analyzer/errdrop"
)

// BenchmarkErrdrop analyses a large generated package: many functions, each
// with checked, overwritten, dropped and deferred errors, so that both the
// syntax pass and the SSA pass have work on every function.
func BenchmarkErrdrop(b *testing.B) {
	dir := b.TempDir()
	pkgDir := filepath.Join(dir, "src", "big")
	if err := os.MkdirAll(pkgDir, 0o755); err != nil {
		b.Fatal(err)
	}
	const files, funcs = 20, 100
	for f := range files {
		var sb strings.Builder
		sb.WriteString("package big\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\n")
		if f == 0 {
			sb.WriteString("type Client struct{}\n\nfunc (c *Client) Get(k string) ([]byte, error) { return nil, nil }\nfunc (c *Client) Delete(k string) error { return nil }\n\n")
		}
		for i := range funcs {
			// Each function has one overwritten error and one dropped
			// Delete; the rest is checked.
			fmt.Fprintf(&sb, `func F%d_%d(c *Client, keys []string) ([]byte, error) {
	var out []byte
	for _, k := range keys {
		data, err := c.Get(k)
		if err != nil {
			return nil, fmt.Errorf("get %%s: %%w", k, err)
		}
		out = append(out, data...)
	}
	err := c.Delete("a") // want "overwritten"
	err = c.Delete("b")
	if err != nil {
		return nil, err
	}
	c.Delete("c") // want "not checked"
	f, err := os.Create("x")
	if err != nil {
		return nil, err
	}
	defer f.Close() // want "not checked in defer"
	if _, err := f.Write(out); err != nil {
		return nil, err
	}
	return out, nil
}

`, f, i)
		}
		if err := os.WriteFile(filepath.Join(pkgDir, fmt.Sprintf("f%d.go", f)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	a := errdrop.New(errdrop.DefaultConfig())
	b.ResetTimer()
	for b.Loop() {
		analysistest.Run(b, dir, a, "big")
	}
}
