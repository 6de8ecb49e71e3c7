// Package partialssa builds the SSA form of some of a package's functions,
// not all of them, for analyzers that look at one function at a time and
// only at few functions: errdrop at the functions that hold a candidate,
// the taxonomy at the functions of an error that it summarizes.
//
// Two things make it cheaper than ssa.Program.CreatePackage and
// Package.Build on everything (the buildssa pass), without changing the
// SSA of any function that is built:
//
//   - Only the functions that Keep selects are built. The others are
//     created without a body, as functions of other packages are: a call
//     to one is the same Call instruction either way.
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
package partialssa

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Options says what to build.
type Options struct {
	// Keep selects the function declarations to build, with their
	// function literals.
	Keep func(*ast.FuncDecl) bool
	// VarInits keeps the initializers of package-level variables, which
	// the package's init function evaluates (and whose function literals
	// are its anonymous functions). Without it, package-level variables
	// are declared without a value and init does nothing.
	VarInits bool
	// NoReturn names the functions that never return, so that a call of
	// one ends its block.
	NoReturn func(*types.Func) bool
}

// Build builds the package of pass in a program of its own, and returns
// it with the SSA functions of the declarations Keep selected, in the
// order of the files and declarations.
func Build(pass *analysis.Pass, opts Options) (*ssa.Package, []*ssa.Function) {
	prog := ssa.NewProgram(pass.Fset, 0)
	if opts.NoReturn != nil {
		prog.SetNoReturn(opts.NoReturn)
	}

	// The files as the SSA package sees them. The copies keep their Go
	// version through a copy of the types.Info, whose other maps are
	// shared, read only.
	info := *pass.TypesInfo
	info.FileVersions = make(map[*ast.File]string, len(pass.Files))
	for f, v := range pass.TypesInfo.FileVersions {
		info.FileVersions[f] = v
	}
	files := make([]*ast.File, len(pass.Files))
	var kept []*ast.FuncDecl
	for i, file := range pass.Files {
		var decls []ast.Decl // copy on first change
		change := func(j int, d ast.Decl) {
			if decls == nil {
				decls = append([]ast.Decl(nil), file.Decls...)
			}
			decls[j] = d
		}
		for j, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Body == nil {
					continue
				}
				if opts.Keep(d) {
					kept = append(kept, d)
					continue
				}
				bodiless := *d
				bodiless.Body = nil
				change(j, &bodiless)
			case *ast.GenDecl:
				if d.Tok == token.VAR && !opts.VarInits {
					if nd, ok := withoutValues(d); ok {
						change(j, nd)
					}
				}
			}
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

	createImports(prog, pass.Pkg, &info)
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
	for _, fd := range kept {
		obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		if f := prog.FuncValue(obj); f != nil {
			add(f)
		}
	}
	return pkg, funcs
}

// withoutValues returns a copy of a var declaration whose specs declare
// their names with no value, or false if none has a value.
func withoutValues(d *ast.GenDecl) (*ast.GenDecl, bool) {
	changed := false
	specs := make([]ast.Spec, len(d.Specs))
	for i, s := range d.Specs {
		specs[i] = s
		if vs, ok := s.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
			cp := *vs
			cp.Values = nil
			specs[i] = &cp
			changed = true
		}
	}
	if !changed {
		return nil, false
	}
	cp := *d
	cp.Specs = specs
	return &cp, true
}

// createImports creates an SSA package for each direct import of pkg,
// with a member for each package-level function, variable and constant of
// it that the package uses, and nothing else. (init calls the init of
// every direct import, so each needs a package, even an empty one.)
func createImports(prog *ssa.Program, pkg *types.Package, info *types.Info) {
	imports := pkg.Imports()
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
