package suppress

import (
	"slices"
	"testing"
)

// TestNolint checks Nolint against the forms golangci-lint v2's nolint
// filter reads (pkg/result/processors/nolint_filter.go), and the ones it
// does not read as a directive.
func TestNolint(t *testing.T) {
	t.Parallel()
	all := []string(nil)
	for _, tc := range []struct {
		text    string
		ok      bool
		linters []string
	}{
		{"//nolint", true, all},
		{"// nolint", true, all},
		{"//  nolint", true, all},
		{"///nolint", true, all}, // golangci-lint trims every leading slash
		{"//nolint // reason", true, all},
		{"//nolint reason", true, all},
		{"//nolint :errdrop", true, all}, // not "nolint:": every linter
		{"//nolint:all", true, all},
		{"//nolint:all // reason", true, all},
		{"//nolint:errcheck,all", true, all},
		{"//nolint:errdrop", true, []string{"errdrop"}},
		{"//nolint:errdrop//reason", true, []string{"errdrop"}},
		{"//nolint:errdrop // reason", true, []string{"errdrop"}},
		{"// nolint: errdrop , errcode // reason", true, []string{"errdrop", "errcode"}},
		{"//nolint:ErrDrop,APIERRLINT", true, []string{"errdrop", "apierrlint"}},
		{"//nolint:errdrop because", true, []string{"errdrop because"}},
		{"//nolint:", true, []string{""}},
		// Not directives.
		{"//nolintx", false, all},
		{"//NOLINT", false, all},
		{"/* nolint */", false, all},
		{"//\tnolint", false, all}, // golangci-lint trims spaces, not tabs
		{"// see nolint", false, all},
		{"//apierrlint:ignore errdrop reason", false, all},
	} {
		linters, ok := Nolint(tc.text)
		if ok != tc.ok || !slices.Equal(linters, tc.linters) || (linters == nil) != (tc.linters == nil) {
			t.Errorf("Nolint(%q) = %q, %v; want %q, %v", tc.text, linters, ok, tc.linters, tc.ok)
		}
	}
}

// TestMisspeltNolint checks which ill-formed directives are reported: the
// ones nolintlint rejects whose list starts one of our names and a space.
func TestMisspeltNolint(t *testing.T) {
	t.Parallel()
	ours := func(name string) bool { return name == "apierrlint" || name == "errdrop" }
	for _, tc := range []struct{ text, meant string }{
		{"//nolint:errdrop because it is best effort", "errdrop"},
		{"// nolint: apierrlint best effort", "apierrlint"},
		{"//nolint:errcheck,errdrop because", "errdrop"},
		{"//nolint:errdrop // best effort", ""},        // well formed
		{"//nolint:errdrop//best effort", ""},          // well formed
		{"//nolint:errdrop because,apierrlint", ""},    // names apierrlint anyway
		{"//nolint:errcheck because it is fine", ""},   // another linter's
		{"//nolint because errdrop is wrong here", ""}, // covers every linter
		{"//nolint:errdrop.because", ""},               // no space: not one of ours either
	} {
		linters, ok := Nolint(tc.text)
		if !ok {
			t.Fatalf("Nolint(%q) is not a directive", tc.text)
		}
		if got := misspeltNolint(tc.text, linters, ours).meant; got != tc.meant {
			t.Errorf("misspeltNolint(%q) meant %q, want %q", tc.text, got, tc.meant)
		}
	}
}
