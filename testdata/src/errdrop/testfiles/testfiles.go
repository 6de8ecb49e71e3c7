// Package testfiles has findings in a _test.go file, reported by default.
package testfiles

func Setup() error { return nil }
