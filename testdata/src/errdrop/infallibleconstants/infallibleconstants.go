// Package infallibleconstants holds calls whose only possible error comes
// from their arguments, called with constants they accept (cert-manager:
// _, ipNet, _ := net.ParseCIDR("10.10.0.0/16")), and calls that always
// return a nil error (cert-manager: big.Int's GobEncode).
package infallibleconstants

import (
	"encoding/json"
	"math/big"
	"net"
	"net/http/cookiejar"
	"net/netip"
	"net/url"
	"regexp"
	"strconv"
	"time"
)

const cidr = "192.168.0.0/24"

var jsonNil, _ = json.Marshal(nil) // not reported: marshals to null

func constants(n *big.Int, s string, v any) {
	// Not reported: the constants parse, so these never fail.
	_, _, _ = net.ParseCIDR("10.10.0.0/16")
	_, _, _ = net.ParseCIDR(cidr)
	_, _ = netip.ParsePrefix("fd00::/8")
	_, _ = url.Parse("https://example.com/a?b=c")
	_, _ = regexp.Compile(`^a+$`)
	_, _ = strconv.Atoi("42")
	_, _ = time.ParseDuration("1m30s")
	_, _ = time.Parse(time.RFC3339, "2026-01-02T03:04:05Z")
	_, _ = json.Marshal("text")
	_, _ = json.Marshal(3.5)
	// Not reported: big.Int's encoders always return a nil error.
	_, _ = n.GobEncode()
	_, _ = n.MarshalText()
	// Not reported: cookiejar.New always returns a nil error (external-dns).
	_, _ = cookiejar.New(nil)

	// Reported: the constant does not parse, or the argument is not constant.
	_, _, _ = net.ParseCIDR("10.10.0.0/33") // want `error returned by net\.ParseCIDR is assigned to _`
	_, _, _ = net.ParseCIDR(s)              // want `error returned by net\.ParseCIDR is assigned to _`
	_, _ = strconv.Atoi("forty-two")        // want `error returned by strconv\.Atoi is assigned to _`
	_, _ = regexp.Compile(`(`)              // want `error returned by regexp\.Compile is assigned to _`
	_, _ = json.Marshal(v)                  // want `error returned by json\.Marshal is assigned to _`
}
