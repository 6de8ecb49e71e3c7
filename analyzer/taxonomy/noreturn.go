package taxonomy

import "go/types"

// NoReturn reports whether fn never returns to its caller: os.Exit,
// runtime.Goexit, log.Fatal* and log.Panic* (functions and *log.Logger
// methods), and the methods of testing.T, B and F that stop the test. The
// rules end a path there: an error handled by log.Fatal(err) is handled,
// and an if whose body ends in t.Fatal leaves.
func NoReturn(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "os":
		return name == "Exit"
	case "runtime":
		return name == "Goexit"
	case "log":
		switch name {
		case "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln":
			return true
		}
	case "testing":
		switch name {
		case "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow":
			return fn.Signature().Recv() != nil
		}
	}
	return false
}
