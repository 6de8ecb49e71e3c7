package cmpop

import (
	"go/constant"
	"go/token"
	"testing"
)

// TestOperators checks Negate and Mirror on every comparison and pair of
// small integers, against constant.Compare.
func TestOperators(t *testing.T) {
	ops := []token.Token{token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ}
	for _, op := range ops {
		neg, ok := Negate(op)
		if !ok {
			t.Fatalf("Negate(%s) reports no comparison", op)
		}
		for x := int64(-1); x <= 1; x++ {
			for y := int64(-1); y <= 1; y++ {
				a, b := constant.MakeInt64(x), constant.MakeInt64(y)
				if constant.Compare(a, op, b) == constant.Compare(a, neg, b) {
					t.Errorf("%d %s %d and %d %s %d agree", x, op, y, x, neg, y)
				}
				if constant.Compare(a, op, b) != constant.Compare(b, Mirror(op), a) {
					t.Errorf("%d %s %d and %d %s %d disagree", x, op, y, y, Mirror(op), x)
				}
			}
		}
	}
	if _, ok := Negate(token.ADD); ok {
		t.Error("Negate(+) reports a comparison")
	}
}
