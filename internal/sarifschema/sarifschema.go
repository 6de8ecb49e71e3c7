// Package sarifschema gives the tests of the SARIF writers (internal/sarif,
// which apierrlint -format=sarif and cmd/apierrlint-sarif use, and
// golangci-lint's output with the plugin) the
// SARIF 2.1.0 JSON schema to validate against, so that both read and check
// it in one way.
package sarifschema

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Env names the variable that holds the path of the SARIF 2.1.0 JSON
// schema (sarif-schema-2.1.0.json, OASIS errata01) that the tests validate
// SARIF output against. .ci/run fetches the file (see there) and
// sets the variable; the schema is not part of the repository.
const Env = "APIERRLINT_SARIF_SCHEMA"

// Load compiles the schema named by $APIERRLINT_SARIF_SCHEMA. When
// the variable is unset it returns nil, unless CI is set: CI must validate,
// so there the test fails. A variable naming a file that is missing or not
// the SARIF 2.1.0 schema fails the test anywhere.
func Load(t testing.TB) *jsonschema.Schema {
	t.Helper()
	path := os.Getenv(Env)
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set, and CI is: CI validates SARIF against the SARIF 2.1.0 schema (.ci/run fetches it)", Env)
		}
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s=%s: %v", Env, path, err)
	}
	// The schema says which version it describes: the version property
	// takes the one value "2.1.0".
	var meta struct {
		Properties struct{ Version struct{ Enum []string } }
	}
	if err := json.Unmarshal(data, &meta); err != nil || len(meta.Properties.Version.Enum) != 1 || meta.Properties.Version.Enum[0] != "2.1.0" {
		t.Fatalf("%s=%s is not the SARIF 2.1.0 schema (version enum %v)", Env, path, meta.Properties.Version.Enum)
	}
	c := jsonschema.NewCompiler()
	const url = "file:///sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	return s
}

// Validate validates data, a SARIF log, against s.
func Validate(s *jsonschema.Schema, data []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(v)
}
