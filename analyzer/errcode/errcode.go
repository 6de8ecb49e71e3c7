package errcode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
	"github.com/apierrlint/apierrlint/analyzer/internal/suppress"
	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

//go:embed doc.go
var doc string

const (
	catalogUsage   = "add a catalog of codes bound to code sites: file=PATH,site=SITE[,format=FORMAT][,site=...]; repeatable, empty to clear"
	constantsUsage = "also report known codes written as literals where a named constant exists"
)

// Config is the configuration of the rule, from flags or from
// golangci-lint settings.
type Config struct {
	// Catalogs are code lists for code sites that have no Go constants.
	Catalogs []Catalog `json:"catalogs" yaml:"catalogs"`
	// Constants also reports known codes written as literals where a
	// named constant exists (Diagnostic.Category "constant").
	Constants bool `json:"constants" yaml:"constants"`
	// Generated reports findings in generated files too.
	Generated bool `json:"generated" yaml:"generated"`

	cache *catalogCache // the catalogs, loaded once per analyzer
}

// Catalog binds a catalog file to the code sites that carry its codes.
type Catalog struct {
	File  string    `json:"file" yaml:"file"`
	Sites []Binding `json:"sites" yaml:"sites"`
}

// Binding names one code site of a catalog: a field "path.Type.Field", a
// method "(path.Type).Method" or "(*path.Type).Method", or a function
// "path.Func" (its result, or the string and integer arguments of a
// predicate that takes an error and returns a bool). Format, such as
// "ERR_NGROK_%d", turns a compared value into a code of the catalog.
type Binding struct {
	Site   string `json:"site" yaml:"site"`
	Format string `json:"format,omitempty" yaml:"format,omitempty"`
}

// DefaultConfig returns the configuration the rule has when nothing sets it.
func DefaultConfig() *Config { return &Config{} }

// Analyzer is the errcode rule with its default configuration.
var Analyzer = suppress.Check(New(DefaultConfig()), suppress.Options{})

// New returns an errcode analyzer configured by cfg, whose flags set cfg.
func New(cfg *Config) *analysis.Analyzer {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	if cfg.cache == nil {
		cfg.cache = new(catalogCache)
	}
	a := &analysis.Analyzer{
		Name:     "errcode",
		Doc:      ruledoc.Extract(doc, "errcode"),
		URL:      "https://github.com/apierrlint/apierrlint#errcode",
		Requires: []*analysis.Analyzer{taxonomy.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, cfg) },
	}
	a.Flags.Var((*catalogFlag)(cfg), "catalog", catalogUsage)
	a.Flags.BoolVar(&cfg.Constants, "constants", cfg.Constants, constantsUsage)
	a.Flags.BoolVar(&cfg.Generated, "generated", cfg.Generated, "report in generated files too")
	return a
}

// catalogFlag is the -catalog flag: each use adds a catalog.
type catalogFlag Config

