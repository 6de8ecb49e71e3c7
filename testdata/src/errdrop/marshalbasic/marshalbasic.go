// Package marshalbasic holds json.Marshal of values that always encode:
// strings, bools and integers of unnamed types (godo's
// action_gateway_runtime.go: output, _ = json.Marshal(text.String())).
package marshalbasic

import (
	"encoding/json"
	"strings"
)

func basic(sb *strings.Builder, n int, ok bool, u uint8) {
	_, _ = json.Marshal(sb.String()) // not reported: a string always encodes
	_, _ = json.Marshal(n)           // not reported: an int
	_, _ = json.Marshal(ok)          // not reported: a bool
	_, _ = json.Marshal(u)           // not reported: a uint8
}

// Status may have a MarshalJSON of its own that fails.
type Status string

func (s Status) MarshalJSON() ([]byte, error) { return nil, nil }

// Narrow: floats (NaN), named types, interfaces and structs still report.
func others(f float64, s Status, v any, m map[string]any) {
	_, _ = json.Marshal(f) // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(s) // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(v) // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(m) // want `error returned by json\.Marshal is assigned to _`
}
