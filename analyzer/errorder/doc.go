// Package errorder defines an Analyzer (placeholder, being written).
//
// # Analyzer errorder
//
// errorder: placeholder
package errorder
