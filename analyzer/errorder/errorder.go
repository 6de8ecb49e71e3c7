package errorder

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/internal/ruledoc"
	"github.com/apierrlint/apierrlint/analyzer/internal/suppress"
	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

//go:embed doc.go
var doc string

// Config is the configuration of errorder.
type Config struct {
	// Generated reports findings in generated files too.
	Generated bool `yaml:"generated" json:"generated"`
}

// DefaultConfig returns the configuration errorder runs with by default.
func DefaultConfig() *Config { return &Config{} }

// New returns an errorder analyzer that runs with cfg, whose fields its
// flags set.
func New(cfg *Config) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "errorder",
		Doc:      ruledoc.Extract(doc, "errorder"),
		URL:      "https://github.com/apierrlint/apierrlint#errorder",
		Requires: []*analysis.Analyzer{taxonomy.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			return nil, run(pass, cfg)
		},
	}
	a.Flags.BoolVar(&cfg.Generated, "generated", cfg.Generated, "report in generated files too")
	return a
}

// Analyzer is errorder with its default configuration.
var Analyzer = suppress.Check(New(DefaultConfig()), suppress.Options{})

func run(pass *analysis.Pass, cfg *Config) error {
	c := &checker{
		pass:  pass,
		model: pass.ResultOf[taxonomy.Analyzer].(*taxonomy.Model),
	}
	for _, f := range pass.Files {
		if !cfg.Generated && ast.IsGenerated(f) {
			continue
		}
		c.qual = qualifier(pass, f)
		for _, decl := range f.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil {
				c.unsafe = unsafeVars(pass.TypesInfo, fd)
				c.stmts(fd.Body.List, nil)
			}
		}
	}
	return nil
}

// qualifier names packages as the file does: by the name it imports them
// under (awshttp, s3types), by their own name otherwise.
func qualifier(pass *analysis.Pass, f *ast.File) types.Qualifier {
	names := make(map[*types.Package]string)
	for _, spec := range f.Imports {
		if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() != "_" && pn.Name() != "." {
			names[pn.Imported()] = pn.Name()
		}
	}
	return func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		if name, ok := names[p]; ok {
			return name
		}
		return p.Name()
	}
}

type checker struct {
	pass    *analysis.Pass
	model   *taxonomy.Model
	qual    types.Qualifier
	unsafe  map[types.Object]bool // variables that may change behind the checks' back
	fixed   map[ast.Node]bool     // chains and switches that have a fix already
	sources map[string][]byte     // file contents read for fixes, by name; nil if unreadable
}

// A fact is a check known to be false at a point of the function: an
// earlier condition of the chain, or of an if whose body always leaves.
type fact struct {
	subject *types.Var
	check   taxonomy.Check
	expr    ast.Node // the check, where the related information points
	text    string   // the check as the message shows it
	verb    string   // "matches first" or "returns first" ...

	// Where the check stands, for a fix that moves the later check before it.
	ifStmt *ast.IfStmt // the if of an else-if chain or of an early leave
	chain  int         // the if's index in its else-if chain
	list   []ast.Stmt  // early leave: the statement list and index of the if
	index  int
	clause int // switch: index of the case clause; -1 otherwise
}

// with returns facts plus more, never sharing backing arrays.
func with(facts []fact, more ...fact) []fact {
	out := make([]fact, 0, len(facts)+len(more))
	return append(append(out, facts...), more...)
}

func (c *checker) stmts(list []ast.Stmt, facts []fact) []fact {
	for i, s := range list {
		facts = c.stmt(s, facts, list, i)
	}
	return facts
}

func (c *checker) stmt(s ast.Stmt, facts []fact, list []ast.Stmt, index int) []fact {
	switch s := s.(type) {
	case *ast.LabeledStmt:
		// A goto may reach the label with other facts.
		return c.stmt(s.Stmt, nil, nil, 0)
	case *ast.IfStmt:
		return c.ifStmt(s, facts, nil, list, index)
	case *ast.SwitchStmt:
		return c.switchStmt(s, facts)
	case *ast.TypeSwitchStmt:
		return c.typeSwitch(s, facts)
	case *ast.BlockStmt:
		return c.stmts(s.List, facts)
	}
	c.nested(s)
	return c.kill(facts, s)
}

