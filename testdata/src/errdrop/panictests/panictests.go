// Package panictests holds calls made inside a function given to a panic
// assertion, whose errors nobody checks on purpose (temporal's SDK:
// require.NotPanics(t, func() { _ = uh.Get(ctx, nil) })).
package panictests

import (
	"testing"

	"errdrop/panictests/require"
)

type Handle struct{}

func (h *Handle) Get(v any) error { return nil }

func TestPanics(t *testing.T) {
	var h *Handle
	// Not reported: the function is called for its panic, not its error.
	require.NotPanics(t, func() { _ = h.Get(nil) })
	require.Panics(t, func() { h.Get(nil) })
	require.PanicsWithError(t, "boom", func() {
		_ = h.Get(nil)
	})
	// Outside the asserted function, the same drops are reported.
	_ = h.Get(nil)                                     // want `error returned by \(\*Handle\)\.Get is assigned to _; handle or return it`
	require.NoError(t, nil, func() { _ = h.Get(nil) }) // want `error returned by \(\*Handle\)\.Get is assigned to _`
}
