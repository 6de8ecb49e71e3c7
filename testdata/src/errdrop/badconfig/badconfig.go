// Package badconfig is analysed with invalid options: the run fails with
// a clear error instead of reporting.
package badconfig
