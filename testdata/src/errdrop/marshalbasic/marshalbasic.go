// Package marshalbasic holds json.Marshal of values that always encode:
// strings, bools and integers (godo's action_gateway_runtime.go:
// output, _ = json.Marshal(text.String())), and composites of them
// without marshalers (slack's apps.go: a map[string]string), and
// xml.Marshal of a named type that always encodes as XML.
package marshalbasic

import (
	"encoding/json"
	"encoding/xml"
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

// Narrow: floats (NaN), types with a MarshalJSON, interfaces and maps of
// interfaces still report.
func others(f float64, s Status, v any, m map[string]any) {
	_, _ = json.Marshal(f) // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(s) // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(v) // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(m) // want `error returned by json\.Marshal is assigned to _`
}

// Kind is a named string without methods: it encodes as a string.
type Kind string

type params struct {
	Name    string            `json:"name"`
	Tags    []string          `json:"tags"`
	Kind    Kind              `json:"kind"`
	Labels  map[string]string `json:"labels"`
	private func()            // not encoded: unexported
}

// Composites of values that always encode (slack's apps.go:
// json.Marshal(map[string]string{"event_context": eventContext})).
func composites(eventContext string, p params, ids []int64, k Kind) {
	_, _ = json.Marshal(map[string]string{"event_context": eventContext}) // not reported: a map of strings
	_, _ = json.Marshal(p)                                                // not reported: a struct of such fields
	_, _ = json.Marshal(ids)                                              // not reported: a slice of integers
	_, _ = json.MarshalIndent(k, "", "  ")                                // not reported: a named string without methods
	_, _ = json.Marshal(map[int][]string{1: {"a"}})                       // not reported: integer keys encode
	_, _ = json.Marshal(&p)                                               // not reported: a pointer to such a struct
}

type withFloat struct{ Ratio float64 }

type withAny struct{ V any }

type node struct{ Next *node }

// Key is a map key that may fail to encode through its MarshalText.
type Key string

func (Key) MarshalText() ([]byte, error) { return nil, nil }

// A float, an interface, a pointer (a cycle), a key type of its own and a
// type with a marshaler inside still report.
func compositesThatFail(a withFloat, b withAny, n node, m map[Key]string, ss []Status) {
	_, _ = json.Marshal(a)  // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(b)  // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(n)  // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(m)  // want `error returned by json\.Marshal is assigned to _`
	_, _ = json.Marshal(ss) // want `error returned by json\.Marshal is assigned to _`
}

type deleteObject struct {
	Key       string
	VersionID string `xml:"VersionId,omitempty"`
}

type deleteMultiObjects struct {
	XMLName xml.Name `xml:"Delete"`
	Quiet   bool
	Objects []deleteObject `xml:"Object"`
}

type withMap struct{ M map[string]string }

// xml.Marshal of a named type of strings, bools and slices of such
// structs (minio's api-remove.go) always encodes; a map, an interface or
// an unnamed struct does not.
func xmlValues(objs []deleteObject, m withMap, v any) {
	_, _ = xml.Marshal(deleteMultiObjects{Objects: objs})  // not reported
	_, _ = xml.Marshal(&deleteMultiObjects{Objects: objs}) // not reported: a pointer to one
	_, _ = xml.Marshal(m)                                  // want `error returned by xml\.Marshal is assigned to _`
	_, _ = xml.Marshal(v)                                  // want `error returned by xml\.Marshal is assigned to _`
	_, _ = xml.Marshal(struct{ A int }{1})                 // want `error returned by xml\.Marshal is assigned to _`
}