func (f *catalogFlag) String() string {
	if f == nil {
		return ""
	}
	var parts []string
	for _, c := range f.Catalogs {
		s := "file=" + c.File
		for _, b := range c.Sites {
			s += ",site=" + b.Site
			if b.Format != "" {
				s += ",format=" + b.Format
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func (f *catalogFlag) Set(s string) error {
	if s == "" {
		f.Catalogs = nil
		return nil
	}
	c, err := parseCatalogFlag(s)
	if err != nil {
		return err
	}
	// Read the file now, so that a missing or malformed catalog is a usage
	// error (exit 2, naming the file and line) before any package is
	// loaded, not an analysis error repeated for every package.
	if _, err := taxonomy.LoadCodeCatalog(c.File); err != nil {
		return err
	}
	f.Catalogs = append(f.Catalogs, c)
	return nil
}

// parseCatalogFlag parses "file=PATH,site=SITE[,format=FORMAT][,site=...]";
// a format applies to the site before it.
func parseCatalogFlag(s string) (Catalog, error) {
	var c Catalog
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return c, fmt.Errorf("catalog %q: %q is not key=value", s, kv)
		}
		switch k = strings.TrimSpace(k); k {
		case "file":
			if c.File != "" {
				return c, fmt.Errorf("catalog %q: more than one file", s)
			}
			c.File = v
		case "site":
			c.Sites = append(c.Sites, Binding{Site: v})
		case "format":
			if len(c.Sites) == 0 || c.Sites[len(c.Sites)-1].Format != "" {
				return c, fmt.Errorf("catalog %q: format=%s must follow the site it applies to", s, v)
			}
			c.Sites[len(c.Sites)-1].Format = v
		default:
			return c, fmt.Errorf("catalog %q: unknown key %q, want file, site or format", s, k)
		}
	}
	return c, validateCatalog(c)
}

func validateCatalog(c Catalog) error {
	if c.File == "" {
		return fmt.Errorf("catalog without a file")
	}
	if len(c.Sites) == 0 {
		return fmt.Errorf("catalog %s: no site to bind it to", c.File)
	}
	for _, b := range c.Sites {
		if _, ok := taxonomy.NormalizeSiteKey(b.Site); !ok {
			return fmt.Errorf("catalog %s: site %q is not path.Type.Field, (path.Type).Method or path.Func", c.File, b.Site)
		}
		if _, err := taxonomy.ParseCodeFormat(b.Format); err != nil {
			return fmt.Errorf("catalog %s: site %s: %v", c.File, b.Site, err)
		}
	}
	return nil
}

// catalogCache holds the catalogs of a configuration, loaded on first use
// and again only when the configuration changes (tests set flags).
type catalogCache struct {
	mu    sync.Mutex
	key   string
	sites map[string][]*taxonomy.CodeSet // site key -> sets bound to it
	err   error
}

func (cfg *Config) boundSites() (map[string][]*taxonomy.CodeSet, error) {
	if len(cfg.Catalogs) == 0 {
		return nil, nil
	}
	c := cfg.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	key := fmt.Sprintf("%q", cfg.Catalogs)
	if c.key == key {
		return c.sites, c.err
	}
	c.key, c.sites, c.err = key, nil, nil
	loaded := make(map[string]*taxonomy.CodeCatalog)
	sites := make(map[string][]*taxonomy.CodeSet)
	for _, cat := range cfg.Catalogs {
		if err := validateCatalog(cat); err != nil {
			c.err = err
			return nil, err
		}
		cc := loaded[cat.File]
		if cc == nil {
			var err error
			if cc, err = taxonomy.LoadCodeCatalog(cat.File); err != nil {
				c.err = err
				return nil, err
			}
			loaded[cat.File] = cc
		}
		for _, b := range cat.Sites {
			k, _ := taxonomy.NormalizeSiteKey(b.Site)
			f, err := taxonomy.ParseCodeFormat(b.Format)
			if err != nil { // validated with the flag; kept for configs built in code
				c.err = err
				return nil, err
			}
			sites[k] = append(sites[k], taxonomy.CatalogCodeSet(cc, f))
		}
	}
	c.sites = sites
	return sites, nil
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	sites, err := cfg.boundSites()
	if err != nil {
		return nil, err
	}
	c := &checker{
		pass:      pass,
		model:     pass.ResultOf[taxonomy.Analyzer].(*taxonomy.Model),
		catalogs:  sites,
		constants: cfg.Constants,
		typeSets:  make(map[*types.TypeName]*taxonomy.CodeSet),
	}
	// A walk of its own rather than the inspect pass: the checker keeps
	// every pass's inputs until the end of the run, and an Inspector
	// holds two events for every node of the package (on
	// go.temporal.io/sdk, 68 MB kept against 705 MB of loaded packages).
	for _, file := range pass.Files {
		c.flush()
		c.file, c.generated = file, !cfg.Generated && ast.IsGenerated(file)
		if c.generated {
			continue // nobody edits generated code (stringer's String methods compare codes with literals)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					c.comparison(n.X, n.Y)
					c.comparison(n.Y, n.X)
				}
			case *ast.SwitchStmt:
				c.switchStmt(n)
			case *ast.CallExpr:
				c.call(n)
			}
			return true
		})
	}
	c.flush()
	return nil, nil
}

