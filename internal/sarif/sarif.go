// Package sarif converts apierrlint's JSON output (the analysis
// framework's, from apierrlint -json or go vet -json) into SARIF 2.1.0, the
// format of GitHub code scanning. The rules' ids, descriptions, help text
// and URLs come from the registry in package analyzer. It serves
// apierrlint -format=sarif and the converter cmd/apierrlint-sarif.
package sarif

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/apierrlint/apierrlint/analyzer"
)

// The SARIF 2.1.0 objects apierrlint writes: only the properties it fills.

type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []run  `json:"runs"`
}

type run struct {
	Tool               tool                      `json:"tool"`
	Invocations        []invocation              `json:"invocations"`
	OriginalURIBaseIDs map[string]artifactLocURI `json:"originalUriBaseIds,omitempty"`
	Results            []result                  `json:"results"`
}

type artifactLocURI struct {
	URI string `json:"uri"`
}

type tool struct {
	Driver driver `json:"driver"`
}

type driver struct {
	Name           string `json:"name"`
	InformationURI string `json:"informationUri"`
	Rules          []rule `json:"rules"`
}

type rule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     text           `json:"shortDescription"`
	FullDescription      text           `json:"fullDescription"`
	Help                 text           `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration ruleConfig     `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties,omitempty"`
}

type ruleConfig struct {
	Level   string `json:"level"`
	Enabled bool   `json:"enabled"`
}

type text struct {
	Text string `json:"text"`
}

type invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []notification `json:"toolExecutionNotifications,omitempty"`
}

type notification struct {
	Level      string     `json:"level"`
	Message    text       `json:"message"`
	Descriptor *reference `json:"descriptor,omitempty"`
}

type reference struct {
	ID string `json:"id"`
}

type result struct {
	RuleID           string            `json:"ruleId"`
	RuleIndex        int               `json:"ruleIndex"`
	Level            string            `json:"level"`
	Kind             string            `json:"kind"`
	Message          text              `json:"message"`
	Locations        []location        `json:"locations"`
	RelatedLocations []location        `json:"relatedLocations,omitempty"`
	Fixes            []fix             `json:"fixes,omitempty"`
	Properties       map[string]string `json:"properties,omitempty"`
}

type location struct {
	ID               *int             `json:"id,omitempty"`
	PhysicalLocation physicalLocation `json:"physicalLocation"`
	Message          *text            `json:"message,omitempty"`
}

type physicalLocation struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Region           *region          `json:"region,omitempty"`
}

type artifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type region struct {
	StartLine   int `json:"startLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
	CharOffset  int `json:"charOffset"`
	CharLength  int `json:"charLength"`
}

// MarshalJSON leaves out the offsets of a line/column region and the
// lines of an offset region, so that each region has one form.
func (r region) MarshalJSON() ([]byte, error) {
	if r.StartLine > 0 {
		type lines struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn,omitempty"`
			EndLine     int `json:"endLine,omitempty"`
			EndColumn   int `json:"endColumn,omitempty"`
		}
		return json.Marshal(lines{r.StartLine, r.StartColumn, r.EndLine, r.EndColumn})
	}
	type offsets struct {
		CharOffset int `json:"charOffset"`
		CharLength int `json:"charLength"`
	}
	return json.Marshal(offsets{r.CharOffset, r.CharLength})
}

type fix struct {
	Description     text             `json:"description"`
	ArtifactChanges []artifactChange `json:"artifactChanges"`
}

type artifactChange struct {
	ArtifactLocation artifactLocation `json:"artifactLocation"`
	Replacements     []replacement    `json:"replacements"`
}

type replacement struct {
	DeletedRegion   region `json:"deletedRegion"`
	InsertedContent *text  `json:"insertedContent,omitempty"`
}

// The JSON that apierrlint -json (and go vet -json) prints: package ID ->
// analyzer -> diagnostics, or {"error": ...}.

