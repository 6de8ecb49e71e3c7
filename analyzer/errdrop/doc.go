// Package errdrop defines an Analyzer (placeholder, being written).
//
// # Analyzer errdrop
//
// errdrop: placeholder
package errdrop
