package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"log"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/packages"
)

// load finds the mutants of every package of the module in dir, tests
// included, generated files excepted.
func load(ctx context.Context, dir string, seed uint64) ([]*Mutant, error) {
	cfg := &packages.Config{
		Context: ctx,
		Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:     dir,
		Tests:   true,
		Env:     goEnv(),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var ms []*Mutant
	for _, p := range pkgs {
		if len(p.Errors) > 0 || p.TypesInfo == nil {
			continue // a package that does not build has no correct sites
		}
		decls := map[*types.Func]*ast.FuncDecl{}
		for _, f := range p.Syntax {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if fn, ok := p.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						decls[fn] = fd
					}
				}
			}
		}
		for _, f := range p.Syntax {
			name := p.Fset.File(f.Pos()).Name()
			if seen[name] || ast.IsGenerated(f) || !strings.HasSuffix(name, ".go") {
				continue
			}
			seen[name] = true
			src, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			c := &fileCtx{pkg: p, file: f, src: src, name: name, dir: filepath.Dir(name), decls: decls}
			ms = append(ms, c.mutants(c.find(), seed)...)
		}
	}
	return ms, nil
}

// diag is one finding of go vet -json.
type diag struct {
	Rule, File string
	Line, Col  int
	Message    string
}

func (d diag) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", filepath.Base(d.File), d.Line, d.Col, d.Rule, d.Message)
}

type posKey struct {
	rule, file string
	line, col  int
}

// vetter runs apierrlint as go vet's tool on the packages of one module.
type vetter struct {
	bin, mod string
	timeout  time.Duration

	mu       sync.Mutex
	baseline map[string]*baselineRun // by package directory
}

type baselineRun struct {
	once  sync.Once
	diags []diag
	err   error
}

// vet runs go vet -vettool=apierrlint -json on the package in dir, with
// an overlay if one is given. built is false when the package does not
// type-check; out is then go vet's output.
func (v *vetter) vet(ctx context.Context, dir, overlay string) (diags []diag, built bool, out string, err error) {
	rel, err := filepath.Rel(v.mod, dir)
	if err != nil {
		return nil, false, "", err
	}
	args := []string{"vet", "-vettool=" + v.bin, "-json"}
	if overlay != "" {
		args = append(args, "-overlay="+overlay)
	}
	args = append(args, "./"+filepath.ToSlash(rel))
	ctx, cancel := context.WithTimeout(ctx, v.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = v.mod
	cmd.Env = goEnv()
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return nil, false, buf.String(), fmt.Errorf("go vet %s: %w", rel, ctx.Err())
	}
	var exit *exec.ExitError
	if errors.As(runErr, &exit) {
		return nil, false, buf.String(), nil
	}
	if runErr != nil {
		return nil, false, "", runErr
	}
	diags, err = parseVetJSON(buf.Bytes())
	return diags, true, buf.String(), err
}

// parseVetJSON reads go vet -json output: "# package" lines, then one
// JSON object per package, {"pkg": {"rule": [findings] or {"error": ...}}}.
func parseVetJSON(out []byte) ([]diag, error) {
	var js bytes.Buffer
	for line := range bytes.Lines(out) {
		if !bytes.HasPrefix(line, []byte("#")) {
			js.Write(line)
		}
	}
	dec := json.NewDecoder(&js)
	seen := map[diag]bool{}
	var diags []diag
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			if err.Error() == "EOF" {
				break
			}
			return nil, fmt.Errorf("reading go vet -json: %w", err)
		}
		for _, rules := range tree {
			for rule, raw := range rules {
				var list []struct{ Posn, Message string }
				if err := json.Unmarshal(raw, &list); err != nil {
					var failed struct{ Error string }
					if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
						return nil, fmt.Errorf("%s failed: %s", rule, failed.Error)
					}
					return nil, fmt.Errorf("reading go vet -json: %w", err)
				}
				for _, d := range list {
					file, line, col := splitPosn(d.Posn)
					x := diag{Rule: rule, File: file, Line: line, Col: col, Message: d.Message}
					if !seen[x] {
						seen[x] = true
						diags = append(diags, x)
					}
				}
			}
		}
	}
	return diags, nil
}

func splitPosn(p string) (string, int, int) {
	i := strings.LastIndexByte(p, ':')
	if i < 0 {
		return p, 0, 0
	}
	j := strings.LastIndexByte(p[:i], ':')
	if j < 0 {
		return p, 0, 0
	}
	line, err1 := strconv.Atoi(p[j+1 : i])
	col, err2 := strconv.Atoi(p[i+1:])
	if err1 != nil || err2 != nil {
		return p, 0, 0
	}
	return p[:j], line, col
}

