package gopls_test

// End-to-end tests of gopls-apierrlint, built by build-gopls.sh (CI does
// it, see .ci/run) and named by the environment variable APIERRLINT_GOPLS.
// Without it the tests skip: building gopls takes minutes, too long for
// go test ./.... The CI step that runs them fails when they skip.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/apierrlint/apierrlint/analyzer"
)

const archivePath = "testdata/module.txtar"

// The module path of the archive's module, as gopls names its types.
const modulePath = "example.com/goplse2e"

// gopls returns the gopls-apierrlint binary, or skips the test.
func gopls(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("APIERRLINT_GOPLS")
	if bin == "" {
		t.Skip("APIERRLINT_GOPLS is not set: build the binary with gopls/build-gopls.sh and name it there")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// module writes the archive's files, less the golden ones, into a fresh
// directory, outside any testdata directory (gopls's workspace skips
// those), and returns it with the archive.
func module(t *testing.T) (string, *txtar.Archive) {
	t.Helper()
	ar, err := txtar.ParseFile(archivePath)
	if err != nil {
		t.Fatal(err)
	}
	// EvalSymlinks: gopls names files by their real path.
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		if strings.HasSuffix(f.Name, ".golden") {
			continue
		}
		writeFile(t, filepath.Join(dir, filepath.FromSlash(f.Name)), string(f.Data))
	}
	return dir, ar
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func archiveFile(t *testing.T, ar *txtar.Archive, name string) string {
	t.Helper()
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	t.Fatalf("%s has no file %s", archivePath, name)
	return ""
}

func fileURI(name string) string { return "file://" + filepath.ToSlash(name) }

// The findings user/user.go must have, as LSP ranges (zero-based lines and
// UTF-16 columns; the file is ASCII).
var wantUser = []struct {
	source  string
	rng     lspRange
	message string
}{
	{"errorder", rng(16, 11, 16, 30), `errors.As(err, &nf) can never succeed: errors.As(err, &base) on line 15 matches first (*api.NotFoundError unwraps to *api.Error); check the specific error first`},
	{"errcode", rng(25, 40, 25, 50), `"Confilct" is not a known api.Code; did you mean "Conflict" (api.CodeConflict)`}, //nolint:misspell // the misspelt code is the bug errcode reports
	{"errdrop", rng(30, 1, 30, 14), `error returned by (*api.Client).Delete is not checked; handle or return it`},
	// printf, one of gopls's own analyzers, reports beside apierrlint's.
	{"printf", rng(35, 21, 35, 23), `fmt.Sprintf format %d has arg n of wrong type string`},
}

func rng(l1, c1, l2, c2 int) lspRange {
	return lspRange{position{l1, c1}, position{l2, c2}}
}

// has reports whether ds holds a diagnostic of each of the sources and
// none of the sources in without.
func has(ds []diagnostic, with []string, without ...string) bool {
	for _, s := range with {
		if !slices.ContainsFunc(ds, func(d diagnostic) bool { return d.Source == s }) {
			return false
		}
	}
	for _, s := range without {
		if slices.ContainsFunc(ds, func(d diagnostic) bool { return d.Source == s }) {
			return false
		}
	}
	return true
}

func find(t *testing.T, ds []diagnostic, source string) diagnostic {
	t.Helper()
	for _, d := range ds {
		if d.Source == source {
			return d
		}
	}
	t.Fatalf("no %s diagnostic in:\n%s", source, describe(ds))
	return diagnostic{}
}

// initialize starts an LSP session on dir, as an editor does, and opens
// user/user.go.
func initialize(t *testing.T, c *client, dir, text string) string {
	t.Helper()
	root := fileURI(dir)
	c.call(t, "initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   root,
		"workspaceFolders": []any{
			map[string]any{"uri": root, "name": "goplse2e"},
		},
		"capabilities": map[string]any{
			"workspace": map[string]any{
				"configuration":    true,
				"workspaceFolders": true,
				"workspaceEdit":    map[string]any{"documentChanges": true},
				"didChangeWatchedFiles": map[string]any{
					"dynamicRegistration": true,
				},
			},
			"textDocument": map[string]any{
				"publishDiagnostics": map[string]any{
					"relatedInformation": true,
					"versionSupport":     true,
				},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{
							"valueSet": []string{"quickfix", "refactor", "source"},
						},
					},
				},
			},
		},
		"initializationOptions": c.settings,
	}, nil)
	c.notify("initialized", map[string]any{})
	uri := fileURI(filepath.Join(dir, "user", "user.go"))
	c.notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text},
	})
	return uri
}

