// Package failuretested holds errors dropped where the failure is handled
// through another result: _, n, _ := net.ParseCIDR(s); if n == nil {...}.
// A pointer result is nil when the call fails (the convention of the
// standard library and of nearly every API), and the next statement tests
// it: the failure is handled, only the error's text is lost. This is a
// decision, not a proof (see the package documentation).
package failuretested

import (
	"net"
	"net/url"
)

func allowed(s string, ip net.IP) bool {
	_, n, _ := net.ParseCIDR(s) // not reported: n is tested for nil next
	if n == nil {
		return false
	}
	return n.Contains(ip)
}

func host(raw string) string {
	if u, _ := url.Parse(raw); u == nil || u.Host == "" { // not reported: the if's body handles a nil u
		return ""
	} else {
		return u.Host
	}
}

// A test of the success only lets the failure fall through unhandled
// (minio's api-compose-object.go: if tags, _ := tags.NewTags(m, true);
// tags != nil {...} silently leaves invalid tags off the copied object).
func tagged(raw string, set func(string)) {
	if u, _ := url.Parse(raw); u != nil { // want `error returned by url\.Parse is assigned to _`
		set(u.Host)
	}
}

// The pointer is not tested, or not next, or the result is not a pointer,
// or the branch on a nil pointer is empty.
func untested(s string, ip net.IP) bool {
	_, n, _ := net.ParseCIDR(s) // want `error returned by net\.ParseCIDR is assigned to _`
	return n.Contains(ip)
}

func later(s string) *url.URL {
	u, _ := url.Parse(s) // want `error returned by url\.Parse is assigned to _`
	s += "/"
	if u == nil {
		return nil
	}
	return u
}

func notPointer(s string) net.IP {
	ip, _, _ := net.ParseCIDR(s) // want `error returned by net\.ParseCIDR is assigned to _`
	if ip == nil {
		return nil
	}
	return ip
}

func empty(s string) {
	_, n, _ := net.ParseCIDR(s) // want `error returned by net\.ParseCIDR is assigned to _`
	if n == nil {
	}
}
