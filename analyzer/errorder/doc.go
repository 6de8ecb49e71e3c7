// Package errorder defines an Analyzer that reports error checks that can
// never succeed because an earlier check on the same error already matches
// every error they would match.
//
// # Analyzer errorder
//
// errorder: report error checks shadowed by an earlier, more general check
//
// (Documentation being written.)
package errorder