// TestLSP drives gopls-apierrlint serve over stdio as an editor does: it
// opens a file with one bug of each rule and checks the published
// diagnostics, applies the quick fixes of errorder and errcode, turns a
// rule off through the analyses setting and back on, and edits the
// module's apierrlint.yml.
func TestLSP(t *testing.T) {
	bin := gopls(t)
	dir, ar := module(t)
	text := archiveFile(t, ar, "user/user.go")
	c := start(t, bin, dir, map[string]any{})
	uri := initialize(t, c, dir, text)

	all := []string{"errorder", "errcode", "errdrop", "printf"}
	p := c.waitDiagnostics(t, uri, "every rule and printf report", func(p publishDiagnostics) bool {
		return has(p.Diagnostics, all)
	})
	for _, w := range wantUser {
		d := find(t, p.Diagnostics, w.source)
		if d.Range != w.rng || d.Message != w.message {
			t.Errorf("%s diagnostic:\n got %v %q\nwant %v %q", w.source, d.Range, d.Message, w.rng, w.message)
		}
	}
	for _, rule := range []string{"errorder", "errcode", "errdrop"} {
		d := find(t, p.Diagnostics, rule)
		if d.Severity != 2 { // Warning
			t.Errorf("%s diagnostic has severity %d, want 2 (warning)", rule, d.Severity)
		}
		want := "https://github.com/apierrlint/apierrlint#" + rule
		if d.CodeDescription == nil || d.CodeDescription.Href != want {
			t.Errorf("%s diagnostic has codeDescription %+v, want the rule's URL %s", rule, d.CodeDescription, want)
		}
	}
	eo := find(t, p.Diagnostics, "errorder")
	if len(eo.RelatedInformation) != 1 {
		t.Fatalf("errorder diagnostic has %d related locations, want 1: %+v", len(eo.RelatedInformation), eo.RelatedInformation)
	}
	rel := eo.RelatedInformation[0]
	if rel.Location.URI != uri || rel.Location.Range != rng(14, 4, 14, 25) || rel.Message != "the earlier check that matches first" {
		t.Errorf("errorder related information: got %+v, want %s %v %q", rel, uri, rng(14, 4, 14, 25), "the earlier check that matches first")
	}
	// errdrop has no fix: a dropped error needs the author's handling.
	for _, d := range p.Diagnostics {
		if d.Source == "errdrop" && len(d.RelatedInformation) != 0 {
			t.Errorf("errdrop diagnostic has related information: %+v", d.RelatedInformation)
		}
	}

	t.Run("quick fixes", func(t *testing.T) {
		for _, fix := range []struct{ rule, title, golden string }{
			{"errorder", "move the specific checks first", "user/user.go.errorder.golden"},
			{"errcode", "replace with api.CodeConflict", "user/user.go.errcode.golden"},
		} {
			d := find(t, p.Diagnostics, fix.rule)
			var actions []codeAction
			c.call(t, "textDocument/codeAction", map[string]any{
				"textDocument": map[string]any{"uri": uri},
				"range":        d.Range,
				"context": map[string]any{
					"diagnostics": []diagnostic{d},
					"only":        []string{"quickfix"},
				},
			}, &actions)
			var got *codeAction
			for i := range actions {
				if actions[i].Title == fix.title {
					got = &actions[i]
				}
			}
			if got == nil {
				t.Errorf("%s: no code action %q among %+v", fix.rule, fix.title, actions)
				continue
			}
			if got.Kind != "quickfix" {
				t.Errorf("%s: code action %q has kind %q, want quickfix", fix.rule, fix.title, got.Kind)
			}
			if got.Edit == nil || len(got.Edit.DocumentChanges) != 1 || got.Edit.DocumentChanges[0].TextDocument.URI != uri {
				t.Errorf("%s: code action %q does not carry one edit of %s: %+v", fix.rule, fix.title, uri, got)
				continue
			}
			edited, err := apply(text, got.Edit.DocumentChanges[0].Edits)
			if err != nil {
				t.Errorf("%s: %v", fix.rule, err)
				continue
			}
			if want := archiveFile(t, ar, fix.golden); edited != want {
				t.Errorf("%s: the quick fix gives\n%s\nwant (%s)\n%s", fix.rule, edited, fix.golden, want)
			}
		}
	})

	t.Run("analyses turns a rule off", func(t *testing.T) {
		c.setSettings(map[string]any{"analyses": map[string]any{"errdrop": false}})
		c.waitDiagnostics(t, uri, `errdrop is gone and the other rules still report (analyses: {"errdrop": false})`, func(p publishDiagnostics) bool {
			return has(p.Diagnostics, []string{"errorder", "errcode", "printf"}, "errdrop")
		})
		c.setSettings(map[string]any{"analyses": map[string]any{"errdrop": true}})
		c.waitDiagnostics(t, uri, `errdrop is back (analyses: {"errdrop": true})`, func(p publishDiagnostics) bool {
			return has(p.Diagnostics, all)
		})
	})

	// gopls keys its analysis results by the package's sources, not by
	// apierrlint.yml: the new configuration applies when the package is
	// analyzed again, here after an edit of the open file.
	t.Run("apierrlint.yml edited", func(t *testing.T) {
		cfg := filepath.Join(dir, "apierrlint.yml")
		writeFile(t, cfg, "errdrop:\n  exclude:\n    - (*"+modulePath+"/api.Client).Delete\n")
		c.notify("workspace/didChangeWatchedFiles", map[string]any{
			"changes": []any{map[string]any{"uri": fileURI(cfg), "type": 1}},
		})
		edited := text + "\n// edited\n"
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": 2},
			"contentChanges": []any{map[string]any{"text": edited}},
		})
		c.waitDiagnostics(t, uri, "version 2 has no errdrop finding (excluded by apierrlint.yml) and the others", func(p publishDiagnostics) bool {
			return p.Version != nil && *p.Version == 2 && has(p.Diagnostics, []string{"errorder", "errcode", "printf"}, "errdrop")
		})

		// A malformed file is shown at the package clause, by each rule.
		// The edit must give the file a content it has not had: gopls
		// would reuse the results it has for the original content.
		writeFile(t, cfg, "errdrop:\n  exclud: []\n")
		c.notify("workspace/didChangeWatchedFiles", map[string]any{
			"changes": []any{map[string]any{"uri": fileURI(cfg), "type": 2}},
		})
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": 3},
			"contentChanges": []any{map[string]any{"text": text + "\n// edited again\n"}},
		})
		p := c.waitDiagnostics(t, uri, "version 3 shows the malformed apierrlint.yml", func(p publishDiagnostics) bool {
			return p.Version != nil && *p.Version == 3 && has(p.Diagnostics, []string{"errorder", "errcode", "errdrop", "printf"})
		})
		for _, rule := range []string{"errorder", "errcode", "errdrop"} {
			d := find(t, p.Diagnostics, rule)
			want := rule + " is not run: " + cfg + `:2: unknown key "errdrop.exclud" (known keys at this level: api-packages, exclude, generated, tests)`
			if d.Range != rng(1, 0, 1, 12) || d.Message != want {
				t.Errorf("%s with a malformed apierrlint.yml:\n got %v %q\nwant %v %q", rule, d.Range, d.Message, rng(1, 0, 1, 12), want)
			}
		}
	})
}

