package sarif

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/apierrlint/apierrlint/internal/sarifschema"
)

// checkSchema validates data against the schema when there is one (see
// sarifschema.Load); TestSchema says when there is not.
func checkSchema(t *testing.T, data []byte) {
	t.Helper()
	if s := sarifschema.Load(t); s != nil {
		if err := sarifschema.Validate(s, data); err != nil {
			t.Errorf("the SARIF log does not validate against the SARIF 2.1.0 schema: %v\n%s", err, data)
		}
	}
}

// findings is apierrlint -json output with a finding of every rule: the
// errorder one with related information and a fix of two edits, one a
// deletion; a position without a column, an empty range, and a file
// outside the root (an absolute file URI).
const findings = `{
	"example.com/m/a": {
		"errorder": [{
			"posn": "/src/m/a/a.go:16:12", "end": "/src/m/a/a.go:16:32",
			"message": "errors.As(err, &nf) can never succeed: errors.As(err, &base) on line 14 matches first (*api.NotFoundError implements *api.Error); check the specific error first",
			"suggested_fixes": [{"message": "check the specific error first", "edits": [
				{"filename": "/src/m/a/a.go", "start": 210, "end": 230, "new": "errors.As(err, &nf)"},
				{"filename": "/src/m/a/a.go", "start": 300, "end": 320, "new": ""}]}],
			"related": [{"posn": "/src/m/a/a.go:14:5", "end": "/src/m/a/a.go:14:27", "message": "the earlier check that matches first"}]
		}],
		"errcode": [{
			"category": "http",
			"posn": "/src/m/a/a.go:20:24", "end": "/src/m/a/a.go:20:24",
			"message": "4040 is not a known HTTP status; did you mean 404 (http.StatusNotFound)",
			"suggested_fixes": [{"message": "use 404 (http.StatusNotFound)", "edits": [
				{"filename": "/src/m/a/a.go", "start": 400, "end": 404, "new": "http.StatusNotFound"}]}]
		}],
		"errdrop": [
			{"posn": "/src/m/a/a.go:24", "message": "error returned by (*api.Client).Delete is not checked; handle or return it"},
			{"posn": "/elsewhere/b.go:3:2", "end": "/elsewhere/b.go:3:9", "message": "error returned by f is not checked; handle or return it"}
		]
	}
}
`

// TestSchema validates the converter's output against the SARIF 2.1.0
// JSON schema: findings of every rule with related information and fixes,
// and go vet's form with a failed analysis (TestEndToEnd and
// TestConvertVetAndErrors validate theirs too).
func TestSchema(t *testing.T) {
	t.Parallel()
	s := sarifschema.Load(t)
	if s == nil {
		t.Skipf("%s is not set: SARIF is not validated against the SARIF 2.1.0 JSON schema; .ci/run fetches it, or name a copy of sarif-schema-2.1.0.json there", sarifschema.Env)
	}
	vet := "# example.com/m/a\n" + findings + "# example.com/m/b\n" + `{"example.com/m/b": {"errcode": {"error": "reading catalog codes.txt: no such file"}}}` + "\n"
	for name, in := range map[string]string{"apierrlint -json": findings, "go vet -json": vet} {
		log, err := Convert(strings.NewReader(in), "/src/m")
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := log.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if n := len(log.log.Runs[0].Results); n != 4 {
			t.Errorf("%s: %d results, want 4", name, n)
		}
		if err := sarifschema.Validate(s, buf.Bytes()); err != nil {
			t.Errorf("%s: the SARIF log does not validate: %v\n%s", name, err, buf.Bytes())
		}
	}
}

// TestSchemaRejects checks that the validation can fail: the converter's
// output, broken in one place at a time, is rejected, with the place named.
func TestSchemaRejects(t *testing.T) {
	t.Parallel()
	s := sarifschema.Load(t)
	if s == nil {
		t.Skipf("%s is not set (see TestSchema)", sarifschema.Env)
	}
	log, err := Convert(strings.NewReader(findings), "/src/m")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if err := sarifschema.Validate(s, buf.Bytes()); err != nil {
		t.Fatalf("the unbroken log does not validate: %v", err)
	}
	for _, tc := range []struct {
		name    string
		breakIt func(log map[string]any)
		at      string // where the schema must say the log is wrong
	}{
		{"no version", func(l map[string]any) { delete(l, "version") }, "at '': missing property 'version'"},
		{"another version", func(l map[string]any) { l["version"] = "2.0.0" }, "at '/version'"},
		{"a property the schema does not have", func(l map[string]any) { l["extra"] = true }, "at '': additional properties 'extra'"},
		{"a level that does not exist", func(l map[string]any) { firstResult(l)["level"] = "fatal" }, "at '/runs/0/results/0/level'"},
		{"line 0", func(l map[string]any) {
			firstResult(l)["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)["startLine"] = 0
		}, "at '/runs/0/results/0/locations/0/physicalLocation/region/startLine'"},
		{"a message without text", func(l map[string]any) { firstResult(l)["message"] = map[string]any{} }, "at '/runs/0/results/0/message'"},
		{"a help URI that is not a URI", func(l map[string]any) {
			l["runs"].([]any)[0].(map[string]any)["tool"].(map[string]any)["driver"].(map[string]any)["informationUri"] = "not a URI"
		}, "at '/runs/0/tool/driver/informationUri'"},
		{"a fix without changes", func(l map[string]any) {
			firstResult(l)["fixes"].([]any)[0].(map[string]any)["artifactChanges"] = []any{}
		}, "at '/runs/0/results/0/fixes/0/artifactChanges'"},
	} {
		var l map[string]any
		if err := json.Unmarshal(buf.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		tc.breakIt(l)
		data, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		err = sarifschema.Validate(s, data)
		if err == nil {
			t.Errorf("%s: the broken log validates", tc.name)
		} else if !strings.Contains(err.Error(), tc.at) {
			t.Errorf("%s: rejected, but not %s: %v", tc.name, tc.at, err)
		} else {
			t.Logf("%s: rejected: %v", tc.name, err)
		}
	}
}

// firstResult returns the first result of the first run of l, the errorder
// finding with its fix.
func firstResult(l map[string]any) map[string]any {
	return l["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
}