type checker struct {
	pass      *analysis.Pass
	model     *taxonomy.Model
	catalogs  map[string][]*taxonomy.CodeSet
	constants bool
	file      *ast.File
	generated bool // file is generated code, skipped

	typeSets    map[*types.TypeName]*taxonomy.CodeSet // cache, nil entries included
	modeled     *taxonomy.CodeSet
	modeledDone bool
	http        *taxonomy.CodeSet

	checked map[*ast.BasicLit]bool // literals judged as codes in the current file
	pending []pending              // findings of the current file, see flush

}

// comparison checks site == value when site is a code site and value a
// constant.
func (c *checker) comparison(site, value ast.Expr) {
	if !c.isConstant(value) {
		return
	}
	s, ok := c.model.CodeSiteOf(site)
	if !ok {
		return
	}
	c.check(s, c.pass.TypesInfo.TypeOf(site), value)
}

func (c *checker) switchStmt(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	s, ok := c.model.CodeSiteOf(sw.Tag)
	if !ok {
		return
	}
	t := c.pass.TypesInfo.TypeOf(sw.Tag)
	for _, stmt := range sw.Body.List {
		cc, ok := stmt.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, v := range cc.List {
			if c.isConstant(v) {
				c.check(s, t, v)
			}
		}
	}
}

// call checks the code arguments of predicates: of a catalog-bound
// predicate, and of code-typed parameters of a predicate such as
// bloberror.HasCode(err, codes ...Code).
func (c *checker) call(call *ast.CallExpr) {
	if len(call.Args) < 2 {
		return // a predicate takes the error and at least one code
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || !taxonomy.IsPredicate(fn) {
		return
	}
	_, key, args := c.model.CallCodeArgs(call)
	bound := c.catalogs[key]
	for _, a := range args {
		if !c.isConstant(a.Expr) {
			continue
		}
		site := taxonomy.CodeSite{Key: key, Type: c.model.CodeTypeOf(a.Type)}
		if b, ok := a.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			site.Numeric = true
		}
		if bound == nil && site.Type == nil {
			continue
		}
		c.check(site, a.Type, a.Expr)
	}
}

func (c *checker) isConstant(e ast.Expr) bool {
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return true
	}
	_, ok := c.sprintf(e)
	return ok
}

// set returns the known codes of a site: a bound catalog, the constants
// of its type, the HTTP statuses, or the modeled AWS error codes.
func (c *checker) set(s taxonomy.CodeSite) []*taxonomy.CodeSet {
	if sets := c.catalogs[s.Key]; s.Key != "" && sets != nil {
		return sets
	}
	if s.Type != nil {
		set, ok := c.typeSets[s.Type]
		if !ok {
			set = c.model.TypeCodeSet(s.Type)
			c.typeSets[s.Type] = set
		}
		if set != nil {
			return []*taxonomy.CodeSet{set}
		}
	}
	if s.HTTP {
		if c.http == nil {
			c.http = taxonomy.HTTPStatuses()
		}
		return []*taxonomy.CodeSet{c.http}
	}
	if s.ModeledErrorCode {
		if !c.modeledDone {
			c.modeled, c.modeledDone = c.model.ModeledErrorCodes(), true
		}
		if c.modeled != nil {
			return []*taxonomy.CodeSet{c.modeled}
		}
	}
	return nil
}

