package taxonomy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

var ngrokCatalog = filepath.Join("..", "..", "..", "shared", "data", "ngrok-error-codes.txt")

func TestParseTextCatalog(t *testing.T) {
	c, err := taxonomy.ParseCodeCatalog("codes.txt", []byte("\ufeff# comment\n\nE1 not found\n  E2\tconflict  \n# E3\nE4\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range c.Codes {
		got = append(got, k.Value+"="+k.Message)
	}
	if want := "E1=not found E2=conflict E4="; strings.Join(got, " ") != want {
		t.Errorf("codes = %q, want %q", strings.Join(got, " "), want)
	}
}

func TestParseYAMLCatalog(t *testing.T) {
	for _, src := range []string{
		"codes:\n  - code: E1\n    message: not found\n  - E2\n",
		"- code: E1\n  message: not found\n- E2\n",
	} {
		c, err := taxonomy.ParseCodeCatalog("codes.yaml", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if len(c.Codes) != 2 || c.Codes[0].Message != "not found" || c.Codes[1].Value != "E2" {
			t.Errorf("%q: codes = %+v", src, c.Codes)
		}
	}
}

// TestMalformedCatalogs checks that every malformed catalog is an error
// naming the file and the line, not a panic.
func TestMalformedCatalogs(t *testing.T) {
	for _, tc := range []struct{ file, src, want string }{
		{"a.txt", "E1\nE2\nE1 again\n", `a.txt:3: duplicate code "E1", first on line 1`},
		{"a.txt", "E1\n\"E2\"\n", `a.txt:2: code "\"E2\"" contains '"'`},
		{"a.txt", "# only a comment\n", "a.txt: the catalog has no codes"},
		{"a.txt", "E1\n\xff\n", "a.txt: not UTF-8 text"},
		{"a.yaml", "codes:\n  - code: E1\n  - message: no code\n", "a.yaml:3: an entry without \"code\""},
		{"a.yaml", "codes:\n  - code: E1\n    mesage: typo\n", `a.yaml:3: unknown key "mesage", want "code" or "message"`},
		{"a.yaml", "errors:\n  - E1\n", `a.yaml:1: unknown key "errors", want "codes"`},
		{"a.yaml", "codes:\n  - [E1, E2]\n", `a.yaml:2: want a code or a mapping with "code"`},
		{"a.yaml", "codes: E1\n", "a.yaml:1: want a list of codes"},
		{"a.yaml", "codes:\n  - code: E1\n  - code: E1\n", `a.yaml:3: duplicate code "E1", first on line 2`},
		{"a.yaml", "codes:\n\t- E1\n", "a.yaml: yaml: line 2:"},
		{"a.yml", "", "a.yml: the catalog has no codes"},
	} {
		_, err := taxonomy.ParseCodeCatalog(tc.file, []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: error %v, want %q", tc.file, tc.src, err, tc.want)
		}
	}
}

func TestCodeFormat(t *testing.T) {
	f, err := taxonomy.ParseCodeFormat("ERR_NGROK_%d")
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Apply("7014"); got != "ERR_NGROK_7014" {
		t.Errorf("Apply = %q", got)
	}
	if v, ok := f.Invert("ERR_NGROK_7014"); !ok || v != "7014" {
		t.Errorf("Invert = %q, %v", v, ok)
	}
	if _, ok := f.Invert("ERR_NGROK_x"); ok {
		t.Errorf("Invert accepted a non-number for %%d")
	}
	if f, err := taxonomy.ParseCodeFormat("100%%-%s"); err != nil || f.Apply("x") != "100%-x" {
		t.Errorf("%%%% format: %v", err)
	}
	for _, bad := range []string{"E%d%d", "E", "E%x", "E%"} {
		if _, err := taxonomy.ParseCodeFormat(bad); err == nil {
			t.Errorf("format %q accepted", bad)
		}
	}
}

func TestNgrokCatalogLoads(t *testing.T) {
	if _, err := os.Stat(ngrokCatalog); err != nil {
		t.Skipf("the ngrok catalog %s is absent (it lives outside the repository, in shared/data): %v", ngrokCatalog, err)
	}
	c, err := taxonomy.LoadCodeCatalog(ngrokCatalog)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Codes) != 1608 {
		t.Errorf("%d codes, want 1608", len(c.Codes))
	}
	f, err := taxonomy.ParseCodeFormat("ERR_NGROK_%d")
	if err != nil {
		t.Fatal(err)
	}
	set := taxonomy.CatalogCodeSet(c, f)
	if !set.Numeric || !set.Known("7014") || set.Known("7003") {
		t.Errorf("through ERR_NGROK_%%d: numeric %v, 7014 known %v, 7003 known %v", set.Numeric, set.Known("7014"), set.Known("7003"))
	}
}

func BenchmarkCatalogLoad(b *testing.B) {
	if _, err := os.Stat(ngrokCatalog); err != nil {
		b.Skipf("the ngrok catalog %s is absent: %v", ngrokCatalog, err)
	}
	data, err := os.ReadFile(ngrokCatalog)
	if err != nil {
		b.Fatal(err)
	}
	f, err := taxonomy.ParseCodeFormat("ERR_NGROK_%d")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		c, err := taxonomy.ParseCodeCatalog("ngrok-error-codes.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		taxonomy.CatalogCodeSet(c, f)
	}
}