// base is the unmutated package's findings. It is a fresh run, not one
// go vet replays from its cache: file (one of the package's) is given in
// an overlay with a comment appended, which changes no line and no
// finding but the action's key. On controller-runtime's
// pkg/internal/testing/controlplane a replayed run lacked four errdrop
// findings that every fresh run of the same code has; against such a
// baseline every mutant of the package looked noisy.
func (v *vetter) base(ctx context.Context, dir, file, scratch string) ([]diag, error) {
	v.mu.Lock()
	r := v.baseline[dir]
	if r == nil {
		r = &baselineRun{}
		v.baseline[dir] = r
	}
	v.mu.Unlock()
	r.once.Do(func() {
		ov, err := writeOverlay(scratch, file, func(src []byte) []byte {
			return append(src, "\n// bench/mutate: the unmutated file\n"...)
		})
		if err != nil {
			r.err = err
			return
		}
		defer func() {
			if err := os.RemoveAll(scratch); err != nil {
				log.Print(err)
			}
		}()
		var built bool
		var out string
		r.diags, built, out, r.err = v.vet(ctx, dir, ov)
		if r.err == nil && !built {
			r.err = fmt.Errorf("the unmutated package does not pass go vet:\n%s", out)
		}
		for i := range r.diags {
			if d := &r.diags[i]; d.File != file && filepath.Base(d.File) == filepath.Base(file) {
				d.File = file
			}
		}
	})
	return r.diags, r.err
}

// writeOverlay writes edit(file's content) into scratch, and an overlay
// that replaces file by it, and returns the overlay's path.
func writeOverlay(scratch, file string, edit func([]byte) []byte) (string, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(scratch, 0o755); err != nil {
		return "", err
	}
	mfile := filepath.Join(scratch, filepath.Base(file))
	if err := os.WriteFile(mfile, edit(src), 0o644); err != nil {
		return "", err
	}
	ov, err := json.Marshal(map[string]map[string]string{"Replace": {file: mfile}})
	if err != nil {
		return "", err
	}
	ovFile := filepath.Join(scratch, "overlay.json")
	return ovFile, os.WriteFile(ovFile, ov, 0o644)
}

// outcome is what became of one mutant.
type outcome struct {
	m       *Mutant
	status  string // "unbuildable", "killed", "survived", "noisy", "pre", "error"
	module  string // root of the module copy
	inSite  []diag // findings at the site, of any rule
	noise   []diag // findings elsewhere that the unmutated package lacks
	after   []diag // findings that follow from the mutation (Mutant.Then)
	snippet string // the mutated code around the site
	detail  string
}

