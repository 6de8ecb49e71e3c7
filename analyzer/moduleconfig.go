package analyzer

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/config"
)

// ConfigFileName is the configuration file that the analyzers of
// ModuleConfigured read from the root of each package's module.
const ConfigFileName = "apierrlint.yml"

// ModuleConfigured returns the rules' analyzers for a host that sets no
// analyzer flags, such as gopls: each analyzer, on each package, reads the
// configuration file ConfigFileName in the root of the package's module
// (the nearest directory at or above the package's directory that holds a
// go.mod) and runs as that file configures it, or with its defaults when
// there is none. A rule the file disables reports nothing.
//
// The file is read again on every run, and the analyzers it configures
// are rebuilt only when its content, or the size or modification time of
// a catalog it names, changed. A file that cannot be read or is malformed
// is reported by each rule as one diagnostic at the package clause of the
// package's first file, and the rule does not run: an editor shows the
// problem where a failed analysis would be silent. Each call returns new
// analyzers, which share nothing with those of other calls.
func ModuleConfigured() []*analysis.Analyzer {
	mc := &moduleConfigs{byFile: make(map[string]*moduleConfig)}
	all := build(config.Default(), nil)
	for _, a := range all {
		mc.wrap(a)
	}
	return all
}

// moduleConfigs holds the configurations read so far, by file.
type moduleConfigs struct {
	mu     sync.Mutex
	byFile map[string]*moduleConfig
}

// moduleConfig is one configuration file, read and built.
type moduleConfig struct {
	data     string      // the file's content, as read
	catalogs []fileStamp // the catalogs it names, as they were when read
	built    map[string]*analysis.Analyzer
	err      error
}

type fileStamp struct {
	name string
	size int64
	mod  time.Time
}

func stampOf(name string) fileStamp {
	s := fileStamp{name: name}
	if fi, err := os.Stat(name); err == nil {
		s.size, s.mod = fi.Size(), fi.ModTime()
	}
	return s
}

func (mc *moduleConfigs) wrap(a *analysis.Analyzer) {
	rule := a.Name
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		name := configFileOf(pass)
		if name == "" {
			return run(pass)
		}
		c := mc.load(name)
		if c.err != nil {
			if len(pass.Files) > 0 {
				f := pass.Files[0]
				pass.Report(analysis.Diagnostic{
					Pos: f.Package, End: f.Name.End(),
					Message: fmt.Sprintf("%s is not run: %v", rule, c.err),
				})
			}
			return nil, nil
		}
		b, ok := c.built[rule]
		if !ok {
			return nil, nil // the file disables the rule
		}
		return b.Run(pass)
	}
}

// load returns the configuration in the file name, read again when the
// file or one of its catalogs changed since the last call.
func (mc *moduleConfigs) load(name string) *moduleConfig {
	data, err := os.ReadFile(name)
	mc.mu.Lock()
	defer mc.mu.Unlock()
	if err != nil {
		delete(mc.byFile, name)
		return &moduleConfig{err: err}
	}
	if c, ok := mc.byFile[name]; ok && c.data == string(data) && c.fresh() {
		return c
	}
	c := &moduleConfig{data: string(data)}
	mc.byFile[name] = c
	cfg, err := config.Parse(name, data)
	if err == nil {
		for _, cat := range cfg.Errcode.Catalogs {
			c.catalogs = append(c.catalogs, stampOf(cat.File))
		}
		// Parse does not read the catalogs; Load does, and checks them.
		cfg, err = config.Load(name)
	}
	if err != nil {
		c.err = err
		return c
	}
	as, err := New(cfg)
	if err != nil {
		c.err = fmt.Errorf("%s: %v", name, err)
		return c
	}
	c.built = make(map[string]*analysis.Analyzer, len(as))
	for _, a := range as {
		c.built[a.Name] = a
	}
	return c
}

// fresh reports whether the catalogs are as they were when c was read.
func (c *moduleConfig) fresh() bool {
	for _, s := range c.catalogs {
		if stampOf(s.name) != s {
			return false
		}
	}
	return true
}

// configFileOf returns the configuration file of the package of pass: the
// file ConfigFileName in the root of its module, or "" when the package
// is in no module or its module has no such file.
func configFileOf(pass *analysis.Pass) string {
	if len(pass.Files) == 0 {
		return ""
	}
	dir := filepath.Dir(fileName(pass.Fset, pass.Files[0].Pos()))
	if dir == "." || dir == "" {
		return ""
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	root := moduleRoot(dir)
	if root == "" {
		return ""
	}
	name := filepath.Join(root, ConfigFileName)
	if _, err := os.Stat(name); err != nil {
		return ""
	}
	return name
}

func fileName(fset *token.FileSet, pos token.Pos) string {
	if f := fset.File(pos); f != nil {
		return f.Name()
	}
	return ""
}

// moduleRoot returns the nearest directory at or above dir that holds a
// go.mod file, or "" when there is none.
func moduleRoot(dir string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
