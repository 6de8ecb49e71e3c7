package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer"
)

// Exit codes of the command, as the README documents them.
const (
	exitOK       = 0
	exitFailure  = 1 // the packages could not be loaded or an analysis failed
	exitUsage    = 2 // a malformed option; nothing analyzed
	exitFindings = 3
)

// options is a parsed command line.
type options struct {
	format   string // text, json or sarif
	fix      bool
	diff     bool
	context  int  // lines of context around a text finding; -1 none
	tests    bool // report in _test.go files too
	tags     string
	cache    bool
	root     string   // -sarif.root
	forward  []string // the rules' flags, as the vet tool takes them
	patterns []string

	analyzers []*analysis.Analyzer // parsed by the command line, for the digest
}

const usageHead = `apierrlint finds error-handling bugs in Go code that talks to APIs.

Usage:
  apierrlint [flags] [packages]     # such as apierrlint ./...
  apierrlint help RULE              # a rule's documentation and options
  apierrlint digest [rule flags]    # the -apierrlint.digest for go vet with those flags

Findings go to standard output, one a line, ending with the rule's name:
  file.go:12:5: message (errorder)
Exit status: 0 no findings, 1 the packages could not be loaded or an
analysis failed, 2 a malformed option, 3 findings.

The rules run through go vet with this binary as the vet tool, so that
go's build cache keeps each package's results: a second run re-analyzes
only the packages that changed and those that import them. The cache is
go's own (go env GOCACHE); APIERRLINT_CACHE=DIR uses DIR instead; go clean
-cache clears it; -cache=false analyzes every package again.

Flags:
`

