// Package require stubs the panic assertions of
// github.com/stretchr/testify/require.
package require

type TestingT interface {
	Errorf(format string, args ...any)
}

func Panics(t TestingT, f func(), msgAndArgs ...any)                            {}
func NotPanics(t TestingT, f func(), msgAndArgs ...any)                         {}
func PanicsWithError(t TestingT, errString string, f func(), msgAndArgs ...any) {}
func NoError(t TestingT, err error, msgAndArgs ...any)                          {}
