package modern

import (
	"errors"
	"testing"

	"styles/hierarchy"
)

// Test files are analyzed too.
func TestRoute(t *testing.T) {
	_, err := hierarchy.Route("GET", "/x", nil)
	if err != nil {
		t.Fatal(err)
	}
	var nf *hierarchy.NotFound
	if errors.As(err, &nf) { // want `err != nil on line 13 leaves first \(it matches every error\)`
		t.Log(nf)
	}
}