// nested analyzes the statement lists inside s (loop bodies, closures,
// select cases) afresh: facts from outside do not flow into them.
func (c *checker) nested(n ast.Node) {
	if n == nil {
		return
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			c.stmts(n.List, nil)
			return false
		case *ast.CaseClause:
			c.stmts(n.Body, nil)
			return false
		case *ast.CommClause:
			c.stmts(n.Body, nil)
			return false
		}
		return true
	})
}

// kill drops the facts on variables that n assigns.
func (c *checker) kill(facts []fact, n ast.Node) []fact {
	if n == nil || len(facts) == 0 {
		return facts
	}
	assigned := assignedVars(c.pass.TypesInfo, n)
	if len(assigned) == 0 {
		return facts
	}
	var out []fact
	for _, f := range facts {
		if !assigned[f.subject] {
			out = append(out, f)
		}
	}
	return out
}

func (c *checker) ifStmt(s *ast.IfStmt, facts []fact, chain []*ast.IfStmt, list []ast.Stmt, index int) []fact {
	if s.Init != nil {
		c.nested(s.Init)
		facts = c.kill(facts, s.Init)
	}
	// The condition is false in the else branch, and after the if when
	// its body always leaves: then the if takes the error first by leaving.
	leaves := c.terminates(s.Body)
	verb := "matches first"
	if leaves && s.Else == nil {
		verb = "leaves first"
		if isReturn(s.Body) {
			verb = "returns first"
		}
	}
	var falses []fact
	text := c.condText(s)
	for _, subject := range c.subjects(s.Init, s.Cond) {
		env := taxonomy.NewEnv(c.pass.TypesInfo, subject)
		if s.Init != nil {
			c.model.Bind(env, s.Init)
		}
		check := c.model.Parse(env, s.Cond)
		if !check.Known() {
			continue
		}
		if f, reason, ok := c.covering(facts, subject, check); ok {
			c.report(s.Cond, text, f, reason, c.fixIf(f, reason, s, chain, list, index))
		}
		falses = append(falses, fact{
			subject: subject, check: check, expr: s.Cond, text: text, verb: verb,
			ifStmt: s, chain: len(chain), list: list, index: index, clause: -1,
		})
	}
	c.stmts(s.Body.List, facts)
	elseFacts := with(facts, falses...)
	switch e := s.Else.(type) {
	case nil:
		if leaves {
			return elseFacts
		}
		return c.kill(facts, s.Body)
	case *ast.IfStmt:
		out := c.ifStmt(e, elseFacts, append(chain[:len(chain):len(chain)], s), nil, 0)
		if leaves {
			return out
		}
	case *ast.BlockStmt:
		out := c.stmts(e.List, elseFacts)
		if leaves {
			return out
		}
	}
	return c.kill(c.kill(facts, s.Body), s.Else)
}

// covering returns the first fact on the same subject that covers check,
// and why.
func (c *checker) covering(facts []fact, subject *types.Var, check taxonomy.Check) (fact, string, bool) {
	for _, f := range facts {
		if f.subject != subject {
			continue
		}
		if reason, ok := c.model.Covers(f.check, check, subject.Name(), c.qual); ok {
			return f, reason, true
		}
	}
	return fact{}, "", false
}

func (c *checker) report(at ast.Node, text string, f fact, reason string, fixes []analysis.SuggestedFix) {
	never := "can never succeed"
	if strings.HasPrefix(text, "case ") {
		never = "can never match"
	}
	advice := "check the specific error first"
	if reason == taxonomy.SameCheck {
		advice = "remove the duplicate check"
		if f.verb != "matches first" {
			// The same test again after an if that leaves: the error did
			// not change in between, most often a result not assigned.
			reason = fmt.Sprintf("%s is not assigned in between", f.subject.Name())
			advice = "check the error you meant to"
		}
	}
	msg := fmt.Sprintf("%s %s: %s on line %d %s (%s); %s",
		text, never, f.text, c.pass.Fset.Position(f.expr.Pos()).Line, f.verb, reason, advice)
	c.pass.Report(analysis.Diagnostic{
		Pos:            at.Pos(),
		End:            at.End(),
		Message:        msg,
		SuggestedFixes: fixes,
		Related: []analysis.RelatedInformation{{
			Pos: f.expr.Pos(), End: f.expr.End(), Message: "the earlier check that matches first",
		}},
	})
}

