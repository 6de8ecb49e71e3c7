// Package suppress reads the comments that silence a rule's findings, so
// that every rule honours the same directives in the same way.
//
// A directive covers a statement, not only a line, much as the nolint
// comments of golangci-lint do: a directive on a line of its own covers the
// line after its comment group and every line of the statements,
// declarations and specs that start there; a directive after code covers
// its own line and the statements, declarations and specs that start on
// it. So one directive
// above a call spread over several lines, or above an if-else chain,
// silences the finding wherever in it the rule puts it, and nothing after.
package suppress

import (
	"go/ast"
	"go/token"
	"slices"
)

// nolints returns the nolint directives of f that cover rule, as
// golangci-lint reads them (Nolint): //nolint:apierrlint,
// //nolint:<rule>, //nolint:all, a bare //nolint, in any of the spellings
// golangci-lint accepts; each with the end of its comment group. bad are
// the ill-formed directives that seem meant for rule (or, when all is
// set, for apierrlint) but silence nothing (misspeltNolint).
func nolints(f *ast.File, rule string, all bool) (as []anchor, bad []misspelt) {
	ours := func(name string) bool { return name == "apierrlint" || name == rule }
	for _, cg := range f.Comments {
		for _, cm := range cg.List {
			linters, ok := Nolint(cm.Text)
			if !ok {
				continue
			}
			if linters == nil || slices.ContainsFunc(linters, ours) {
				as = append(as, anchor{slash: cm.Slash, groupEnd: cg.End()})
				continue
			}
			if m := misspeltNolint(cm.Text, linters, ours); m.meant == rule || m.meant == "apierrlint" && all {
				m.pos = cm.Slash
				bad = append(bad, m)
			}
		}
	}
	return as, bad
}

// An anchor is a directive comment: where it starts and where the comment
// group it belongs to ends. A comment group is a run of comments on
// adjacent lines; a comment after code is a group of its own (go/parser).
type anchor struct {
	slash, groupEnd token.Pos
}

// A span is the lines of a file, from and to included, that a directive
// covers.
type span struct{ from, to int }

func (s span) has(line int) bool { return s.from <= line && line <= s.to }

// A lineInfo is what spans learns about one line that a directive is on or
// points at.
type lineInfo struct {
	line   int
	lo, hi token.Pos // the line's positions: lo <= p < hi
	// code is the first position of the line that is code, not comment,
	// or token.NoPos.
	code token.Pos
	// last is the last line of the statements, declarations and specs
	// that start on the line, or 0 when none does.
	last int
}

// spans returns the lines that each anchor, a directive comment of f in
// tf, covers (see the package comment). It walks only the parts of f's
// syntax tree that touch the lines of the directives and the lines after
// them, so its cost is small and nothing when as is empty.
func spans(tf *token.File, f *ast.File, as []anchor) []span {
	if len(as) == 0 {
		return nil
	}
	// The lines to learn about: each directive's own, and the line after
	// its comment group.
	byLine := make(map[int]*lineInfo)
	var infos []*lineInfo // sorted by position
	add := func(line int) {
		if line < 1 || line > tf.LineCount() || byLine[line] != nil {
			return
		}
		hi := token.Pos(tf.Base() + tf.Size() + 1)
		if line < tf.LineCount() {
			hi = tf.LineStart(line + 1)
		}
		li := &lineInfo{line: line, lo: tf.LineStart(line), hi: hi}
		byLine[line] = li
		infos = append(infos, li)
	}
	for _, a := range as {
		add(tf.Line(a.slash))
		add(tf.Line(a.groupEnd) + 1)
	}
	slices.SortFunc(infos, func(a, b *lineInfo) int { return int(a.lo - b.lo) })
	// find returns the line of infos that holds p, or nil and the index
	// of the first line after p.
	find := func(p token.Pos) (int, *lineInfo) {
		i, _ := slices.BinarySearchFunc(infos, p, func(li *lineInfo, p token.Pos) int {
			if li.hi <= p {
				return -1
			}
			if li.lo > p {
				return 1
			}
			return 0
		})
		if i < len(infos) && infos[i].lo <= p {
			return i, infos[i]
		}
		return i, nil
	}
	seeCode := func(li *lineInfo, p token.Pos) {
		if li != nil && (!li.code.IsValid() || p < li.code) {
			li.code = p
		}
	}
	fileEnd := token.Pos(tf.Base() + tf.Size())
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.Comment, *ast.CommentGroup:
			return false // comments are not code
		}
		pos, end := n.Pos(), min(n.End(), fileEnd)
		if !pos.IsValid() || end <= pos {
			return true
		}
		i, li := find(pos)
		if li == nil && (i == len(infos) || infos[i].lo >= end) {
			return false // touches none of the lines
		}
		seeCode(li, pos)
		if li != nil {
			switch n.(type) {
			case ast.Stmt, ast.Decl, ast.Spec:
				li.last = max(li.last, tf.Line(end))
			}
		}
		_, lend := find(end - 1) // the node's last character
		seeCode(lend, end-1)
		return true
	})
	out := make([]span, len(as))
	for k, a := range as {
		line := tf.Line(a.slash)
		target := line // after code: the directive's own line
		if li := byLine[line]; !li.code.IsValid() || li.code > a.slash {
			target = tf.Line(a.groupEnd) + 1 // on a line of its own
		}
		s := span{from: line, to: target}
		if t := byLine[target]; t != nil {
			s.to = max(s.to, t.last)
		}
		out[k] = s
	}
	return out
}
