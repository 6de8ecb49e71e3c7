package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/apierrlint/apierrlint/analyzer"
)

// validate checks v, a decoded SARIF log, against the parts of the SARIF
// 2.1.0 schema (sarif-schema-2.1.0.json, OASIS) that apply to what
// apierrlint writes: required properties, enums, minimums, and the
// references between objects (ruleIndex, uriBaseId) that the schema
// states in prose. It returns one message per violation. The schema itself
// is checked by schemaErr (schema_test.go) when the schema file is at
// hand; validate still checks what the schema cannot state.
func validate(v any) []string {
	var errs []string
	bad := func(path, format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	obj := func(path string, x any, required ...string) map[string]any {
		m, ok := x.(map[string]any)
		if !ok {
			bad(path, "not an object")
			return nil
		}
		for _, r := range required {
			if _, ok := m[r]; !ok {
				bad(path, "required property %q missing", r)
			}
		}
		return m
	}
	arr := func(path string, x any, minItems int) []any {
		if x == nil {
			return nil
		}
		a, ok := x.([]any)
		if !ok {
			bad(path, "not an array")
			return nil
		}
		if len(a) < minItems {
			bad(path, "fewer than %d items", minItems)
		}
		return a
	}
	str := func(path string, x any) string {
		s, ok := x.(string)
		if !ok && x != nil {
			bad(path, "not a string")
		}
		return s
	}
	intAtLeast := func(path string, x any, minimum int) {
		if x == nil {
			return
		}
		f, ok := x.(float64)
		if !ok || f != float64(int(f)) || int(f) < minimum {
			bad(path, "%v is not an integer >= %d", x, minimum)
		}
	}
	enum := func(path string, x any, values ...string) {
		if x != nil && !slices.Contains(values, str(path, x)) {
			bad(path, "%v is not one of %v", x, values)
		}
	}
	uri := func(path string, x any, absolute bool) {
		s := str(path, x)
		u, err := url.Parse(s)
		if err != nil {
			bad(path, "not a URI reference: %v", err)
		} else if absolute && !u.IsAbs() {
			bad(path, "%q is not an absolute URI", s)
		}
	}
	message := func(path string, x any) {
		m := obj(path, x)
		if m != nil && m["text"] == nil && m["id"] == nil {
			bad(path, "a message needs text or id")
		}
		str(path+".text", m["text"])
	}
	var baseIDs map[string]any
	region := func(path string, x any) {
		m := obj(path, x)
		for _, k := range []string{"startLine", "startColumn", "endLine", "endColumn"} {
			intAtLeast(path+"."+k, m[k], 1)
		}
		for _, k := range []string{"charOffset", "charLength", "byteOffset", "byteLength"} {
			intAtLeast(path+"."+k, m[k], 0)
		}
		if m["startLine"] == nil && m["charOffset"] == nil && m["byteOffset"] == nil {
			bad(path, "a region needs startLine, charOffset or byteOffset")
		}
	}
	artifactLocation := func(path string, x any) {
		m := obj(path, x, "uri")
		uri(path+".uri", m["uri"], m["uriBaseId"] == nil)
		if id := m["uriBaseId"]; id != nil {
			if _, ok := baseIDs[str(path+".uriBaseId", id)]; !ok {
				bad(path+".uriBaseId", "%v is not in run.originalUriBaseIds", id)
			}
		}
	}
	location := func(path string, x any) {
		m := obj(path, x)
		intAtLeast(path+".id", m["id"], -1)
		if m["message"] != nil {
			message(path+".message", m["message"])
		}
		if p := m["physicalLocation"]; p != nil {
			pm := obj(path+".physicalLocation", p)
			if pm["artifactLocation"] == nil && pm["address"] == nil {
				bad(path+".physicalLocation", "needs artifactLocation or address")
			}
			if pm["artifactLocation"] != nil {
				artifactLocation(path+".physicalLocation.artifactLocation", pm["artifactLocation"])
			}
			if pm["region"] != nil {
				region(path+".physicalLocation.region", pm["region"])
			}
		}
	}
	levels := []string{"none", "note", "warning", "error"}

	log := obj("$", v, "version", "runs")
	if log == nil {
		return errs
	}
	if log["version"] != "2.1.0" {
		bad("$.version", "%v, want 2.1.0", log["version"])
	}
	uri("$.$schema", log["$schema"], true)
	for i, r := range arr("$.runs", log["runs"], 0) {
		rp := fmt.Sprintf("$.runs[%d]", i)
		run := obj(rp, r, "tool")
		if run == nil {
			continue
		}
		baseIDs, _ = run["originalUriBaseIds"].(map[string]any)
		for k, b := range baseIDs {
			bm := obj(rp+".originalUriBaseIds."+k, b)
			if s := str(rp+".originalUriBaseIds."+k+".uri", bm["uri"]); !strings.HasSuffix(s, "/") {
				bad(rp+".originalUriBaseIds."+k+".uri", "%q does not end with a slash", s)
			}
		}
		driver := obj(rp+".tool.driver", obj(rp+".tool", run["tool"], "driver")["driver"], "name")
		uri(rp+".tool.driver.informationUri", driver["informationUri"], true)
		rules := arr(rp+".tool.driver.rules", driver["rules"], 0)
		ids := map[string]bool{}
		for j, ru := range rules {
			p := fmt.Sprintf("%s.tool.driver.rules[%d]", rp, j)
			m := obj(p, ru, "id")
			id := str(p+".id", m["id"])
			if ids[id] {
				bad(p+".id", "duplicate rule id %q", id)
			}
			ids[id] = true
			for _, k := range []string{"shortDescription", "fullDescription", "help"} {
				if m[k] != nil {
					message(p+"."+k, m[k])
				}
			}
			uri(p+".helpUri", m["helpUri"], true)
			if c := m["defaultConfiguration"]; c != nil {
				enum(p+".defaultConfiguration.level", obj(p+".defaultConfiguration", c)["level"], levels...)
			}
		}
		for j, in := range arr(rp+".invocations", run["invocations"], 0) {
			p := fmt.Sprintf("%s.invocations[%d]", rp, j)
			m := obj(p, in, "executionSuccessful")
			for k, n := range arr(p+".toolExecutionNotifications", m["toolExecutionNotifications"], 0) {
				np := fmt.Sprintf("%s.toolExecutionNotifications[%d]", p, k)
				nm := obj(np, n, "message")
				message(np+".message", nm["message"])
				enum(np+".level", nm["level"], levels...)
			}
		}
		for j, re := range arr(rp+".results", run["results"], 0) {
			p := fmt.Sprintf("%s.results[%d]", rp, j)
			m := obj(p, re, "message")
			message(p+".message", m["message"])
			enum(p+".level", m["level"], levels...)
			enum(p+".kind", m["kind"], "notApplicable", "pass", "fail", "review", "open", "informational")
			intAtLeast(p+".ruleIndex", m["ruleIndex"], -1)
			if idx, ok := m["ruleIndex"].(float64); ok && int(idx) >= 0 {
				if int(idx) >= len(rules) {
					bad(p+".ruleIndex", "%v is out of the driver's %d rules", idx, len(rules))
				} else if rid := rules[int(idx)].(map[string]any)["id"]; rid != m["ruleId"] {
					bad(p+".ruleId", "%v, but rules[%v] is %v", m["ruleId"], idx, rid)
				}
			}
			for k, l := range arr(p+".locations", m["locations"], 0) {
				location(fmt.Sprintf("%s.locations[%d]", p, k), l)
			}
			seen := map[float64]bool{}
			for k, l := range arr(p+".relatedLocations", m["relatedLocations"], 0) {
				lp := fmt.Sprintf("%s.relatedLocations[%d]", p, k)
				location(lp, l)
				if id, ok := l.(map[string]any)["id"].(float64); ok {
					if seen[id] {
						bad(lp+".id", "duplicate id %v", id)
					}
					seen[id] = true
				}
			}
			for k, f := range arr(p+".fixes", m["fixes"], 0) {
				fp := fmt.Sprintf("%s.fixes[%d]", p, k)
				fm := obj(fp, f, "artifactChanges")
				if fm["description"] != nil {
					message(fp+".description", fm["description"])
				}
				for c, ch := range arr(fp+".artifactChanges", fm["artifactChanges"], 1) {
					cp := fmt.Sprintf("%s.artifactChanges[%d]", fp, c)
					cm := obj(cp, ch, "artifactLocation", "replacements")
					artifactLocation(cp+".artifactLocation", cm["artifactLocation"])
					for r, rep := range arr(cp+".replacements", cm["replacements"], 1) {
						rpth := fmt.Sprintf("%s.replacements[%d]", cp, r)
						rm := obj(rpth, rep, "deletedRegion")
						region(rpth+".deletedRegion", rm["deletedRegion"])
					}
				}
			}
		}
	}
	return errs
}

// TestValidateCatches checks that the validator is not vacuous: each
// broken log gets the message it should.
func TestValidateCatches(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ log, want string }{
		{`{"runs": []}`, `required property "version"`},
		{`{"version": "2.1.0", "runs": [{}]}`, `required property "tool"`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`, `required property "name"`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "a"}]}}, "results": [{"message": {"text": "m"}, "ruleId": "b", "ruleIndex": 0}]}]}`, `but rules[0] is a`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {}, "level": "fatal"}]}]}`, `is not one of`},
		{`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.go", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 0}}}]}]}]}`, `not in run.originalUriBaseIds`},
	} {
		var v any
		if err := json.Unmarshal([]byte(tc.log), &v); err != nil {
			t.Fatal(err)
		}
		errs := validate(v)
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, tc.want) }) {
			t.Errorf("validate(%s) = %q, want an error containing %q", tc.log, errs, tc.want)
		}
	}
}

