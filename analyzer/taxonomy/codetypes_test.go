package taxonomy

import (
	"os/exec"
	"strings"
	"testing"
)

// TestStdRoots checks stdRoots against the first elements of go list std.
func TestStdRoots(t *testing.T) {
	t.Parallel()
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Skipf("go list std: %v", err)
	}
	for p := range strings.FieldsSeq(string(out)) {
		if !isStdPackage(p) {
			t.Errorf("isStdPackage(%q) = false, want true: add %q to stdRoots", p, strings.SplitN(p, "/", 2)[0])
		}
	}
	for _, p := range []string{"errcode/reach/api", "github.com/x/y", "k8s.io/api", "example/time"} {
		if isStdPackage(p) {
			t.Errorf("isStdPackage(%q) = true, want false", p)
		}
	}
}
