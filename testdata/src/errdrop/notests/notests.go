// Package notests is analysed with -tests=false: its _test.go file is not
// reported, its other files are.
package notests

func Setup() error { return nil }

func Run() {
	Setup() // want `^error returned by Setup is not checked; handle or return it$`
}
