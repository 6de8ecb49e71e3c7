// Package errcode defines an Analyzer (placeholder, being written).
//
// # Analyzer errcode
//
// errcode: placeholder
package errcode
