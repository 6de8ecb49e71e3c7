package taxonomy_test

import (
	"go/constant"
	"go/importer"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"testing"

	"github.com/apierrlint/apierrlint/analyzer/taxonomy"
)

// TestHTTPStatusesMatchNetHTTP keeps the HTTP status table true to the
// Status constants of the net/http of the Go that runs the test.
func TestHTTPStatusesMatchNetHTTP(t *testing.T) {
	pkg, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import("net/http")
	if err != nil {
		t.Skipf("cannot type-check net/http: %v", err)
	}
	set := taxonomy.HTTPStatuses()
	seen := make(map[string]bool)
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !strings.HasPrefix(name, "Status") || c.Val().Kind() != constant.Int {
			continue
		}
		v := c.Val().ExactString()
		seen[v] = true
		k, ok := set.Lookup(v)
		if !ok {
			t.Errorf("net/http.%s = %s is missing from the table", name, v)
			continue
		}
		if alias := pkg.Scope().Lookup(k.Const); alias == nil || alias.(*types.Const).Val().ExactString() != v {
			t.Errorf("the table names %s %s, which net/http does not have with that value", v, k.Const)
		}
	}
	for _, k := range set.Codes {
		if !seen[k.Value] {
			t.Errorf("the table has %s (%s), which net/http does not", k.Value, k.Const)
		}
	}
}

func TestNearest(t *testing.T) {
	codes := func(vals ...string) []taxonomy.KnownCode {
		var out []taxonomy.KnownCode
		for _, v := range vals {
			out = append(out, taxonomy.KnownCode{Value: v})
		}
		return out
	}
	stripe := taxonomy.CatalogCodeSet(&taxonomy.CodeCatalog{File: "s.txt", Codes: codes("resource_missing", "resource_already_exists", "rate_limit", "card_declined")}, taxonomy.CodeFormat{})
	http := taxonomy.HTTPStatuses()
	for _, tc := range []struct {
		set  *taxonomy.CodeSet
		v    string
		want string
	}{
		{stripe, "resource_mising", "resource_missing"},
		{stripe, "RATE_LIMIT", "rate_limit"},
		{stripe, "card_delcined", "card_declined"}, // a transposition is one edit
		{stripe, "quota", ""},
		{http, "4040", "404"}, // a key too many at the end
		{http, "414", ""},     // known
		{http, "433", ""},     // in 100..599: valid, if unnamed
		{http, "4311", "431"},
		{http, "7", ""},
		{http, "5033", "503"},
	} {
		var got []string
		if !tc.set.Known(tc.v) {
			for _, k := range tc.set.Nearest(tc.v) {
				got = append(got, k.Value)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Nearest(%q) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestHTTPStatusesUnnamed(t *testing.T) {
	set := taxonomy.HTTPStatuses()
	for _, v := range []int{100, 472, 499, 520, 599} {
		if !set.Known(strconv.Itoa(v)) {
			t.Errorf("%d is reported as unknown; APIs return statuses of their own", v)
		}
	}
	for _, v := range []string{"600", "99", "4040", "-404", "x"} {
		if set.Known(v) {
			t.Errorf("%s, outside 100..599, is known", v)
		}
	}
}

func TestNormalizeSiteKey(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode": "github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode",
		"(*github.com/ngrok/ngrok-api-go/v7.Error).Code":   "(github.com/ngrok/ngrok-api-go/v7.Error).Code",
		"(gopkg.in/yaml.v3.Node).Decode":                   "(gopkg.in/yaml.v3.Node).Decode",
		"errcode/acme.HasCode":                             "errcode/acme.HasCode",
		"HasCode":                                          "",
		"(errcode/acme.Error).":                            "",
		"errcode/acme.Has Code":                            "",
		"github.com/x/y":                                   "",
	} {
		got, ok := taxonomy.NormalizeSiteKey(in)
		if want == "" && ok || want != "" && got != want {
			t.Errorf("NormalizeSiteKey(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
