package taxonomy

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// NoReturnFact marks a function or method that never returns to its
// caller, proven from its body: it has no return statement and no
// deferred call (which could recover), and its last statement never
// completes (a panic, a call of a function that never returns, an endless
// loop, an if or switch whose every branch is such). log.Fatal (which
// ends in os.Exit), t.FailNow (runtime.Goexit), a project's own `die`
// get it.
type NoReturnFact struct{}

func (*NoReturnFact) AFact()         {}
func (*NoReturnFact) String() string { return "noreturn" }

// Unprovable reports whether fn is one of the functions that never return
// although no proof from their code can show it: primitives without a Go
// body (os.Exit, syscall.Exit, runtime.Goexit), and the loggers' fatal
// functions, which exit through a function variable (klog's OsExit,
// logrus's Logger.ExitFunc, zap's fatal hook) that may be replaced at run
// time, only when the severity they are called with is fatal.
func Unprovable(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "os", "syscall":
		return name == "Exit" && fn.Signature().Recv() == nil
	case "runtime":
		return name == "Goexit"
	case "k8s.io/klog/v2", "k8s.io/klog":
		switch name {
		case "Fatal", "Fatalf", "Fatalln", "FatalDepth", "FatalfDepth", "FatallnDepth",
			"Exit", "Exitf", "Exitln", "ExitDepth", "ExitfDepth", "ExitlnDepth":
			return fn.Signature().Recv() == nil
		}
	case "github.com/sirupsen/logrus":
		switch name {
		case "Fatal", "Fatalf", "Fatalln":
			return true // the functions and the methods of *Logger and *Entry
		case "Exit":
			return true
		}
	case "go.uber.org/zap":
		switch name {
		case "Fatal", "Fatalf", "Fatalw", "Fatalln":
			return fn.Signature().Recv() != nil // *Logger and *SugaredLogger
		}
	}
	return false
}

// NoReturn reports whether fn never returns, for a rule that reads no
// facts (errdrop, which must not make go vet run it on every dependency):
// the Unprovable functions and the standard library's own, log.Fatal*,
// log.Panic* (functions and *log.Logger methods) and the testing methods
// that stop a test. The standard library's entries are the ones
// NoReturnFact proves from their code; TestNoReturnProven checks that it
// does. Rules that read facts use Model.NoReturn.
func NoReturn(fn *types.Func) bool {
	if Unprovable(fn) {
		return true
	}
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "log":
		switch name {
		case "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln":
			return true
		}
	case "testing":
		switch name {
		case "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow":
			return fn.Signature().Recv() != nil
		}
	}
	return false
}

// NoReturn reports whether fn never returns: Unprovable, or proven so
// (NoReturnFact) in its package.
func (m *Model) NoReturn(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	if Unprovable(fn) {
		return true
	}
	if fn.Pkg() == m.pass.Pkg {
		return m.noReturn[fn]
	}
	var f NoReturnFact
	return m.pass.ImportObjectFact(fn, &f)
}

// summarizeNoReturn proves which of decls never return and exports their
// facts, until nothing changes: a function may call one declared after it.
// Under go vet it runs on every package, so it looks first at the last
// statement of each body, and walks a body only when that statement could
// be one that never completes.
func (m *Model) summarizeNoReturn(decls []*ast.FuncDecl) {
	info := m.pass.TypesInfo
	var cands []*ast.FuncDecl
	for _, d := range decls {
		if d.Body != nil && len(d.Body.List) > 0 && mayTerminate(d.Body.List[len(d.Body.List)-1]) && !leaves(d.Body) {
			cands = append(cands, d)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, d := range cands {
			fn, ok := info.Defs[d.Name].(*types.Func)
			if !ok || m.noReturn[fn] || !m.Terminating(d.Body.List[len(d.Body.List)-1]) {
				continue
			}
			if m.noReturn == nil {
				m.noReturn = make(map[*types.Func]bool)
			}
			m.noReturn[fn] = true
			m.pass.ExportObjectFact(fn, &NoReturnFact{})
			changed = true
		}
	}
}

// mayTerminate reports whether s has the form of a statement that never
// completes, whatever the calls in it: a call, an endless for, a select,
// an if with an else, a switch, a block or a labeled statement.
func mayTerminate(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ExprStmt:
		_, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok
	case *ast.ForStmt:
		return s.Cond == nil
	case *ast.IfStmt:
		return s.Else != nil
	case *ast.SelectStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.BlockStmt, *ast.LabeledStmt:
		return true
	}
	return false
}

// leaves reports whether body can return to its caller other than by
// falling off its end: a return statement, or a deferred call (which
// could recover a panic).
func leaves(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

// Terminating reports whether control never flows on past s: it returns,
// panics, calls a function that never returns, jumps away, or loops
// forever, as the spec's terminating statements do, with the calls that
// never return added.
func (m *Model) Terminating(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.GOTO || s.Tok == token.BREAK || s.Tok == token.CONTINUE
	case *ast.BlockStmt:
		return len(s.List) > 0 && m.Terminating(s.List[len(s.List)-1])
	case *ast.IfStmt:
		return s.Else != nil && m.Terminating(s.Body) && m.Terminating(s.Else)
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		return ok && m.NoReturnCall(call)
	case *ast.LabeledStmt:
		return m.Terminating(s.Stmt)
	case *ast.ForStmt:
		return s.Cond == nil && !hasBreak(s.Body, s)
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			cc := c.(*ast.CommClause)
			if hasBreak(&ast.BlockStmt{List: cc.Body}, s) || !m.terminatingList(cc.Body) {
				return false
			}
		}
		return true
	case *ast.SwitchStmt:
		return m.terminatingClauses(s.Body, s)
	case *ast.TypeSwitchStmt:
		return m.terminatingClauses(s.Body, s)
	}
	return false
}

func (m *Model) terminatingList(list []ast.Stmt) bool {
	return len(list) > 0 && m.Terminating(list[len(list)-1])
}

// terminatingClauses: a switch with a default clause, no break out of it,
// and every clause terminating or falling through.
func (m *Model) terminatingClauses(body *ast.BlockStmt, sw ast.Stmt) bool {
	hasDefault := false
	for _, c := range body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			hasDefault = true
		}
		if hasBreak(&ast.BlockStmt{List: cc.Body}, sw) {
			return false
		}
		if len(cc.Body) > 0 {
			if b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				continue
			}
		}
		if !m.terminatingList(cc.Body) {
			return false
		}
	}
	return hasDefault
}

// hasBreak reports whether body holds a break out of stmt: an unlabeled
// one not inside a nested loop, switch or select, or one naming stmt's
// label. A labeled break is counted whatever its label, to stay safe.
func hasBreak(body ast.Node, stmt ast.Stmt) bool {
	found := false
	var walk func(n ast.Node, nested bool)
	walk = func(n ast.Node, nested bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if found {
				return false
			}
			switch x := x.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				if x.Tok == token.BREAK && (x.Label != nil || !nested) {
					found = true
				}
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if x != n {
					walk(x, true)
					return false
				}
			}
			return true
		})
	}
	walk(body, false)
	return found
}

// NoReturnCall reports whether call never returns: panic, or a call of a
// function that never returns.
func (m *Model) NoReturnCall(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(m.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		return m.NoReturn(fn)
	}
	return false
}