// value returns the code a constant expression stands for, as a decimal
// integer or a string, and whether it is one.
func (c *checker) value(e ast.Expr, siteType types.Type, set *taxonomy.CodeSet) (string, bool) {
	info := c.pass.TypesInfo
	tv := info.Types[e]
	if tv.Value == nil {
		s, ok := c.sprintf(e)
		return s, ok && !set.Numeric
	}
	// A constant of the code type declared by the user extends the set on
	// purpose (a code the client library does not have yet).
	if k, ok := constOf(info, e); ok && types.Identical(k.Type(), siteType) {
		if named, ok := types.Unalias(siteType).(*types.Named); ok && named.Obj().Pkg() != k.Pkg() {
			return "", false
		}
	}
	switch tv.Value.Kind() {
	case constant.Int:
		return tv.Value.ExactString(), set.Numeric
	case constant.String:
		return constant.StringVal(tv.Value), !set.Numeric
	}
	return "", false
}

func constOf(info *types.Info, e ast.Expr) (*types.Const, bool) {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil, false
	}
	k, ok := info.Uses[id].(*types.Const)
	return k, ok
}

// sprintf evaluates fmt.Sprintf with a constant format and constant
// integer or string arguments, a code built by formatting.
func (c *checker) sprintf(e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return "", false
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" {
		return "", false
	}
	var format string
	var args []any
	for i, a := range call.Args {
		v := c.pass.TypesInfo.Types[a].Value
		if v == nil {
			return "", false
		}
		switch v.Kind() {
		case constant.String:
			if i == 0 {
				format = constant.StringVal(v)
			} else {
				args = append(args, constant.StringVal(v))
			}
		case constant.Int:
			n, ok := constant.Int64Val(v)
			if !ok || i == 0 {
				return "", false
			}
			args = append(args, n)
		default:
			return "", false
		}
	}
	s := fmt.Sprintf(format, args...)
	if strings.Contains(s, "%!") {
		return "", false // a verb that does not fit: not a code worth judging
	}
	return s, true
}

// check reports value, compared with or passed to site, when it is not a
// known code (or, with -constants, when it is a literal with a name).
func (c *checker) check(site taxonomy.CodeSite, siteType types.Type, value ast.Expr) {
	sets := c.set(site)
	if len(sets) == 0 {
		return
	}
	set := sets[0]
	if lit := c.literalOf(value); lit != nil {
		if c.checked == nil {
			c.checked = make(map[*ast.BasicLit]bool)
		}
		c.checked[lit] = true
	}
	v, ok := c.value(value, siteType, set)
	if !ok || v == "" || v == "0" {
		return // the zero value means "no code" and is compared on purpose
	}
	for _, s := range sets {
		if s.Known(v) {
			if c.constants {
				c.named(s, v, value)
			}
			return
		}
	}
	shown := v
	if set.Numeric {
		if !set.Format.Identity() {
			shown += " (" + set.Format.Apply(v) + ")"
		}
	} else {
		shown = strconv.Quote(v)
	}
	msg := shown + " is not a known " + set.Name
	if set.Range != "" {
		msg += " (" + set.Range + ")"
	}

	// gRPC codes stop at 16: an HTTP status there is a classic mix-up.
	if site.Type != nil && typeKey(unalias(site.Type)) == taxonomy.GRPCCodeType {
		if n, err := strconv.Atoi(v); err == nil && n >= 100 && n <= 599 {
			var names, consts []string
			for _, g := range taxonomy.GRPCCodeForHTTP(n) {
				names = append(names, "codes."+g)
				consts = append(consts, g)
			}
			if len(names) == 0 {
				c.report(value, msg+"; it looks like an HTTP status, compare with a codes.Code constant", nil)
				return
			}
			msg += "; it looks like an HTTP status: did you mean " + orList(names)
			var fix []analysis.SuggestedFix
			if len(consts) == 1 {
				if k, ok := set.ConstByName(consts[0]); ok {
					fix = c.fix(set, k, value)
				}
			}
			c.report(value, msg, fix)
			return
		}
	}

	near := set.Nearest(v)
	if !set.Closed && len(near) != 1 {
		return // an open set only flags clear near misses
	}
	if len(near) == 0 && !set.Numeric && c.isConversion(value) {
		// bloberror.Code("ConcurrentContainerOperationInProgress"): the
		// author converted a string on purpose, for a code the service
		// returns and the constants lack. Only a near miss is a typo.
		return
	}
	switch {
	case len(near) >= 1 && len(near) <= 4:
		var shown []string
		for _, k := range near {
			shown = append(shown, set.Show(k))
		}
		msg += "; did you mean " + orList(shown)
	case len(near) > 4 && set.Range == "":
		// Many codes one edit away (ERR_NGROK_3201 next to 3200, 3202,
		// 3211 ...): show a few rather than none.
		var shown []string
		for _, k := range near[:3] {
			shown = append(shown, set.Show(k))
		}
		msg += fmt.Sprintf("; did you mean %s or one of %d more", strings.Join(shown, ", "), len(near)-3)
	case set.ConstPkg == "http":
		msg += "; compare with a net/http Status constant"
	case set.ConstPkg != "":
		msg += "; compare with a " + set.Name + " constant"
	default:
		msg += "; no known code is near it"
	}
	var fix []analysis.SuggestedFix
	if len(near) == 1 {
		fix = c.fix(set, near[0], value)
	}
	c.report(value, msg, fix)
}

