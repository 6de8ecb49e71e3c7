// Package dns is a stub of github.com/miekg/dns for errdrop's dnsreply
// fixture.
package dns

// Msg is a DNS message.
type Msg struct{}

// ResponseWriter is the interface a DNS handler replies through.
type ResponseWriter interface {
	WriteMsg(*Msg) error
	Write([]byte) (int, error)
	Close() error
}

// Client sends DNS queries.
type Client struct{}

// Exchange sends a query and waits for the reply.
func (c *Client) Exchange(m *Msg, addr string) (*Msg, error) { return nil, nil }