// parse parses the command line. It returns the exit code to end with
// when the command must not go on (a usage error, or -help).
func parse(args []string, stdout, stderr *printer) (*options, int, bool) {
	o := &options{context: -1, tests: true, cache: true}
	fs := flag.NewFlagSet("apierrlint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var jsonOut bool
	fs.BoolVar(&jsonOut, "json", false, "print the findings as JSON, the analysis framework's format (same as -format=json); exits 0 with findings")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif (SARIF 2.1.0, for code scanning)")
	fs.StringVar(&o.format, "f", "text", "short for -format")
	fs.StringVar(&o.root, "sarif.root", ".", "with -format=sarif, the directory that relative result URIs start from (%SRCROOT%)")
	fs.BoolVar(&o.fix, "fix", false, "apply the rules' suggested fixes, in rounds until none is left")
	fs.BoolVar(&o.diff, "diff", false, "print the fixes as a unified diff instead of applying them (implies -fix)")
	fs.IntVar(&o.context, "c", -1, "show each finding's line with this many lines of context")
	fs.BoolVar(&o.tests, "test", true, "report findings in _test.go files too")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags, as for go build")
	fs.BoolVar(&o.cache, "cache", true, "reuse the results of packages that did not change (false: analyze every package again)")

	o.analyzers = analyzer.All()
	rules := map[string]bool{}
	for _, r := range analyzer.Rules() {
		rules[r.Analyzer.Name] = true
	}
	for _, a := range o.analyzers {
		if rules[a.Name] {
			fs.Var(&forward{name: a.Name, v: new(boolFlag), rec: &o.forward, isBool: true}, a.Name,
				"run only the rules named by such flags ("+firstLine(a.Doc)+")")
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			fw := &forward{name: name, v: f.Value, rec: &o.forward}
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				fw.isBool = true
			}
			switch name {
			case analyzer.ConfigAnalyzerName + ".config":
				fw.rewrite = absPath
			case "errcode.catalog":
				fw.rewrite = absCatalog
			case analyzer.ConfigAnalyzerName + ".digest":
				return // the command computes it
			}
			fs.Var(fw, name, f.Usage)
		})
	}
	// The flag package calls Usage on every parse error; the usage is
	// printed only when asked for, and an error gets one line instead.
	fs.Usage = func() {}
	usage := func() {
		stdout.printf("%s", usageHead)
		fs.SetOutput(stdout.w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}

	digestOnly := len(args) > 0 && args[0] == "digest"
	if digestOnly {
		args = args[1:]
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return nil, exitOK, false
		}
		stderr.printf("apierrlint: %v\n", err)
		stderr.printf("run 'apierrlint -help' for usage\n")
		return nil, exitUsage, false
	}
	if digestOnly {
		// apierrlint digest FLAGS: the -apierrlint.digest for go vet with
		// the same flags.
		d, err := analyzer.Digest(o.analyzers)
		if err != nil {
			stderr.printf("apierrlint: %v\n", err)
			return nil, exitUsage, false
		}
		if d != "" {
			stdout.printf("%s\n", d)
		}
		return nil, exitOK, false
	}
	if jsonOut {
		o.format = "json"
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		stderr.printf("apierrlint: -format=%s: want text, json or sarif\n", o.format)
		stderr.printf("run 'apierrlint -help' for usage\n")
		return nil, exitUsage, false
	}
	if o.diff {
		o.fix = true
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 1 && o.patterns[0] == "help" {
		usage()
		stdout.printf("\nRules (apierrlint help RULE for one):\n")
		for _, r := range analyzer.Rules() {
			stdout.printf("  %-10s %s\n", r.Analyzer.Name, firstLine(r.Analyzer.Doc))
		}
		return nil, exitOK, false
	}
	if len(o.patterns) == 0 {
		stderr.printf("apierrlint: no packages named, such as ./...\n")
		stderr.printf("run 'apierrlint -help' for usage\n")
		return nil, exitUsage, false
	}
	for _, p := range o.patterns {
		if strings.HasPrefix(p, "-") {
			stderr.printf("apierrlint: flag %s after the packages: give the flags first\n", p)
			stderr.printf("run 'apierrlint -help' for usage\n")
			return nil, exitUsage, false
		}
	}
	return o, 0, true
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// forward is one of the rules' flags: the command checks its value as the
// vet tool will (a malformed file is a usage error here, before go vet
// starts) and records it for the vet tool's command line.
type forward struct {
	name    string
	v       flag.Value
	rec     *[]string
	rewrite func(string) string // paths made absolute: go vet runs the tool in each package's directory
	isBool  bool
}

func (f *forward) String() string {
	if f == nil || f.v == nil {
		return ""
	}
	return f.v.String()
}

func (f *forward) Set(s string) error {
	if err := f.v.Set(s); err != nil {
		return err
	}
	if f.rewrite != nil {
		s = f.rewrite(s)
	}
	*f.rec = append(*f.rec, "-"+f.name+"="+s)
	return nil
}

func (f *forward) IsBoolFlag() bool { return f.isBool }

type boolFlag bool

func (b *boolFlag) String() string {
	if b == nil {
		return "false"
	}
	return fmt.Sprint(bool(*b))
}

func (b *boolFlag) Set(s string) error {
	v, err := parseBool(s)
	*b = boolFlag(v)
	return err
}

func (*boolFlag) IsBoolFlag() bool { return true }

func parseBool(s string) (bool, error) {
	switch s {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, errors.New("parse error")
}

func absPath(p string) string {
	if p == "" {
		return p
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// absCatalog makes the file of a -errcode.catalog value absolute.
func absCatalog(s string) string {
	kvs := strings.Split(s, ",")
	for i, kv := range kvs {
		if f, ok := strings.CutPrefix(kv, "file="); ok {
			kvs[i] = "file=" + absPath(f)
		}
	}
	return strings.Join(kvs, ",")
}

// frontEnd runs the command and returns its exit code.
func frontEnd(args []string) int {
	stdout, stderr := &printer{w: os.Stdout}, &printer{w: os.Stderr}
	code := run(args, stdout, stderr)
	if stdout.err != nil {
		stderr.printf("apierrlint: writing the output: %v\n", stdout.err)
		return exitFailure
	}
	return code
}

// A printer writes to w and keeps the first error of a write, so that
// output lost (a closed pipe, a full disk) fails the command.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func run(args []string, stdout, stderr *printer) int {
	o, code, ok := parse(args, stdout, stderr)
	if !ok {
		return code
	}
	digest, err := analyzer.Digest(o.analyzers)
	if err != nil {
		stderr.printf("apierrlint: %v\n", err)
		return exitUsage
	}
	if !o.cache {
		// A value go vet has never seen puts every package's vet action
		// under a new key; the tool ignores what follows the "+".
		var nonce [8]byte
		_, _ = rand.Read(nonce[:])
		digest += "+" + hex.EncodeToString(nonce[:])
	}
	if digest != "" {
		o.forward = append(o.forward, "-"+analyzer.ConfigAnalyzerName+".digest="+digest)
	}
	if o.fix {
		return fixRounds(o, stdout, stderr)
	}
	res, err := runVet(o, nil)
	if err != nil {
		stderr.printf("apierrlint: %v\n", err)
		return exitFailure
	}
	stderr.printf("%s", res.stderr)
	return render(o, res, stdout, stderr)
}

// vetResult is what one go vet run reported.
type vetResult struct {
	trees  []tree // one per unit, in vet's order
	stderr []byte // go vet's own messages: load and type errors
	failed bool   // go vet exited non-zero
}

// tree is the analysis framework's JSON output of one unit: package ID ->
// analyzer -> diagnostics, or {"error": "..."}.
type tree map[string]map[string]json.RawMessage

// runVet runs go vet with this binary as the vet tool on o's packages,
// with overlay (a go build -overlay file) when not empty.
func runVet(o *options, overlay map[string]string) (res *vetResult, err error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find this program's executable to run as go vet's vet tool: %v", err)
	}
	args := []string{"vet", "-vettool=" + exe, "-json"}
	if o.tags != "" {
		args = append(args, "-tags="+o.tags)
	}
	if len(overlay) > 0 {
		f, err := os.CreateTemp("", "apierrlint-overlay-*.json")
		if err != nil {
			return nil, err
		}
		defer func() {
			if rerr := os.Remove(f.Name()); rerr != nil && err == nil {
				res, err = nil, rerr
			}
		}()
		data, err := json.Marshal(map[string]any{"Replace": overlay})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(data); err != nil {
			return nil, err
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
		args = append(args, "-overlay="+f.Name())
	}
	args = append(args, o.forward...)
	args = append(args, o.patterns...)
	cmd := exec.Command("go", args...)
	cmd.Env = os.Environ()
	if dir := os.Getenv("APIERRLINT_CACHE"); dir != "" {
		cmd.Env = append(cmd.Env, "GOCACHE="+dir)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	res = &vetResult{}
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return nil, fmt.Errorf("running go vet: %v", err)
		}
		res.failed = true
	}
	res.stderr = unoverlay(stderr.Bytes())
	dec := json.NewDecoder(bytes.NewReader(unoverlay(stdout.Bytes())))
	for {
		var t tree
		if err := dec.Decode(&t); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading go vet's JSON output: %v", err)
		}
		res.trees = append(res.trees, t)
	}
	return res, nil
}

// A diagnostic is one finding of the analysis framework's JSON output.
type diagnostic struct {
	Category       string        `json:"category,omitempty"`
	Posn           string        `json:"posn"`
	End            string        `json:"end,omitempty"`
	Message        string        `json:"message"`
	SuggestedFixes []suggested   `json:"suggested_fixes,omitempty"`
	Related        []relatedInfo `json:"related,omitempty"`

	rule string
}

type suggested struct {
	Message string `json:"message"`
	Edits   []edit `json:"edits"`
}

type edit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type relatedInfo struct {
	Posn    string `json:"posn"`
	End     string `json:"end,omitempty"`
	Message string `json:"message"`
}

// failure is an analysis that failed on a package.
type failure struct{ pkg, rule, msg string }

// findings returns every diagnostic of res, and the analyses that failed.
// A rule's name is kept; the registry's internal analyzers (the taxonomy,
// the configuration file) are named "apierrlint" in failures.
func findings(res *vetResult) ([]diagnostic, []failure) {
	rules := map[string]bool{}
	for _, r := range analyzer.Rules() {
		rules[r.Analyzer.Name] = true
	}
	var diags []diagnostic
	var fails []failure
	for _, t := range res.trees {
		for _, pkg := range sortedKeys(t) {
			for _, name := range sortedKeys(t[pkg]) {
				raw := t[pkg][name]
				var ds []diagnostic
				if err := json.Unmarshal(raw, &ds); err == nil {
					for i := range ds {
						ds[i].rule = name
					}
					diags = append(diags, ds...)
					continue
				}
				var e struct{ Error string }
				if err := json.Unmarshal(raw, &e); err != nil {
					e.Error = "unreadable result of the vet tool: " + err.Error()
				}
				rule := name
				if !rules[rule] {
					rule = ""
				}
				f := failure{pkg, rule, e.Error}
				if !slices.Contains(fails, f) {
					fails = append(fails, f)
				}
			}
		}
	}
	return diags, fails
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
