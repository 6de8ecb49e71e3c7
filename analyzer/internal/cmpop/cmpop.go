// Package cmpop holds what the rules need to know of Go's comparison
// operators: the one that holds when a comparison does not (Negate), and
// the one that holds with the operands swapped (Mirror).
package cmpop

import "go/token"

// Negate returns the operator of !(x op y): == for !=, >= for <. It
// reports false for an operator that is not a comparison.
func Negate(op token.Token) (token.Token, bool) {
	switch op {
	case token.EQL:
		return token.NEQ, true
	case token.NEQ:
		return token.EQL, true
	case token.LSS:
		return token.GEQ, true
	case token.LEQ:
		return token.GTR, true
	case token.GTR:
		return token.LEQ, true
	case token.GEQ:
		return token.LSS, true
	}
	return op, false
}

// Mirror returns the operator of y op' x that holds when x op y does: >
// for <; == and != are their own mirrors. Any other operator is returned
// as it is.
func Mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.LEQ:
		return token.GEQ
	case token.GTR:
		return token.LSS
	case token.GEQ:
		return token.LEQ
	}
	return op
}
