package notests

import "testing"

func TestSetup(t *testing.T) {
	Setup() // -tests=false: test files are not reported
	err := Setup()
	err = Setup() // -tests=false: test files are not reported
	_ = err
}