// named reports, in -constants mode, a known code written as a literal
// where a constant names it.
func (c *checker) named(set *taxonomy.CodeSet, v string, value ast.Expr) {
	if _, ok := constOf(c.pass.TypesInfo, value); ok {
		return
	}
	k, ok := set.Lookup(v)
	if !ok || k.Const == "" || set.ConstPkg == "" {
		return
	}
	shown := v
	if !set.Numeric {
		shown = strconv.Quote(v)
	}
	name := set.ConstPkg + "." + k.Const
	c.emit(analysis.Diagnostic{
		Pos:            value.Pos(),
		End:            value.End(),
		Category:       "constant",
		Message:        shown + " is " + name + "; use the named constant",
		SuggestedFixes: c.constFix(set, k, value),
	})
}

// pending is a finding on a literal, held until the whole file is seen.
type pending struct {
	key string // the literal's kind and value
	d   analysis.Diagnostic
}

func (c *checker) report(value ast.Expr, msg string, fix []analysis.SuggestedFix) {
	d := analysis.Diagnostic{Pos: value.Pos(), End: value.End(), Message: msg, SuggestedFixes: fix}
	if lit := c.literalOf(value); lit != nil {
		c.pending = append(c.pending, pending{c.litKey(lit), d})
		return
	}
	c.emit(d)
}

func (c *checker) litKey(lit *ast.BasicLit) string {
	if v := c.pass.TypesInfo.Types[lit].Value; v != nil {
		return v.Kind().String() + ":" + v.ExactString()
	}
	return lit.Value
}

// flush emits the pending findings of the current file, but not those
// whose value the file also writes, other than in a comparison: a value
// the code produces itself (a test that calls WriteHeader(42) and then
// checks for 42) is a round trip, not a mistake.
func (c *checker) flush() {
	pend, checked := c.pending, c.checked
	c.pending, c.checked = nil, nil
	if len(pend) == 0 || c.file == nil {
		return
	}
	produced := make(map[string]bool)
	var stack []ast.Node
	ast.Inspect(c.file, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if lit, ok := n.(*ast.BasicLit); ok && !checked[lit] && !c.compared(stack) {
			produced[c.litKey(lit)] = true
		}
		stack = append(stack, n)
		return true
	})
	for _, p := range pend {
		if !produced[p.key] {
			c.emit(p.d)
		}
	}
}

