// Package exitingflags holds Parse of flag sets made with ExitOnError or
// PanicOnError, which exit or panic instead of returning an error
// (go-task's cmd/sleepit: defaultCmd := flag.NewFlagSet("default",
// flag.ExitOnError); _ = defaultCmd.Parse(args[1:])).
package exitingflags

import "flag"

func run(args []string) {
	defaultCmd := flag.NewFlagSet("default", flag.ExitOnError)
	_ = defaultCmd.Parse(args[1:]) // not reported: it exits on an error
	strict := flag.NewFlagSet("strict", flag.PanicOnError)
	strict.Parse(args) // not reported: it panics on an error
}

// ContinueOnError returns the error; so may a flag set given from outside
// or made again with Init.
func others(args []string, given *flag.FlagSet) {
	lax := flag.NewFlagSet("lax", flag.ContinueOnError)
	_ = lax.Parse(args)   // want `error returned by \(\*flag\.FlagSet\)\.Parse is assigned to _`
	_ = given.Parse(args) // want `error returned by \(\*flag\.FlagSet\)\.Parse is assigned to _`
	re := flag.NewFlagSet("re", flag.ExitOnError)
	re.Init("re", flag.ContinueOnError)
	_ = re.Parse(args) // want `error returned by \(\*flag\.FlagSet\)\.Parse is assigned to _`
}
