package main

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// maxRounds bounds the rounds of -fix: each round applies every fix that
// overlaps no other and runs the rules again on the fixed files. Two fixes
// of one chain (errorder's reorder, errcode's literal inside a clause it
// moves) take two rounds.
const maxRounds = 10

// fixRounds applies the first suggested fix of every finding, in rounds
// to a fixed point, and writes the files (-fix) or prints a unified diff
// of them (-diff). Between rounds the fixed contents reach go vet through
// an overlay, so that the files change only once, at the end, and the
// packages no fix touched come from go's cache.
func fixRounds(o *options, stdout, stderr *printer) int {
	// go vet's cache keys a unit by the contents of its files and its
	// directory, not by the overlay's names for them, and a cached result
	// names the files as the run that computed it did. So the fixed copy
	// of a file has one name, the file's own under overlayDir, which
	// runVet turns back into the file's (see unoverlay): a result cached by
	// a round of -fix and replayed by a later run names the right file.
	tmp := overlayDir()
	original := map[string][]byte{} // the files on disk, before any fix
	current := map[string][]byte{}  // their fixed contents
	overlay := map[string]string{}  // file -> its fixed copy under tmp
	defer func() {
		for _, cp := range overlay {
			if err := os.Remove(cp); err != nil {
				stderr.printf("apierrlint: %v\n", err)
			}
			// And the directories made for it, up to the first one that
			// holds something else.
			for d := filepath.Dir(cp); d != tmp && strings.HasPrefix(d, tmp); d = filepath.Dir(d) {
				if os.Remove(d) != nil {
					break
				}
			}
		}
	}()
	applied, code := 0, exitOK
	for round := 1; ; round++ {
		res, err := runVet(o, overlay)
		if err != nil {
			stderr.printf("apierrlint: %v\n", err)
			return exitFailure
		}
		diags, fails := findings(res)
		if round == 1 || res.failed || len(fails) > 0 {
			stderr.printf("%s", res.stderr)
		}
		for _, f := range fails {
			stderr.printf("apierrlint: %s: %s\n", f.pkg, f.msg)
		}
		if res.failed || len(fails) > 0 {
			code = exitFailure
		}
		fixes := pending(diags, o.tests)
		if len(fixes) == 0 {
			break
		}
		if round > maxRounds {
			stderr.printf("apierrlint: %d fixes still pending after %d rounds; files left unchanged\n", len(fixes), maxRounds)
			return exitFailure
		}
		n, err := applyRound(fixes, original, current)
		if err != nil {
			stderr.printf("apierrlint: %v\n", err)
			return exitFailure
		}
		if n == 0 {
			break // the fixes change nothing: a fixed point
		}
		applied += n
		for file, data := range current {
			cp, ok := overlay[file]
			if !ok {
				cp = filepath.Join(tmp, file)
				if err := os.MkdirAll(filepath.Dir(cp), 0o700); err != nil {
					stderr.printf("apierrlint: %v\n", err)
					return exitFailure
				}
				overlay[file] = cp
			}
			if err := os.WriteFile(cp, data, 0o644); err != nil {
				stderr.printf("apierrlint: %v\n", err)
				return exitFailure
			}
		}
	}

	files := sortedKeys(current)
	changed := 0
	for _, file := range files {
		if bytes.Equal(original[file], current[file]) {
			continue
		}
		changed++
		if o.diff {
			stdout.printf("%s", unified(file+" (old)", file+" (new)", string(original[file]), string(current[file])))
			continue
		}
		// Keep the file's mode; the fixes were computed from its contents.
		mode := os.FileMode(0o644)
		if fi, err := os.Stat(file); err == nil {
			mode = fi.Mode().Perm()
		}
		if err := os.WriteFile(file, current[file], mode); err != nil {
			stderr.printf("apierrlint: %v\n", err)
			code = exitFailure
		}
	}
	if !o.diff && applied > 0 {
		stderr.printf("apierrlint: applied %s, %s updated\n", plural(applied, "fix", "fixes"), plural(changed, "file", "files"))
	}
	return code
}

// overlayDir is the directory of the fixed copies of files between
// rounds: the copy of /a/b.go is overlayDir()/a/b.go.
func overlayDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "apierrlint", "fix")
}