// exprText renders an expression for a message, cut when long.
func exprText(e ast.Expr) string {
	s := types.ExprString(e)
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}

// condText renders the condition of an if; where the init statement binds
// what the condition tests (`nf, ok := errors.AsType[*NotFound](err); ok`),
// the binding call stands for ok.
func (c *checker) condText(s *ast.IfStmt) string {
	as, ok := s.Init.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return exprText(s.Cond)
	}
	okVar, isIdent := ast.Unparen(as.Lhs[1]).(*ast.Ident)
	cond, condIsIdent := ast.Unparen(s.Cond).(*ast.Ident)
	if isIdent && condIsIdent && okVar.Name != "_" &&
		c.pass.TypesInfo.Uses[cond] == c.pass.TypesInfo.ObjectOf(okVar) {
		return exprText(as.Rhs[0])
	}
	return exprText(as.Rhs[0]) + "; " + exprText(s.Cond)
}

func (c *checker) switchStmt(s *ast.SwitchStmt, facts []fact) []fact {
	if s.Init != nil {
		c.nested(s.Init)
		facts = c.kill(facts, s.Init)
	}
	info := c.pass.TypesInfo
	var tag *types.Var
	if s.Tag != nil {
		id, ok := ast.Unparen(s.Tag).(*ast.Ident)
		if !ok {
			return c.afterSwitch(s.Body, facts)
		}
		v, ok := taxonomy.IsErrorVar(info.Uses[id])
		if !ok || c.unsafe[v] {
			return c.afterSwitch(s.Body, facts)
		}
		tag = v
	}
	c.cases(s.Body, facts, func(e ast.Expr) []caseCheck {
		if tag != nil {
			return []caseCheck{{tag, c.model.EqCheck(info, e), exprText(e)}}
		}
		var out []caseCheck
		for _, subject := range c.subjects(e) {
			out = append(out, caseCheck{subject, c.model.Parse(taxonomy.NewEnv(info, subject), e), exprText(e)})
		}
		return out
	})
	return c.afterSwitch(s.Body, facts)
}

// A caseCheck is what one case expression checks of one error.
type caseCheck struct {
	subject *types.Var
	check   taxonomy.Check
	text    string
}

// cases reports the case expressions of a switch that an earlier case,
// or a fact from before the switch, covers; read says what a case
// expression checks. The first finding that an earlier case causes
// carries the fix that reorders every case clause of the switch.
func (c *checker) cases(body *ast.BlockStmt, facts []fact, read func(ast.Expr) []caseCheck) {
	type finding struct {
		at     ast.Expr
		text   string
		f      fact
		reason string
	}
	var findings []finding
	items := make([]map[*types.Var]taxonomy.Check, len(body.List))
	movable := true
	seen := facts
	for i, stmt := range body.List {
		cc := stmt.(*ast.CaseClause)
		if len(cc.List) > 1 || fallsThrough(cc) {
			movable = false
		}
		var added []fact
		for _, e := range cc.List {
			for _, k := range read(e) {
				if !k.check.Known() {
					continue
				}
				if f, reason, ok := c.covering(seen, k.subject, k.check); ok {
					findings = append(findings, finding{e, k.text, f, reason})
				}
				added = append(added, fact{subject: k.subject, check: k.check, expr: e, text: k.text, verb: "matches first", clause: i})
				if items[i] == nil {
					items[i] = make(map[*types.Var]taxonomy.Check)
				}
				items[i][k.subject] = k.check
			}
		}
		seen = with(seen, added...)
	}
	var fix []analysis.SuggestedFix
	if movable && len(findings) > 0 {
		fix = c.reorderClauses(body, items)
	}
	for _, fd := range findings {
		var fixes []analysis.SuggestedFix
		if fd.f.clause >= 0 && fd.reason != taxonomy.SameCheck {
			fixes, fix = fix, nil
		}
		c.report(fd.at, fd.text, fd.f, fd.reason, fixes)
	}
}