// TestEndToEnd runs apierrlint -json on the e2e module of cmd/apierrlint
// and converts its output.
func TestEndToEnd(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "apierrlint")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/apierrlint").CombinedOutput(); err != nil {
		t.Fatalf("building apierrlint: %v\n%s", err, out)
	}
	ar, err := txtar.ParseFile("../../testdata/e2e/module.txtar")
	if err != nil {
		t.Fatal(err)
	}
	mod := filepath.Join(dir, "mod")
	for _, f := range ar.Files {
		if strings.HasSuffix(f.Name, ".golden") {
			continue
		}
		name := filepath.Join(mod, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("apierrlint -json: %v", err)
	}
	_, data := convertChecked(t, bytes.NewReader(out), mod)

	// The rules are the registry's, with its help URLs.
	var got struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
						Help    struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine int }
					}
				}
				Fixes            []json.RawMessage
				RelatedLocations []json.RawMessage
			}
		}
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	rules := analyzer.Rules()
	run := got.Runs[0]
	if len(run.Tool.Driver.Rules) != len(rules) {
		t.Fatalf("%d rules, want the registry's %d", len(run.Tool.Driver.Rules), len(rules))
	}
	for i, r := range run.Tool.Driver.Rules {
		a := rules[i].Analyzer
		if r.ID != a.Name || r.HelpURI != a.URL || !strings.Contains(r.Help.Text, "More: "+a.URL) {
			t.Errorf("rule %d = %s %s, want %s %s", i, r.ID, r.HelpURI, a.Name, a.URL)
		}
	}
	// The three errorder findings the module lists (user/user.go:16, :26
	// and :36), each with its fix and the earlier check as a related
	// location.
	var lines []string
	for _, r := range run.Results {
		if r.RuleID != "errorder" {
			continue
		}
		l := r.Locations[0].PhysicalLocation
		lines = append(lines, fmt.Sprintf("%s %s:%d", l.ArtifactLocation.URIBaseID, l.ArtifactLocation.URI, l.Region.StartLine))
		if len(r.Fixes) == 0 || len(r.RelatedLocations) == 0 {
			t.Errorf("errorder result at %s has %d fixes and %d related locations, want both", lines[len(lines)-1], len(r.Fixes), len(r.RelatedLocations))
		}
	}
	if want := []string{"%SRCROOT% user/user.go:16", "%SRCROOT% user/user.go:26", "%SRCROOT% user/user.go:36"}; !slices.Equal(lines, want) {
		t.Errorf("errorder results at %v, want %v", lines, want)
	}
}