// unoverlay names the files that a result names by their fixed copies
// (see fixRounds) by the files themselves: in JSON and in go vet's
// messages, a copy's absolute path follows a quote, a line start or a
// space.
func unoverlay(out []byte) []byte {
	dir := []byte(overlayDir())
	if !bytes.Contains(out, dir) {
		return out
	}
	for _, before := range []string{`"`, "\n", " ", "\t"} {
		out = bytes.ReplaceAll(out, append([]byte(before), dir...), []byte(before))
	}
	return bytes.TrimPrefix(out, dir)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// pending returns the first fix of each finding, once each (a package and its test
// variant report the same fix), in a stable order.
func pending(diags []diagnostic, tests bool) []suggested {
	seen := map[string]bool{}
	var fixes []suggested
	for _, d := range diags {
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		fix := d.SuggestedFixes[0]
		fix.Edits = slices.Clone(fix.Edits)
		key := ""
		for _, e := range fix.Edits {
			key += fmt.Sprintf("%s:%d:%d:%q;", e.Filename, e.Start, e.End, e.New)
		}
		if len(fix.Edits) == 0 || seen[key] {
			continue
		}
		if !tests && slices.ContainsFunc(fix.Edits, func(e edit) bool { return strings.HasSuffix(e.Filename, "_test.go") }) {
			continue
		}
		seen[key] = true
		fixes = append(fixes, fix)
	}
	slices.SortStableFunc(fixes, func(a, b suggested) int {
		return cmp.Or(cmp.Compare(a.Edits[0].Filename, b.Edits[0].Filename), cmp.Compare(a.Edits[0].Start, b.Edits[0].Start))
	})
	return fixes
}

// applyRound applies every fix that overlaps none applied before it in
// this round (the others wait for the next round, which sees the fixed
// files) to current, reading the files it has not read yet into original
// and current. It returns how many fixes it applied. Fixes in generated
// files are skipped, as the analysis framework's -fix skips them.
func applyRound(fixes []suggested, original, current map[string][]byte) (int, error) {
	taken := map[string][]edit{} // by file
	var todo []suggested
next:
	for _, fix := range fixes {
		for _, e := range fix.Edits {
			if _, ok := current[e.Filename]; !ok {
				data, err := os.ReadFile(e.Filename)
				if err != nil {
					return 0, err
				}
				original[e.Filename], current[e.Filename] = data, data
			}
			if e.Start < 0 || e.End < e.Start || e.End > len(current[e.Filename]) {
				continue next // not an edit of these contents
			}
			if generated(current[e.Filename]) {
				continue next
			}
			for _, t := range taken[e.Filename] {
				if overlaps(e, t) {
					continue next
				}
			}
		}
		// A fix may not overlap itself either.
		for i, e := range fix.Edits {
			for _, f := range fix.Edits[:i] {
				if e.Filename == f.Filename && overlaps(e, f) {
					continue next
				}
			}
		}
		for _, e := range fix.Edits {
			taken[e.Filename] = append(taken[e.Filename], e)
		}
		todo = append(todo, fix)
	}
	changed := 0
	for file, edits := range taken {
		slices.SortFunc(edits, func(a, b edit) int { return cmp.Compare(a.Start, b.Start) })
		src := current[file]
		var out bytes.Buffer
		last := 0
		for _, e := range edits {
			out.Write(src[last:e.Start])
			out.WriteString(e.New)
			last = e.End
		}
		out.Write(src[last:])
		fixed := out.Bytes()
		if formatted, err := format.Source(fixed); err == nil {
			fixed = formatted
		}
		if !bytes.Equal(fixed, src) {
			changed++
		}
		current[file] = fixed
	}
	if changed == 0 {
		return 0, nil
	}
	return len(todo), nil
}

// overlaps reports whether two edits of a file touch the same bytes; two
// insertions at one offset overlap too, since their order would be a
// guess.
func overlaps(a, b edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return a.Start == b.Start
	}
	return a.Start < b.End && b.Start < a.End
}

// generated reports whether src is a generated Go file.
func generated(src []byte) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.PackageClauseOnly|parser.ParseComments)
	return err == nil && ast.IsGenerated(f)
}