// apply applies LSP text edits to text, which must be ASCII (so that
// UTF-16 columns are byte offsets).
func apply(text string, edits []textEdit) (string, error) {
	var starts []int // offset of each line
	starts = append(starts, 0)
	for i, r := range text {
		if r == '\n' {
			starts = append(starts, i+1)
		}
	}
	offset := func(p position) (int, error) {
		if p.Line >= len(starts) {
			return 0, fmt.Errorf("edit at line %d past the end of the file", p.Line+1)
		}
		return starts[p.Line] + p.Character, nil
	}
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		s, err := offset(e.Range.Start)
		if err != nil {
			return "", err
		}
		end, err := offset(e.Range.End)
		if err != nil {
			return "", err
		}
		spans = append(spans, span{s, end, e.NewText})
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	last := 0
	for _, s := range spans {
		if s.start < last || s.end > len(text) {
			return "", fmt.Errorf("overlapping or out-of-range edits: %+v", spans)
		}
		b.WriteString(text[last:s.start])
		b.WriteString(s.text)
		last = s.end
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// checkLine is a line of gopls check or of apierrlint: file:line:col,
// optionally -endcol or -endline:endcol (gopls), then the message.
var checkLine = regexp.MustCompile(`^(.+?):(\d+):(\d+)(?:-[0-9:]+)?: (.*)$`)

// TestCheck compares gopls-apierrlint check on a file with apierrlint on
// its package: the same findings at the same places, plus printf's, which
// is gopls's own.
func TestCheck(t *testing.T) {
	bin := gopls(t)
	dir, _ := module(t)
	file := filepath.Join(dir, "user", "user.go")

	cmd := exec.Command(bin, "check", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local",
		"GOTELEMETRY=off", "GOPLSCACHE="+t.TempDir())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gopls-apierrlint check: %v\n%s", err, stderr.Bytes())
	}
	var fromGopls []string
	for line := range strings.Lines(string(out)) {
		m := checkLine.FindStringSubmatch(strings.TrimSuffix(line, "\n"))
		if m == nil {
			t.Fatalf("gopls-apierrlint check printed %q, which is no finding", line)
		}
		if m[1] != file {
			t.Errorf("gopls-apierrlint check reported on %s, want only %s", m[1], file)
		}
		if strings.HasPrefix(m[4], "- ") {
			continue // related information, which apierrlint -json keeps apart
		}
		fromGopls = append(fromGopls, m[2]+":"+m[3]+": "+m[4])
	}

	apierrlint := filepath.Join(t.TempDir(), "apierrlint")
	build := exec.Command("go", "build", "-o", apierrlint, "./cmd/apierrlint")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/apierrlint: %v\n%s", err, out)
	}
	lint := exec.Command(apierrlint, "-json", "./user")
	lint.Dir = dir
	lint.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	js, err := lint.Output()
	if err != nil {
		t.Fatalf("apierrlint -json ./user: %v", err)
	}
	var results map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal(js, &results); err != nil {
		t.Fatalf("apierrlint -json: %v\n%s", err, js)
	}
	var fromLint []string
	for _, byRule := range results {
		for _, ds := range byRule {
			for _, d := range ds {
				name, line, col, ok := splitPosn(d.Posn)
				if !ok || name != file {
					continue
				}
				fromLint = append(fromLint, strconv.Itoa(line)+":"+strconv.Itoa(col)+": "+d.Message)
			}
		}
	}
	if len(fromLint) != 3 {
		t.Fatalf("apierrlint reported %d findings on user.go, want 3 (one of each rule): %q", len(fromLint), fromLint)
	}
	printf := "36:22: fmt.Sprintf format %d has arg n of wrong type string"
	want := append(slices.Clone(fromLint), printf)
	slices.Sort(want)
	slices.Sort(fromGopls)
	if !slices.Equal(fromGopls, want) {
		t.Errorf("gopls-apierrlint check:\n%s\nwant apierrlint's findings and printf's:\n%s",
			strings.Join(fromGopls, "\n"), strings.Join(want, "\n"))
	}
}

