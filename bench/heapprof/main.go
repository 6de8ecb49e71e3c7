// Command heapprof measures what apierrlint's analysis costs on top of
// loading: it loads packages as the multichecker does (syntax and types of
// every dependency, tests included), runs either apierrlint's rules or a
// no-op analyzer that declares a fact type (the floor, as bench/noop), and
// prints the CPU time, allocation and garbage collections of the analysis
// phase and the live heap after it, while the checker's action graph, which
// keeps every pass until the run ends, is still alive. Unlike wall time and
// peak RSS on a shared machine these figures hardly vary between runs.
//
//	cd <module> && go run github.com/apierrlint/apierrlint/bench/heapprof [-noop] [-probe] [-o heap.prof] ./...
//
// The heap profile (-o) is written at the same point: go tool pprof
// -sample_index=inuse_space shows what the graph keeps, alloc_space what
// the analysis allocated (focus on analysis/checker). The multichecker's
// own -memprofile is written after the graph is gone.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"syscall"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/apierrlint/apierrlint/analyzer"
)

// fact exists only so that the noop analyzer runs on every dependency.
type fact struct{}

func (*fact) AFact() {}

var noop = &analysis.Analyzer{
	Name:      "noop",
	Doc:       "noop does nothing; it declares a fact type so that it runs on every dependency",
	FactTypes: []analysis.Fact{new(fact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("heapprof: ")
	useNoop := flag.Bool("noop", false, "run the no-op fact analyzer instead of apierrlint's rules")
	out := flag.String("o", "", "write a heap profile after the analysis to this file")
	top := flag.Int("top", 0, "list the n longest actions")
	probe := flag.Bool("probe", false, "collect garbage every 200ms during the analysis and report the largest live heap")
	flag.Parse()

	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: true}
	pkgs, err := packages.Load(cfg, flag.Args()...)
	if err != nil {
		log.Fatal(err)
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Printf("loaded: %d MB live\n", ms.HeapAlloc>>20)
	allocated, gcs := ms.TotalAlloc, ms.NumGC

	as := analyzer.All()
	if *useNoop {
		as = []*analysis.Analyzer{noop}
	}
	// With -probe, what is live at once during the analysis, transient
	// data included; a collection that takes long also keeps what is
	// allocated while it marks.
	done, largest := make(chan struct{}), make(chan uint64, 1)
	go func() {
		var most uint64
		for *probe {
			select {
			case <-done:
				largest <- most
				return
			case <-time.After(200 * time.Millisecond):
			}
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			most = max(most, ms.HeapAlloc)
		}
		<-done
		largest <- most
	}()
	cpu0, t0 := cpuTime(), time.Now()
	g, err := checker.Analyze(as, pkgs, nil)
	cpu, wall := cpuTime()-cpu0, time.Since(t0)
	close(done)
	if err != nil {
		log.Fatal(err)
	}
	runtime.ReadMemStats(&ms)
	fmt.Printf("analysis: %.2fs cpu, %.2fs wall, %d MB allocated, %d collections\n",
		cpu.Seconds(), wall.Seconds(), (ms.TotalAlloc-allocated)>>20, ms.NumGC-gcs)
	if most := <-largest; most > 0 {
		fmt.Printf("largest live heap during the analysis: %d MB\n", most>>20)
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	actions := 0
	facts, factPkgs, factActs := 0, 0, 0
	var slowest []*checker.Action
	for act := range g.All() {
		actions++
		slowest = append(slowest, act)
		if len(act.Analyzer.FactTypes) == 0 {
			continue
		}
		// The facts each package exports itself, not those it inherits.
		factActs++
		n := 0
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == act.Package.Types {
				n++
			}
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == act.Package.Types {
				n++
			}
		}
		if n > 0 {
			facts += n
			factPkgs++
		}
	}
	fmt.Printf("after the analysis: %d MB live, %d actions\n", ms.HeapAlloc>>20, actions)
	fmt.Printf("facts: %d, exported by %d of the %d packages analyzed for facts\n", facts, factPkgs, factActs)
	// The longest actions bound the wall time of the analysis from below.
	slices.SortFunc(slowest, func(a, b *checker.Action) int { return cmp.Compare(b.Duration, a.Duration) })
	for _, act := range slowest[:min(*top, len(slowest))] {
		fmt.Printf("  %6.3fs %s\n", act.Duration.Seconds(), act)
	}
	if *out != "" {
		if err := writeHeapProfile(*out); err != nil {
			log.Fatal(err)
		}
	}
	runtime.KeepAlive(g)
}

func writeHeapProfile(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	return errors.Join(pprof.WriteHeapProfile(f), f.Close())
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		log.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