// TestConvertVetAndErrors reads go vet -json's form (several objects,
// each after a "# package" line) with an analysis error in it.
func TestConvertVetAndErrors(t *testing.T) {
	t.Parallel()
	in := `# example.com/a
{
	"example.com/a": {
		"errdrop": [{"posn": "/src/a/a.go:3:2", "end": "/src/a/a.go:3:9", "message": "error returned by f is not checked; handle or return it"}]
	}
}
# example.com/b
{
	"example.com/b": {
		"errcode": {"error": "reading catalog codes.txt: no such file"},
		"inspect": []
	}
}
`
	log, _ := convertChecked(t, strings.NewReader(in), "/src")
	r := log.log.Runs[0]
	if len(r.Results) != 1 || r.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "a/a.go" {
		t.Errorf("results = %+v, want the errdrop finding in a/a.go", r.Results)
	}
	if inv := r.Invocations[0]; inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		!strings.Contains(inv.ToolExecutionNotifications[0].Message.Text, "reading catalog") {
		t.Errorf("invocation = %+v, want the failed analysis as a notification", inv)
	}
}

// convertChecked converts go vet's or apierrlint's -json output read from
// r, writes the log, and checks what it wrote against the rules of
// validate and the SARIF schema; it returns the log and its bytes.
func convertChecked(t *testing.T, r io.Reader, root string) (*Log, []byte) {
	t.Helper()
	log, err := Convert(r, root)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	for _, e := range validate(v) {
		t.Error(e)
	}
	checkSchema(t, buf.Bytes())
	return log, buf.Bytes()
}