// splitPosn splits file:line:col.
func splitPosn(posn string) (string, int, int, bool) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndexByte(posn[:i], ':')
	if j < 0 {
		return "", 0, 0, false
	}
	line, err1 := strconv.Atoi(posn[j+1 : i])
	col, err2 := strconv.Atoi(posn[i+1:])
	return posn[:j], line, col, err1 == nil && err2 == nil
}

// apiAnalyzer is an analyzer as gopls api-json describes it.
type apiAnalyzer struct {
	Name, Doc, URL string
	Default        bool
}

// TestAPIJSON checks that gopls-apierrlint api-json, which editors read to
// list the analyzers and the keys of the "analyses" setting, describes
// each rule with its Doc, URL and default, beside gopls's own.
func TestAPIJSON(t *testing.T) {
	bin := gopls(t)
	cmd := exec.Command(bin, "api-json")
	cmd.Env = append(os.Environ(), "GOTELEMETRY=off", "GOPLSCACHE="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("gopls-apierrlint api-json: %v", err)
	}
	var api struct {
		Options map[string][]struct {
			Name     string
			EnumKeys struct {
				Keys []struct{ Name, Doc, Default string }
			}
		}
		Analyzers []apiAnalyzer
	}
	if err := json.Unmarshal(out, &api); err != nil {
		t.Fatalf("gopls-apierrlint api-json: %v", err)
	}
	if !slices.ContainsFunc(api.Analyzers, func(a apiAnalyzer) bool {
		return a.Name == "printf"
	}) {
		t.Errorf("api-json lists no printf: gopls's own analyzers are missing")
	}
	var keys []struct{ Name, Doc, Default string }
	for _, opts := range api.Options {
		for _, o := range opts {
			if o.Name == "analyses" {
				keys = o.EnumKeys.Keys
			}
		}
	}
	for _, r := range analyzer.Rules() {
		a := r.Analyzer
		i := slices.IndexFunc(api.Analyzers, func(x apiAnalyzer) bool {
			return x.Name == a.Name
		})
		if i < 0 {
			t.Errorf("api-json has no analyzer %s", a.Name)
		} else if got := api.Analyzers[i]; got.Doc != a.Doc || got.URL != a.URL || got.Default != r.Default {
			t.Errorf("api-json describes %s as %+v, want its Doc, URL %s and default %t", a.Name, got, a.URL, r.Default)
		}
		j := slices.IndexFunc(keys, func(k struct{ Name, Doc, Default string }) bool {
			return k.Name == strconv.Quote(a.Name)
		})
		if j < 0 {
			t.Errorf(`api-json's "analyses" option has no key %q`, a.Name)
		} else if keys[j].Doc != a.Doc || keys[j].Default != strconv.FormatBool(r.Default) {
			t.Errorf(`api-json's "analyses" key %q: got %+v`, a.Name, keys[j])
		}
	}
}
