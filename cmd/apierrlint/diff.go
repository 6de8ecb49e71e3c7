package main

import (
	"fmt"
	"strings"
)

// unified returns the unified diff of two texts, with three lines of
// context, or "" when they are equal. Fixes change a few lines of a file:
// the lines common to both ends are set aside, and the rest is compared
// line by line (a longest common subsequence).
func unified(oldName, newName, a, b string) string {
	if a == b {
		return ""
	}
	x, y := lines(a), lines(b)
	ops := diffLines(x, y)

	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", oldName, newName)
	const ctx = 3
	// Group the operations into hunks: changes closer than 2*ctx lines
	// share one.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(i-ctx, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*ctx {
				end = min(end+ctx, len(ops))
				break
			}
			end = run
		}
		ax, bx := ops[start].x, ops[start].y
		var an, bn int
		for _, op := range ops[start:end] {
			if op.kind != '+' {
				an++
			}
			if op.kind != '-' {
				bn++
			}
		}
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(ax, an), hunkRange(bx, bn))
		for _, op := range ops[start:end] {
			sb.WriteByte(op.kind)
			sb.WriteString(op.text)
			if !strings.HasSuffix(op.text, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return sb.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// An op is one line of a diff: ' ' in both, '-' only in the old text,
// '+' only in the new; x and y are the lines of each text before it.
type op struct {
	kind byte
	text string
	x, y int
}

func lines(s string) []string {
	l := strings.SplitAfter(s, "\n")
	if len(l) > 0 && l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

func diffLines(x, y []string) []op {
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]

	var ops []op
	i, j := 0, 0
	emit := func(kind byte, text string) {
		ops = append(ops, op{kind, text, i, j})
		switch kind {
		case ' ':
			i++
			j++
		case '-':
			i++
		case '+':
			j++
		}
	}
	for k := 0; k < pre; k++ {
		emit(' ', x[k])
	}
	if len(mx)*len(my) > 4<<20 {
		// Too large to compare line by line: replace the whole middle.
		for _, l := range mx {
			emit('-', l)
		}
		for _, l := range my {
			emit('+', l)
		}
	} else {
		// lcs[a][b] is the longest common subsequence of mx[a:] and my[b:].
		lcs := make([][]int32, len(mx)+1)
		for a := range lcs {
			lcs[a] = make([]int32, len(my)+1)
		}
		for a := len(mx) - 1; a >= 0; a-- {
			for b := len(my) - 1; b >= 0; b-- {
				if mx[a] == my[b] {
					lcs[a][b] = lcs[a+1][b+1] + 1
				} else {
					lcs[a][b] = max(lcs[a+1][b], lcs[a][b+1])
				}
			}
		}
		a, b := 0, 0
		for a < len(mx) || b < len(my) {
			switch {
			case a < len(mx) && b < len(my) && mx[a] == my[b]:
				emit(' ', mx[a])
				a++
				b++
			case a < len(mx) && (b == len(my) || lcs[a+1][b] >= lcs[a][b+1]):
				emit('-', mx[a])
				a++
			default:
				emit('+', my[b])
				b++
			}
		}
	}
	for k := len(x) - suf; k < len(x); k++ {
		emit(' ', x[k])
	}
	return ops
}