type jsonDiagnostic struct {
	Category       string `json:"category"`
	Posn           string `json:"posn"`
	End            string `json:"end"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

type jsonError struct {
	Error string `json:"error"`
}

// A Log is a SARIF log ready to be written.
type Log struct{ log sarifLog }

// Write writes l as indented JSON.
func (l *Log) Write(w io.Writer) error {
	data, err := json.MarshalIndent(l.log, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// Convert reads apierrlint's JSON output from in: one JSON object, or
// several as go vet -json prints them, each after a "# package" line. root
// is the directory relative URIs start from.
func Convert(in io.Reader, root string) (*Log, error) {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	// Drop go vet's "# package" lines: the rest is a stream of objects.
	var buf bytes.Buffer
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "#") {
			buf.Write(sc.Bytes())
			buf.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}

	rules, index := rulesFromRegistry()
	r := run{
		Tool:               tool{Driver: driver{Name: "apierrlint", InformationURI: "https://github.com/apierrlint/apierrlint", Rules: rules}},
		OriginalURIBaseIDs: map[string]artifactLocURI{"%SRCROOT%": {URI: fileURI(absRoot) + "/"}},
		Results:            []result{},
	}
	inv := invocation{ExecutionSuccessful: true}
	dec := json.NewDecoder(&buf)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("reading apierrlint's JSON output: %w", err)
		}
		for _, pkg := range sortedKeys(tree) {
			for _, name := range sortedKeys(tree[pkg]) {
				raw := tree[pkg][name]
				i, known := index[name]
				if !known {
					continue // an analyzer that is not a rule of the registry
				}
				var je jsonError
				if json.Unmarshal(raw, &je) == nil && je.Error != "" {
					inv.ExecutionSuccessful = false
					inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{
						Level: "error", Message: text{pkg + ": " + je.Error}, Descriptor: &reference{ID: name}})
					continue
				}
				var diags []jsonDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("reading the %s findings of %s: %w", name, pkg, err)
				}
				for _, d := range diags {
					r.Results = append(r.Results, toResult(d, name, i, rules[i].DefaultConfiguration.Level, absRoot))
				}
			}
		}
	}
	r.Invocations = []invocation{inv}
	return &Log{sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []run{r},
	}}, nil
}

// rulesFromRegistry describes every rule of the registry, and returns the
// index of each rule by name.
func rulesFromRegistry() ([]rule, map[string]int) {
	var rules []rule
	index := map[string]int{}
	for _, rr := range analyzer.Rules() {
		a := rr.Analyzer
		doc := strings.TrimPrefix(a.Doc, a.Name+": ")
		title, rest, _ := strings.Cut(doc, "\n")
		index[a.Name] = len(rules)
		rules = append(rules, rule{
			ID:                   a.Name,
			Name:                 a.Name,
			ShortDescription:     text{strings.TrimSpace(title)},
			FullDescription:      text{strings.TrimSpace(firstParagraph(rest, title))},
			Help:                 text{strings.TrimSpace(doc) + "\n\nMore: " + a.URL},
			HelpURI:              a.URL,
			DefaultConfiguration: ruleConfig{Level: level(rr.Severity), Enabled: rr.Default},
			Properties:           map[string]any{"since": rr.Since, "tags": []string{"correctness", "errors"}},
		})
	}
	return rules, index
}

func firstParagraph(s, fallback string) string {
	s = strings.TrimSpace(s)
	if p, _, ok := strings.Cut(s, "\n\n"); ok {
		s = p
	}
	if s == "" {
		return fallback
	}
	return strings.Join(strings.Fields(s), " ")
}

// level maps a rule's severity to a SARIF level.
func level(severity string) string {
	switch severity {
	case "error", "warning":
		return severity
	case "info":
		return "note"
	}
	return "warning"
}

func toResult(d jsonDiagnostic, name string, ruleIndex int, lvl, root string) result {
	res := result{
		RuleID:    name,
		RuleIndex: ruleIndex,
		Level:     lvl,
		Kind:      "fail",
		Message:   text{d.Message},
		Locations: []location{{PhysicalLocation: physical(d.Posn, d.End, root)}},
	}
	if d.Category != "" {
		res.Properties = map[string]string{"category": d.Category}
	}
	for i, rel := range d.Related {
		id := i + 1
		res.RelatedLocations = append(res.RelatedLocations, location{
			ID: &id, PhysicalLocation: physical(rel.Posn, rel.End, root), Message: &text{strings.TrimSpace(rel.Message)}})
	}
	for _, sf := range d.SuggestedFixes {
		f := fix{Description: text{sf.Message}, ArtifactChanges: []artifactChange{}}
		byFile := map[string]int{}
		for _, e := range sf.Edits {
			i, ok := byFile[e.Filename]
			if !ok {
				i = len(f.ArtifactChanges)
				byFile[e.Filename] = i
				f.ArtifactChanges = append(f.ArtifactChanges, artifactChange{ArtifactLocation: artifact(e.Filename, root)})
			}
			rep := replacement{DeletedRegion: region{CharOffset: e.Start, CharLength: e.End - e.Start}}
			if e.New != "" {
				rep.InsertedContent = &text{e.New}
			}
			f.ArtifactChanges[i].Replacements = append(f.ArtifactChanges[i].Replacements, rep)
		}
		res.Fixes = append(res.Fixes, f)
	}
	return res
}

// posn matches "file:line:col" and "file:line", as token.Position prints.
var posn = regexp.MustCompile(`^(.*?):(\d+)(?::(\d+))?$`)

func physical(start, end, root string) physicalLocation {
	m := posn.FindStringSubmatch(start)
	if m == nil {
		return physicalLocation{ArtifactLocation: artifact(start, root)}
	}
	reg := &region{}
	reg.StartLine, reg.StartColumn = number(m[2]), number(m[3])
	if e := posn.FindStringSubmatch(end); e != nil && e[1] == m[1] {
		reg.EndLine, reg.EndColumn = number(e[2]), number(e[3])
		if reg.EndLine < reg.StartLine || reg.EndLine == reg.StartLine && reg.EndColumn <= reg.StartColumn {
			reg.EndLine, reg.EndColumn = 0, 0 // an empty range: the start alone
		}
	}
	if reg.StartLine < 1 {
		return physicalLocation{ArtifactLocation: artifact(m[1], root)}
	}
	return physicalLocation{ArtifactLocation: artifact(m[1], root), Region: reg}
}

// number returns the decimal number s, or 0 when s is empty (a position
// without a column): the pattern lets nothing else through.
func number(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// artifact locates file relative to %SRCROOT% when it is under root.
func artifact(file, root string) artifactLocation {
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(root, file)
	}
	if rel, err := filepath.Rel(root, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return artifactLocation{URI: (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath(), URIBaseID: "%SRCROOT%"}
	}
	return artifactLocation{URI: fileURI(abs)}
}

func fileURI(abs string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return slices.Clip(keys)
}
