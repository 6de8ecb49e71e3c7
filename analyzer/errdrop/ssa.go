package errdrop

// Building SSA is most of errdrop's cost in time and memory, and it is
// done once per package under analysis, in a program of its own. Two
// things make it cheaper here than ssa.Program.CreatePackage and
// Package.Build on everything would be, without changing the SSA of any
// function the checks look at:
//
//   - Only the functions that hold a candidate (an error variable assigned
//     from a call, or an err != nil check) that the syntax does not
//     settle (settled.go: read at once, so that nothing can be reported)
//     are built. The others are created without a body, as functions of
//     other packages are: a call to one is the same Call instruction
//     either way. Package-level
//     variables keep their initializers, whose function literals are
//     checked as part of init.
//   - A direct import gets only the package-level functions, variables and
//     constants the package refers to, not a member for every function,
//     method and variable it declares. The builder needs a member for each
//     package-level object it meets in the syntax; methods of imported
//     types it creates on demand from their types.Func, as it does for
//     those of indirect imports.
//
// On go.temporal.io/sdk this cut the memory errdrop allocates by about 4/5
// (most of it was members of large generated protobuf packages, created
// anew for every package that imports them).

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"github.com/apierrlint/apierrlint/analyzer/taxonomy"

	"golang.org/x/tools/go/ssa"
)

// buildSSA builds the SSA form of the functions declared in the package's
// checked files that hold an unsettled candidate of cs, with their
// function literals, and of the function literals in package-level
// variable initializers (built as part of init), in the order of the
// files and declarations. Functions without one are left out: the
// data-flow checks look at one function at a time, and only where a
// candidate is.
func (c *checker) buildSSA(cs *candidates) []*ssa.Function {
	pass := c.pass
	prog := ssa.NewProgram(pass.Fset, 0)
	prog.SetNoReturn(taxonomy.NoReturn)

	// Where the candidates are, sorted, to find the declarations that
	// hold one.
	poss := make([]token.Pos, 0, len(cs.defs)+len(cs.checks))
	for p := range cs.defs {
		poss = append(poss, p)
	}
	for p := range cs.checks {
		poss = append(poss, p)
	}
	sort.Slice(poss, func(i, j int) bool { return poss[i] < poss[j] })
	// holds counts the candidates within n.
	holds := func(n ast.Node) int {
		i := sort.Search(len(poss), func(i int) bool { return poss[i] >= n.Pos() })
		j := sort.Search(len(poss), func(i int) bool { return poss[i] >= n.End() })
		return j - i
	}

	// The files as the SSA package sees them: a function without a
	// candidate (or in a skipped file) has no body. The copies keep their
	// Go version through a copy of the types.Info, whose other maps are
	// shared, read only.
	info := *pass.TypesInfo
	info.FileVersions = make(map[*ast.File]string, len(pass.Files))
	for f, v := range pass.TypesInfo.FileVersions {
		info.FileVersions[f] = v
	}
	files := make([]*ast.File, len(pass.Files))
	var needed []*ast.FuncDecl
	for i, file := range pass.Files {
		skip := c.skip[pass.Fset.File(file.FileStart)]
		var decls []ast.Decl // copy on first change
		for j, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if n := holds(fd); !skip && n > 0 {
				if c.unsettled(cs, fd, n) {
					needed = append(needed, fd)
					continue
				}
			}
			if decls == nil {
				decls = append([]ast.Decl(nil), file.Decls...)
			}
			bodiless := *fd
			bodiless.Body = nil
			decls[j] = &bodiless
		}
		files[i] = file
		if decls != nil {
			cp := *file
			cp.Decls = decls
			files[i] = &cp
			if v, ok := pass.TypesInfo.FileVersions[file]; ok {
				info.FileVersions[&cp] = v
			}
		}
	}

	c.createImports(prog, &info)
	pkg := prog.CreatePackage(pass.Pkg, files, &info, false)
	pkg.SetDebugMode(true)
	pkg.Build()

	var funcs []*ssa.Function
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	for _, fd := range needed {
		obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		if f := prog.FuncValue(obj); f != nil {
			add(f)
		}
	}
	// Package-level variable initialisers may hold function literals.
	if init := pkg.Func("init"); init != nil {
		for _, anon := range init.AnonFuncs {
			add(anon)
		}
	}
	return funcs
}

// createImports creates an SSA package for each direct import of the
// package, with a member for each package-level function, variable and
// constant of it that the package uses, and nothing else. (init calls
// the init of every direct import, so each needs a package, even an
// empty one.)
func (c *checker) createImports(prog *ssa.Program, info *types.Info) {
	imports := c.pass.Pkg.Imports()
	stubs := make(map[*types.Package]*importStub, len(imports))
	for _, p := range imports {
		stubs[p] = &importStub{}
	}
	for _, obj := range info.Uses {
		p := obj.Pkg()
		s := stubs[p]
		if s == nil || obj.Parent() != p.Scope() || s.seen[obj] {
			continue
		}
		switch obj.(type) {
		case *types.Func, *types.Var, *types.Const:
		default:
			continue
		}
		if s.seen == nil {
			s.seen = make(map[types.Object]bool)
		}
		s.seen[obj] = true
		s.objs = append(s.objs, obj)
	}
	for _, p := range imports {
		s := stubs[p]
		// The order of the members does not matter to the builder; sort
		// them anyway, so that a run is reproducible.
		sort.Slice(s.objs, func(i, j int) bool { return s.objs[i].Name() < s.objs[j].Name() })
		stubInfo := &types.Info{Defs: make(map[*ast.Ident]types.Object, len(s.objs))}
		file := &ast.File{Name: ast.NewIdent(p.Name())}
		for _, obj := range s.objs {
			id := ast.NewIdent(obj.Name())
			stubInfo.Defs[id] = obj
			switch obj.(type) {
			case *types.Func:
				// No body: the builder makes it a function
				// without code, as for export data.
				file.Decls = append(file.Decls, &ast.FuncDecl{Name: id, Type: &ast.FuncType{}})
			case *types.Var:
				file.Decls = append(file.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
			case *types.Const:
				file.Decls = append(file.Decls, &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{id}}}})
			}
		}
		prog.CreatePackage(p, []*ast.File{file}, stubInfo, true)
	}
}

// importStub is what createImports gives an imported package: the
// package-level objects the package under analysis uses.
type importStub struct {
	objs []types.Object
	seen map[types.Object]bool
}
