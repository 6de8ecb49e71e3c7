// Package gopls builds and tests gopls-apierrlint, a gopls with
// apierrlint's rules in its analyzer list. It has no code of its own:
// build-gopls.sh builds the binary, apierrlint.go.in is the file it adds
// to gopls's package internal/settings, and the tests drive the built
// binary over the LSP protocol (APIERRLINT_GOPLS names it).
package gopls