// compared reports whether the node above stack is an operand of == or
// !=, or a case value, possibly in parentheses or a conversion.
func (c *checker) compared(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			continue
		case *ast.CallExpr:
			if len(p.Args) == 1 && c.pass.TypesInfo.Types[p.Fun].IsType() {
				continue
			}
			return false
		case *ast.BinaryExpr:
			return p.Op == token.EQL || p.Op == token.NEQ
		case *ast.CaseClause:
			return true
		default:
			return false
		}
	}
	return false
}

// emit reports d; the suppression directives are applied around the
// rule (see suppress.Check).
func (c *checker) emit(d analysis.Diagnostic) { c.pass.Report(d) }

// fix replaces value with the named constant of k when the file can name
// it, or else replaces the literal in value with k's value.
func (c *checker) fix(set *taxonomy.CodeSet, k taxonomy.KnownCode, value ast.Expr) []analysis.SuggestedFix {
	if f := c.constFix(set, k, value); f != nil {
		return f
	}
	lit := c.literalOf(value)
	if lit == nil {
		return nil
	}
	text := k.Value
	if !set.Numeric {
		text = strconv.Quote(text)
	} else if lit.Kind != token.INT {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "replace with " + text,
		TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}},
	}}
}

func (c *checker) constFix(set *taxonomy.CodeSet, k taxonomy.KnownCode, value ast.Expr) []analysis.SuggestedFix {
	if k.Const == "" || set.ConstPath == "" {
		return nil
	}
	qual, ok := c.qualifier(set.ConstPath, k.Const, value.Pos())
	if !ok {
		return nil
	}
	text := qual + k.Const
	return []analysis.SuggestedFix{{
		Message:   "replace with " + text,
		TextEdits: []analysis.TextEdit{{Pos: value.Pos(), End: value.End(), NewText: []byte(text)}},
	}}
}

// qualifier returns how the file refers to the package path at pos
// ("codes.", or "" within the package or after a dot import), and false
// when it cannot without a new import.
func (c *checker) qualifier(path, name string, pos token.Pos) (string, bool) {
	if !token.IsExported(name) && path != c.pass.Pkg.Path() {
		return "", false
	}
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	if path == c.pass.Pkg.Path() {
		_, obj := scope.LookupParent(name, pos)
		return "", obj != nil && obj == c.pass.Pkg.Scope().Lookup(name)
	}
	if c.file == nil {
		return "", false
	}
	for _, imp := range c.file.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		pn := c.pass.TypesInfo.PkgNameOf(imp)
		if pn == nil || pn.Name() == "_" {
			continue
		}
		if pn.Name() == "." {
			_, obj := scope.LookupParent(name, pos)
			if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == path {
				return "", true
			}
			continue
		}
		if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
			return pn.Name() + ".", true
		}
	}
	return "", false
}

// isConversion reports whether e is a conversion to a type, such as
// bloberror.Code("..."), rather than a bare constant.
func (c *checker) isConversion(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && len(call.Args) == 1 && c.pass.TypesInfo.Types[call.Fun].IsType()
}

// literalOf returns the literal that spells a constant value: the value
// itself, or the operand of a conversion such as codes.Code(17).
func (c *checker) literalOf(e ast.Expr) *ast.BasicLit {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e
	case *ast.CallExpr:
		if c.isConversion(e) {
			if lit, ok := ast.Unparen(e.Args[0]).(*ast.BasicLit); ok {
				return lit
			}
		}
	}
	return nil
}

// unalias returns the type name an alias stands for; other names as they
// are.
func unalias(tn *types.TypeName) *types.TypeName {
	if n, ok := types.Unalias(tn.Type()).(*types.Named); ok {
		return n.Origin().Obj()
	}
	return tn
}

func typeKey(tn *types.TypeName) string {
	if tn.Pkg() == nil {
		return tn.Name()
	}
	return tn.Pkg().Path() + "." + tn.Name()
}

func orList(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}
