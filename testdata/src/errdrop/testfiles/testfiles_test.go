package testfiles

import (
	"os"
	"testing"
)

func TestSetup(t *testing.T) {
	Setup()                // want `^error returned by Setup is not checked; handle or return it$`
	defer os.Remove("tmp") // want `^error returned by os\.Remove is not checked in defer; check it in a deferred func$`
}