// afterSwitch analyzes the case bodies with the facts from before the
// switch and returns what holds after it.
func (c *checker) afterSwitch(body *ast.BlockStmt, facts []fact) []fact {
	for _, stmt := range body.List {
		c.stmts(stmt.(*ast.CaseClause).Body, facts)
	}
	return c.kill(facts, body)
}

func (c *checker) typeSwitch(s *ast.TypeSwitchStmt, facts []fact) []fact {
	if s.Init != nil {
		c.nested(s.Init)
		facts = c.kill(facts, s.Init)
	}
	var x ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		x = a.X
	case *ast.AssignStmt:
		x = a.Rhs[0]
	}
	info := c.pass.TypesInfo
	var subject *types.Var
	if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		if id, ok := ast.Unparen(ta.X).(*ast.Ident); ok {
			if v, ok := taxonomy.IsErrorVar(info.Uses[id]); ok && !c.unsafe[v] {
				subject = v
			}
		}
	}
	if subject == nil {
		return c.afterSwitch(s.Body, facts)
	}
	c.cases(s.Body, facts, func(e ast.Expr) []caseCheck {
		t := info.TypeOf(e)
		if t == nil || isNilType(t) {
			return nil
		}
		return []caseCheck{{subject, taxonomy.CaseCheck(t), "case " + exprText(e)}}
	})
	return c.afterSwitch(s.Body, facts)
}

func isNilType(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// subjects returns the error variables that nodes test, in order.
func (c *checker) subjects(nodes ...ast.Node) []*types.Var {
	var out []*types.Var
	for _, n := range nodes {
		if n != nil {
			out = c.appendSubjects(out, n)
		}
	}
	return out
}

func (c *checker) appendSubjects(out []*types.Var, node ast.Node) []*types.Var {
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			if v, ok := taxonomy.IsErrorVar(c.pass.TypesInfo.Uses[n]); ok && !c.unsafe[v] {
				for _, w := range out {
					if w == v {
						return true
					}
				}
				out = append(out, v)
			}
		}
		return true
	})
	return out
}

// unsafeVars returns the variables of a function whose value may change
// where the checks cannot see it: their address is taken, or a closure
// assigns them.
func unsafeVars(info *types.Info, fd *ast.FuncDecl) map[types.Object]bool {
	out := make(map[types.Object]bool)
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					if obj := info.Uses[id]; obj != nil {
						out[obj] = true
					}
				}
			}
		case *ast.FuncLit:
			for obj := range assignedVars(info, n.Body) {
				if obj.Pos() < n.Pos() || obj.Pos() >= n.End() {
					out[obj] = true
				}
			}
		}
		return true
	})
	return out
}

// assignedVars returns the variables n assigns (redeclarations by :=
// included; new variables it declares excluded).
func assignedVars(info *types.Info, n ast.Node) map[types.Object]bool {
	var out map[types.Object]bool
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := info.Uses[id]; obj != nil {
				if out == nil {
					out = make(map[types.Object]bool)
				}
				out[obj] = true
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				mark(n.Key)
				if n.Value != nil {
					mark(n.Value)
				}
			}
		case *ast.IncDecStmt:
			mark(n.X)
		}
		return true
	})
	return out
}

// terminates reports whether control never flows out of the end of block:
// its last statement returns, panics, calls a function that never
// returns (proven, as the taxonomy's NoReturnFact), or jumps away.
func (c *checker) terminates(block *ast.BlockStmt) bool {
	return block != nil && len(block.List) > 0 && c.model.Terminating(block.List[len(block.List)-1])
}

func isReturn(block *ast.BlockStmt) bool {
	_, ok := block.List[len(block.List)-1].(*ast.ReturnStmt)
	return ok
}