// try runs one mutant.
func (v *vetter) try(ctx context.Context, scratch string, m *Mutant) *outcome {
	o := &outcome{m: m, module: v.mod}
	base, err := v.base(ctx, m.Dir, m.File, scratch+"-base")
	if err != nil {
		o.status, o.detail = "error", err.Error()
		return o
	}
	src, err := os.ReadFile(m.File)
	if err != nil {
		o.status, o.detail = "error", err.Error()
		return o
	}
	mut, lo, hi := m.apply(src)
	ovFile, err := writeOverlay(scratch, m.File, func([]byte) []byte { return mut })
	defer func() {
		if err := os.RemoveAll(scratch); err != nil {
			log.Print(err)
		}
	}()
	if err != nil {
		o.status, o.detail = "error", err.Error()
		return o
	}
	diags, built, out, err := v.vet(ctx, m.Dir, ovFile)
	switch {
	case err != nil:
		o.status, o.detail = "error", err.Error()
		return o
	case !built:
		o.status, o.detail = "unbuildable", firstLines(out, 3)
		return o
	}
	loLine := 1 + bytes.Count(mut[:lo], []byte("\n"))
	hiLine := 1 + bytes.Count(mut[:hi], []byte("\n"))
	origLo := 1 + bytes.Count(src[:m.Lo], []byte("\n"))
	origHi := 1 + bytes.Count(src[:m.Hi], []byte("\n"))
	delta := bytes.Count(mut, []byte("\n")) - bytes.Count(src, []byte("\n"))
	o.snippet = snippet(mut, loLine-3, hiLine+3)
	thenLine, untilLine := 0, -1
	if m.Until > m.Then {
		thenLine = 1 + bytes.Count(src[:m.Then], []byte("\n"))
		untilLine = 1 + bytes.Count(src[:m.Until], []byte("\n"))
	}

	old := map[posKey]bool{}
	pre := false
	for _, d := range base {
		old[posKey{d.Rule, d.File, d.Line, d.Col}] = true
		if d.File == m.File && d.Rule == m.Rule && d.Line >= origLo && d.Line <= origHi {
			pre = true
		}
	}
	killed := false
	for _, d := range diags {
		// go vet replays a cached run's output, with the path of the
		// overlay file that run had: the mutated file is the one whose
		// path is not the original's but whose name is.
		if d.File != m.File && filepath.Base(d.File) == filepath.Base(m.File) {
			if d.Line >= loLine && d.Line <= hiLine {
				o.inSite = append(o.inSite, d)
				if d.Rule == m.Rule {
					killed = true
				}
				continue
			}
			d.File = m.File
			if d.Line > hiLine {
				d.Line -= delta
			}
			if d.Rule == m.Rule && d.Line >= thenLine && d.Line <= untilLine {
				o.after = append(o.after, d)
				continue
			}
		}
		if !old[posKey{d.Rule, d.File, d.Line, d.Col}] {
			o.noise = append(o.noise, d)
		}
	}
	switch {
	case pre:
		o.status = "pre"
	case killed && len(o.noise) == 0:
		o.status = "killed"
	case killed:
		o.status = "noisy"
	default:
		o.status = "survived"
	}
	return o
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// snippet is lines from..to of src, numbered, at most 40 of them.
func snippet(src []byte, from, to int) string {
	lines := strings.Split(string(src), "\n")
	from = max(from, 1)
	to = min(to, len(lines), from+39)
	var b strings.Builder
	for i := from; i <= to; i++ {
		fmt.Fprintf(&b, "%5d  %s\n", i, lines[i-1])
	}
	return b.String()
}

// moduleResult is the measure of one module.
type moduleResult struct {
	module   string
	rows     map[string]*row // by operator
	outcomes []*outcome
	elapsed  time.Duration
}

type row struct {
	sites, tried, built, killed, noisy, pre, errors int
}

// runModule fetches a module, finds its sites, samples the mutants and
// runs them, o.jobs go vet runs at once, each operator's sample in turn.
func runModule(ctx context.Context, o *options, mv string) (*moduleResult, error) {
	t0 := time.Now()
	dir, err := fetch(ctx, o.work, mv)
	if err != nil {
		return nil, err
	}
	ms, err := load(ctx, dir, o.seed)
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", mv, err)
	}
	res := &moduleResult{module: mv, rows: map[string]*row{}}
	groups := map[string][]*Mutant{}
	for _, m := range ms {
		if o.ops != nil && !o.ops[m.Op] {
			continue
		}
		groups[m.Op] = append(groups[m.Op], m)
	}
	for _, op := range operatorNames() {
		res.rows[op] = &row{sites: len(groups[op])}
	}
	log.Printf("%s: %d sites, loaded in %s", mv, len(ms), time.Since(t0).Round(time.Second))
	v := &vetter{bin: o.bin, mod: dir, timeout: o.timeout, baseline: map[string]*baselineRun{}}
	label := strings.NewReplacer("/", "+", "@", "_").Replace(filepath.Base(dir))
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, o.jobs)
	for gi, op := range operatorNames() {
		g := groups[op]
		if len(g) == 0 {
			continue
		}
		slices.SortFunc(g, func(a, b *Mutant) int {
			return strings.Compare(fmt.Sprintf("%s:%09d", a.File, a.Lo), fmt.Sprintf("%s:%09d", b.File, b.Lo))
		})
		rng := rand.New(rand.NewPCG(o.seed, uint64(gi)))
		rng.Shuffle(len(g), func(i, j int) { g[i], g[j] = g[j], g[i] })
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Mutants are tried in the sample's order until n of them build
			// (at most 4n tries); each try takes a slot of the o.jobs.
			built := 0
			for i, m := range g {
				if !o.full && (built >= o.n || i >= 4*o.n) {
					break
				}
				sem <- struct{}{}
				out := v.try(ctx, filepath.Join(o.work, "scratch", label, op+"-"+strconv.Itoa(i)), m)
				<-sem
				mu.Lock()
				r := res.rows[op]
				r.tried++
				switch out.status {
				case "unbuildable":
				case "error":
					r.errors++
					log.Printf("%s: %s:%d: %s", mv, relPath(dir, m.File), m.Line, out.detail)
				default:
					r.built++
					built++
					switch out.status {
					case "killed":
						r.killed++
					case "noisy":
						r.noisy++
					case "pre":
						r.pre++
					}
				}
				res.outcomes = append(res.outcomes, out)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(t0)
	log.Printf("%s: done in %s", mv, res.elapsed.Round(time.Second))
	return res, nil
}

func relPath(root, p string) string {
	if r, err := filepath.Rel(root, p); err == nil {
		return r
	}
	return p
}
