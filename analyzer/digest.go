package analyzer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Digest returns "" when there are no such files, and otherwise a digest of the contents of every file that the parsed
// command line of analyzers (a set returned by All) makes the rules read:
// the file of -apierrlint.config, the catalogs it names and the catalogs
// of -errcode.catalog. go vet keys its cache by the flags' text, not by
// the files they name; the command passes this digest as
// -apierrlint.digest so that an edit to one of the files changes the key,
// and the vet tool checks it against the files it reads.
func Digest(analyzers []*analysis.Analyzer) (string, error) {
	fc := configOf(analyzers)
	if fc == nil {
		return "", fmt.Errorf("no %s analyzer among the analyzers", ConfigAnalyzerName)
	}
	if len(fc.files()) == 0 {
		return "", nil
	}
	return fc.digest()
}

// configOf returns the fileConfig of the analyzers' config analyzer.
func configOf(analyzers []*analysis.Analyzer) *fileConfig {
	for _, a := range analyzers {
		if a.Name != ConfigAnalyzerName {
			continue
		}
		if f := a.Flags.Lookup("config"); f != nil {
			if ff, ok := f.Value.(*fileFlag); ok {
				return (*fileConfig)(ff)
			}
		}
	}
	return nil
}

// files returns the files whose contents the rules read, in the order the
// command line names them.
func (fc *fileConfig) files() []string {
	var files []string
	if fc.cfg != nil {
		files = append(files, fc.name)
		if fc.cfg.Errcode != nil {
			for _, c := range fc.cfg.Errcode.Catalogs {
				files = append(files, c.File)
			}
		}
	}
	for _, s := range fc.sets {
		if s.rule != "errcode" || s.flag != "catalog" {
			continue
		}
		for _, kv := range strings.Split(s.value, ",") {
			if f, ok := strings.CutPrefix(kv, "file="); ok {
				files = append(files, f)
			}
		}
	}
	return files
}

func (fc *fileConfig) digest() (string, error) {
	h := sha256.New()
	for _, name := range fc.files() {
		data, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		// Contents only: the command and the vet tool may spell a path
		// differently (relative, absolute).
		h.Write(fmt.Appendf(nil, "%d\n", len(data)))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// checkDigest checks the -apierrlint.digest the command line gave, if
// any, against the files as they are now.
func (fc *fileConfig) checkDigest() error {
	if fc.wantDigest == "" {
		return nil
	}
	// Text after a "+" is no part of the digest: the command adds a
	// fresh one to run every package again (-cache=false).
	want, _, _ := strings.Cut(fc.wantDigest, "+")
	if want == "" {
		return nil // no files to check
	}
	got, err := fc.digest()
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("-%s.digest=%s does not match the configuration and catalog files (now %s): they changed since it was computed; run apierrlint again", ConfigAnalyzerName, fc.wantDigest, got)
	}
	return nil
}
