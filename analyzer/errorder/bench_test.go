package errorder_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apierrlint/apierrlint/analyzer/errorder"
	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

// benchFuncs is the size of the generated package: each function has an
// errors.As chain, a type switch, an errors.Is chain and a predicate chain,
// each with one check shadowed by an earlier one, and one chain in the
// right order.
const benchFuncs = 2000

// writeBenchModule writes a module with one package declaring a small
// taxonomy (an interface, a base error, errors that unwrap to it,
// sentinels that wrap others, predicates) and benchFuncs functions that
// check errors against it, and returns its directory.
func writeBenchModule(b *testing.B) string {
	dir := b.TempDir()
	var src strings.Builder
	src.WriteString(`package bench

import (
	"errors"
	"fmt"
)

type APIError interface {
	error
	Code() int
}

type BaseError struct{ Status int }

func (e *BaseError) Error() string { return "base" }
func (e *BaseError) Code() int     { return e.Status }

type NotFoundError struct{ Base *BaseError }

func (e *NotFoundError) Error() string { return "not found" }
func (e *NotFoundError) Code() int     { return 404 }
func (e *NotFoundError) Unwrap() error { return e.Base }

type ThrottleError struct{ Base *BaseError }

func (e *ThrottleError) Error() string { return "throttled" }
func (e *ThrottleError) Code() int     { return 429 }
func (e *ThrottleError) Unwrap() error { return e.Base }

var (
	ErrRetryable = errors.New("retryable")
	ErrThrottled = fmt.Errorf("throttled: %w", ErrRetryable)
	ErrTimeout   = fmt.Errorf("timeout: %w", ErrRetryable)
)

func IsNotFound(err error) bool {
	var nf *NotFoundError
	return errors.As(err, &nf)
}

func IsAPIError(err error) bool {
	var api APIError
	return errors.As(err, &api)
}
`)
	for i := range benchFuncs {
		fmt.Fprintf(&src, `
func f%d(err error) int {
	var api APIError
	var nf *NotFoundError
	var th *ThrottleError
	var base *BaseError
	if errors.As(err, &api) {
		return 1
	} else if errors.As(err, &nf) {
		return 2
	}
	if errors.As(err, &nf) {
		return 3
	} else if errors.As(err, &th) {
		return 4
	} else if errors.As(err, &base) {
		return 5
	}
	switch err.(type) {
	case APIError:
		return 6
	case *ThrottleError:
		return 7
	}
	if errors.Is(err, ErrRetryable) {
		return 8
	} else if errors.Is(err, ErrTimeout) {
		return 9
	}
	if IsAPIError(err) {
		return 10
	} else if IsNotFound(err) {
		return 11
	}
	return %d
}
`, i, i)
	}
	files := map[string]string{
		"go.mod":   "module bench\n\ngo 1.26\n",
		"bench.go": src.String(),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkErrorder checks the generated package, the standard library
// packages it imports included (as go vet does, for facts), with the
// taxonomy alone (what every rule pays) and with errorder on top.
func BenchmarkErrorder(b *testing.B) {
	dir := writeBenchModule(b)
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOFLAGS=", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading the generated package: %v", err)
	}
	for _, bc := range []struct {
		name string
		a    *analysis.Analyzer
	}{
		{"taxonomy", taxonomy.Analyzer},
		{"errorder", errorder.New(errorder.DefaultConfig())},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				g, err := checker.Analyze([]*analysis.Analyzer{bc.a}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for act := range g.All() {
					if act.Err != nil {
						b.Fatal(act.Err)
					}
					if act.Analyzer == bc.a && act.Package.PkgPath == "bench" {
						n = len(act.Diagnostics)
					}
				}
				if bc.a != taxonomy.Analyzer && n < 4*benchFuncs {
					b.Fatalf("%d findings, want at least %d", n, 4*benchFuncs)
				}
			}
		})
	}
}
