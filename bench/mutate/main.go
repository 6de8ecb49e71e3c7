// Command mutate measures the recall of apierrlint's rules on real code by
// mutation: it finds correct error-handling sites in real modules by type
// information (not by the rules), injects one bug at a time, the kind a
// person writes (a near miss of an error code, a check moved behind the
// check that shadows it, an error assigned to _), keeps the mutants that
// still build, runs apierrlint on the mutated package through go vet
// -vettool with an -overlay, and counts a mutant killed when a finding of
// the expected rule appears at the mutated site and nothing new appears
// elsewhere in the package.
//
//	go run ./bench/mutate                         # the default sample of the default modules
//	go run ./bench/mutate -n 10 -seed 2 MODULE@VERSION ...
//	go run ./bench/mutate -full                   # every site
//
// It prints a table per module, rule and operator and writes the
// survivors, with the code around each, to -report. Modules are fetched
// from the Go module proxy into -work/src (a writable copy with its
// dependencies resolved), as bench/run does. It is run by hand, not in CI.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// defaultModules are the nine modules of docs/triage.md and three that use
// Kubernetes apimachinery, cloud storage SDKs and gRPC heavily.
var defaultModules = []string{
	"go.temporal.io/sdk@v1.50.0",
	"github.com/cert-manager/cert-manager@v1.20.0",
	"sigs.k8s.io/external-dns@v0.20.0",
	"github.com/google/go-github/v75@v75.0.0",
	"github.com/stripe/stripe-go/v84@v84.4.1",
	"cloud.google.com/go/storage@v1.70.0",
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob@v1.8.3",
	"github.com/digitalocean/godo@v1.236.0",
	"github.com/hashicorp/vault/api@v1.23.0",
	"sigs.k8s.io/controller-runtime@v0.25.3",
	"github.com/minio/minio-go/v7@v7.4.1",
	"go.etcd.io/etcd/client/v3@v3.7.4",
}

type options struct {
	n       int    // mutants per module and operator that build
	full    bool   // every site
	seed    uint64 // of the sample
	jobs    int    // go vet processes at once
	work    string // module copies and scratch files
	bin     string // the apierrlint binary
	report  string // survivors, in Markdown
	ops     map[string]bool
	timeout time.Duration // per go vet run
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("mutate: ")
	home, err := os.UserCacheDir()
	if err != nil {
		home = os.TempDir()
	}
	var o options
	var ops string
	flag.IntVar(&o.n, "n", 2, "at most `n` buildable mutants per module and operator")
	flag.BoolVar(&o.full, "full", false, "mutate every site (overrides -n)")
	flag.Uint64Var(&o.seed, "seed", 1, "seed of the sample")
	flag.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "go vet runs at once")
	flag.StringVar(&o.work, "work", filepath.Join(home, "apierrlint-mutate"), "`dir`ectory for module copies and mutants")
	flag.StringVar(&o.bin, "apierrlint", "", "apierrlint `binary` to measure (default: built from this checkout)")
	flag.StringVar(&o.report, "report", "mutate-report.md", "write the table and the survivors to this `file`")
	flag.StringVar(&ops, "ops", "", "comma-separated operators to run (default all: "+strings.Join(operatorNames(), ",")+")")
	flag.DurationVar(&o.timeout, "timeout", 10*time.Minute, "limit of one go vet run")
	flag.Parse()
	if o.n < 1 {
		log.Fatalf("-n must be at least 1, not %d", o.n)
	}
	if o.jobs < 1 {
		o.jobs = 1
	}
	if ops != "" {
		o.ops = map[string]bool{}
		known := map[string]bool{}
		for _, op := range operatorNames() {
			known[op] = true
		}
		for op := range strings.SplitSeq(ops, ",") {
			if !known[op] {
				log.Fatalf("-ops: unknown operator %q (known: %s)", op, strings.Join(operatorNames(), ", "))
			}
			o.ops[op] = true
		}
	}
	modules := flag.Args()
	if len(modules) == 0 {
		modules = defaultModules
	}
	for _, mv := range modules {
		if !strings.Contains(mv, "@") && !isDir(mv) {
			log.Fatalf("%s: give a module as path@version, or a module's directory", mv)
		}
	}
	if err := run(&o, modules); err != nil {
		log.Fatal(err)
	}
}

func run(o *options, modules []string) error {
	// An interrupt stops the go commands under way too (CommandContext),
	// instead of leaving them to finish a module's build for nobody.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	if o.bin == "" {
		bin, err := buildApierrlint(ctx, o.work)
		if err != nil {
			return err
		}
		o.bin = bin
	}
	var results []*moduleResult
	start := time.Now()
	for _, mv := range modules {
		if ctx.Err() != nil {
			break
		}
		r, err := runModule(ctx, o, mv)
		if err != nil {
			log.Printf("%s: %v", mv, err)
			continue
		}
		results = append(results, r)
		fmt.Print(table([]*moduleResult{r}))
		// Written after each module, so that a long run that stops keeps
		// what it measured.
		if err := writeReport(o.report, o, results); err != nil {
			return err
		}
	}
	log.Printf("%d modules in %s", len(results), time.Since(start).Round(time.Second))
	fmt.Println()
	fmt.Print(table(results))
	if err := writeReport(o.report, o, results); err != nil {
		return err
	}
	log.Printf("survivors written to %s", o.report)
	return ctx.Err()
}

// buildApierrlint builds the command of the checkout this program runs in.
func buildApierrlint(ctx context.Context, work string) (string, error) {
	out := filepath.Join(work, "bin", "apierrlint")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "github.com/apierrlint/apierrlint/cmd/apierrlint")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("building apierrlint: %w", err)
	}
	return out, nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
