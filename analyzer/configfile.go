package analyzer

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/apierrlint/apierrlint/analyzer/config"
)

// ConfigAnalyzerName is the name of the analyzer that All adds for the
// configuration file. Its flag is -apierrlint.config on the command line.
const ConfigAnalyzerName = "apierrlint"

// fileConfig is the configuration file of one set of analyzers returned
// by All, shared by their closures, never by a package variable.
//
// The drivers (multichecker, and unitchecker under go vet) copy every
// root analyzer's flags onto the process's command line and parse it
// before any analysis starts. So the file's flag loads and checks the file
// while the command line is parsed (a bad file is a usage error, exit 2,
// before any package is loaded), and each rule's flags record what the
// command line sets. On its first run, a rule builds the analyzers of the
// file's configuration once (New), replays the recorded flags onto them,
// and from then on runs the one of its name instead of itself, or nothing
// when the file disables it. Without a file, the rules run as before,
// configured by their flags alone.
type fileConfig struct {
	name string         // the file, as given on the command line
	cfg  *config.Config // nil until the flag names a file
	sets []flagSet      // the rules' flags the command line set, in order

	once  sync.Once
	built map[string]*analysis.Analyzer // by rule; absent: disabled
	err   error

	wantDigest  string // -apierrlint.digest, checked once (see Digest)
	digestOnce  sync.Once
	digestError error
}

// flagSet is one flag the command line set on a rule: -<rule>.<flag>=<value>.
type flagSet struct{ rule, flag, value string }

// analyzer returns the analyzer that holds the -config flag. It is no
// rule: it has nothing to run and reports nothing.
func (fc *fileConfig) analyzer() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name: ConfigAnalyzerName,
		Doc: "read apierrlint's configuration file\n\n" +
			"-apierrlint.config=FILE configures every rule from the YAML file FILE, " +
			"the schema of golangci-lint's settings for apierrlint; the rules' own " +
			"flags given on the command line take precedence over the file. " +
			"This analyzer reports nothing.",
		URL: "https://github.com/apierrlint/apierrlint#configuration",
		Run: func(*analysis.Pass) (any, error) { return nil, nil },
	}
	a.Flags.Var((*fileFlag)(fc), "config",
		"read the rules' configuration from this YAML file (an absolute path under go vet); the rules' flags on the command line override it")
	a.Flags.StringVar(&fc.wantDigest, "digest", "",
		"the digest of the configuration file's and catalogs' contents (apierrlint passes it to go vet, whose cache it keys); the run fails when the files no longer match it")
	return a
}

// fileFlag is the -config flag.
type fileFlag fileConfig

func (f *fileFlag) String() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Set loads and checks the file at once, so that a missing or malformed
// file (or a catalog it names) fails the command line, with the file's
// name and line, before any package is loaded.
func (f *fileFlag) Set(name string) error {
	if name == "" {
		f.name, f.cfg = "", nil
		return nil
	}
	if !filepath.IsAbs(name) && underVet() {
		return fmt.Errorf("%s: go vet runs apierrlint in each package's directory, where a relative path means another file: give the file's absolute path, such as -apierrlint.config=$PWD/%s", name, filepath.ToSlash(name))
	}
	cfg, err := config.Load(name)
	if err != nil {
		return err
	}
	f.name, f.cfg = name, cfg
	return nil
}

// underVet reports whether the process is go vet's vet tool: then its
// only argument after the flags is the package's vet.cfg, the test that
// multichecker.Main itself makes. go vet runs the tool in each package's
// directory, so a relative path names a different file in each package.
func underVet() bool {
	return len(os.Args) > 1 && strings.HasSuffix(os.Args[len(os.Args)-1], ".cfg")
}

// wrap makes a, one of the rules' analyzers, record the flags the command
// line sets on it, and run as the file configures it when there is one.
func (fc *fileConfig) wrap(a *analysis.Analyzer) {
	rule := a.Name
	a.Flags.VisitAll(func(f *flag.Flag) {
		r := &recorder{Value: f.Value, record: func(v string) {
			fc.sets = append(fc.sets, flagSet{rule, f.Name, v})
		}}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			f.Value = &boolRecorder{r}
		} else {
			f.Value = r
		}
	})
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		fc.digestOnce.Do(func() { fc.digestError = fc.checkDigest() })
		if fc.digestError != nil {
			return nil, fc.digestError
		}
		if fc.cfg == nil {
			return run(pass)
		}
		fc.once.Do(fc.build)
		if fc.err != nil {
			return nil, fc.err
		}
		b, ok := fc.built[rule]
		if !ok {
			return nil, nil // the file disables the rule
		}
		return b.Run(pass)
	}
}

// build builds the analyzers of the file's configuration, with the rules
// that the command line enables by name (-<rule>, -<rule>=true) on even
// if the file disables them, and the rules' flags the command line set
// replayed onto them in order: defaults, then the file, then the flags.
func (fc *fileConfig) build() {
	cfg := fc.cfg // built once: the flags replayed below may change it
	if on := enabledOnCommandLine(); len(on) > 0 {
		cfg.Enable, cfg.Disable = on, nil
	}
	as, err := New(cfg)
	if err != nil {
		fc.err = fmt.Errorf("%s: %v", fc.name, err)
		return
	}
	fc.built = make(map[string]*analysis.Analyzer, len(as))
	for _, a := range as {
		fc.built[a.Name] = a
	}
	for _, s := range fc.sets {
		a, ok := fc.built[s.rule]
		if !ok {
			continue
		}
		if err := a.Flags.Set(s.flag, s.value); err != nil {
			fc.err = fmt.Errorf("-%s.%s=%s on top of %s: %v", s.rule, s.flag, s.value, fc.name, err)
			return
		}
	}
}

// enabledOnCommandLine returns the rules that the command line turns on by
// name: the drivers give each root analyzer a boolean flag of its name,
// and run only those set to true when any is. It reads the process's
// command line, which the driver has parsed by the time a rule runs.
func enabledOnCommandLine() []string {
	rules := config.RuleNames()
	var on []string
	flag.Visit(func(f *flag.Flag) {
		if g, ok := f.Value.(flag.Getter); ok && g.Get() == true {
			for _, r := range rules {
				if f.Name == r {
					on = append(on, r)
				}
			}
		}
	})
	return on
}

// recorder is a rule's flag that also records each value the command line
// sets it to.
type recorder struct {
	flag.Value
	record func(string)
}

func (r *recorder) String() string {
	if r == nil || r.Value == nil {
		return "" // flag.PrintDefaults calls String on a zero value
	}
	return r.Value.String()
}

func (r *recorder) Set(s string) error {
	if err := r.Value.Set(s); err != nil {
		return err
	}
	r.record(s)
	return nil
}

// boolRecorder is a recorder of a boolean flag, which the command line
// may give without a value (-errdrop.tests).
type boolRecorder struct{ *recorder }

func (*boolRecorder) IsBoolFlag() bool { return true }

func (b *boolRecorder) String() string {
	if b == nil {
		return ""
	}
	return b.recorder.String()
}
