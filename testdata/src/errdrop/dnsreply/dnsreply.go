// Package dnsreply holds a DNS handler's reply writes (cert-manager's
// test DNS server: _ = w.WriteMsg(m)). Like an HTTP handler's response, a
// failed reply has no one to be reported to.
package dnsreply

import "github.com/miekg/dns"

func handle(w dns.ResponseWriter, r *dns.Msg) {
	m := new(dns.Msg)
	_ = w.WriteMsg(m)  // not reported: a DNS reply
	w.Write([]byte{0}) // not reported: the same
}

// Narrow: a client's exchange still reports.
func query(c *dns.Client, m *dns.Msg) {
	c.Exchange(m, "127.0.0.1:53") // want `error returned by \(\*dns\.Client\)\.Exchange is not checked`
}
