package gopls_test

// A minimal LSP client over stdio: Content-Length framed JSON-RPC 2.0,
// enough to drive gopls-apierrlint serve as an editor does.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// message is a JSON-RPC message in either direction.
type message struct {
	JSONRPC string           `json:"jsonrpc"`
	ID      *json.RawMessage `json:"id,omitempty"`
	Method  string           `json:"method,omitempty"`
	Params  json.RawMessage  `json:"params,omitempty"`
	Result  json.RawMessage  `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// The parts of the LSP types the test reads.
type position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type lspRange struct {
	Start position `json:"start"`
	End   position `json:"end"`
}

type location struct {
	URI   string   `json:"uri"`
	Range lspRange `json:"range"`
}

type diagnostic struct {
	Range           lspRange `json:"range"`
	Severity        int      `json:"severity"`
	Code            any      `json:"code"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Source             string `json:"source"`
	Message            string `json:"message"`
	RelatedInformation []struct {
		Location location `json:"location"`
		Message  string   `json:"message"`
	} `json:"relatedInformation"`
}

type publishDiagnostics struct {
	URI         string       `json:"uri"`
	Version     *int         `json:"version"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type textEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

type codeAction struct {
	Title string `json:"title"`
	Kind  string `json:"kind"`
	Edit  *struct {
		DocumentChanges []struct {
			TextDocument struct {
				URI string `json:"uri"`
			} `json:"textDocument"`
			Edits []textEdit `json:"edits"`
		} `json:"documentChanges"`
	} `json:"edit"`
	Command *struct {
		Command string `json:"command"`
	} `json:"command"`
}

// client is one gopls process and the test's end of its stdio.
type client struct {
	t   *testing.T
	cmd *exec.Cmd
	in  io.WriteCloser

	mu       sync.Mutex
	changed  *sync.Cond
	nextID   int
	pending  map[int]chan message
	diags    map[string]publishDiagnostics // by URI, the latest
	settings map[string]any                // the answer to workspace/configuration
	closed   bool
	stderr   strings.Builder
	problems []string // found by the reader, reported by stop
	stopping bool     // stop has closed gopls's input
}

// start runs bin serve in dir, with a gopls cache of its own, offline.
func start(t *testing.T, bin, dir string, settings map[string]any) *client {
	t.Helper()
	cmd := exec.Command(bin, "serve")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local",
		"GOTELEMETRY=off", "GOPLSCACHE="+t.TempDir())
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &client{t: t, cmd: cmd, in: in, pending: map[int]chan message{},
		diags: map[string]publishDiagnostics{}, settings: settings}
	c.changed = sync.NewCond(&c.mu)
	cmd.Stderr = &lockedWriter{c: c}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go c.read(bufio.NewReader(out))
	t.Cleanup(c.stop)
	return c
}

type lockedWriter struct{ c *client }

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.c.mu.Lock()
	defer w.c.mu.Unlock()
	return w.c.stderr.Write(p)
}

// stop closes gopls's input, which ends it, and reports what the reader
// found wrong.
func (c *client) stop() {
	c.mu.Lock()
	c.stopping = true
	c.mu.Unlock()
	if err := c.in.Close(); err != nil {
		c.t.Errorf("closing gopls's input: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		if err := c.cmd.Process.Kill(); err != nil {
			c.t.Errorf("gopls did not exit in 10 s and cannot be killed: %v", err)
		}
		err = <-done
	}
	if err != nil {
		c.t.Logf("gopls exited: %v", err) // after the test's checks: not a failure
	}
	c.mu.Lock()
	for _, p := range c.problems {
		c.t.Error(p)
	}
	c.mu.Unlock()
	if c.t.Failed() {
		c.mu.Lock()
		c.t.Logf("gopls stderr:\n%s", c.stderr.String())
		c.mu.Unlock()
	}
}

func (c *client) write(m message) {
	m.JSONRPC = "2.0"
	data, err := json.Marshal(m)
	if err != nil {
		c.problem("encoding %s: %v", m.Method, err)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopping {
		return // an answer to a request gopls sent as it was told to exit
	}
	if _, err := fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(data), data); err != nil {
		c.problems = append(c.problems, fmt.Sprintf("writing to gopls: %v", err))
	}
}

// read reads the server's messages until its output ends: it answers the
// server's requests, records diagnostics and hands responses to call.
func (c *client) read(r *bufio.Reader) {
	defer func() {
		c.mu.Lock()
		c.closed = true
		for _, ch := range c.pending {
			close(ch)
		}
		c.pending = nil
		c.changed.Broadcast()
		c.mu.Unlock()
	}()
	tp := textproto.NewReader(r)
	for {
		h, err := tp.ReadMIMEHeader()
		if err != nil {
			return
		}
		n, err := strconv.Atoi(h.Get("Content-Length"))
		if err != nil {
			return
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			return
		}
		switch {
		case m.Method != "" && m.ID != nil: // a request from the server
			c.answer(m)
		case m.Method == "textDocument/publishDiagnostics":
			var p publishDiagnostics
			if json.Unmarshal(m.Params, &p) == nil {
				c.mu.Lock()
				c.diags[p.URI] = p
				c.changed.Broadcast()
				c.mu.Unlock()
			}
		case m.Method == "" && m.ID != nil: // a response
			var id int
			if json.Unmarshal(*m.ID, &id) == nil {
				c.mu.Lock()
				ch := c.pending[id]
				delete(c.pending, id)
				c.mu.Unlock()
				if ch != nil {
					ch <- m
				}
			}
		}
	}
}

// answer answers a request of the server: the settings for every item of
// workspace/configuration, null to anything else (registerCapability,
// workDoneProgress/create, ...).
func (c *client) answer(m message) {
	var result any
	if m.Method == "workspace/configuration" {
		var p struct {
			Items []json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.problem("workspace/configuration: %v", err)
		}
		c.mu.Lock()
		s := c.settings
		c.mu.Unlock()
		items := make([]any, len(p.Items))
		for i := range items {
			items[i] = s
		}
		result = items
	}
	data, err := json.Marshal(result)
	if err != nil {
		c.problem("answering %s: %v", m.Method, err)
		data = []byte("null")
	}
	c.write(message{ID: m.ID, Result: data})
}

// problem records something the reader found wrong, which stop reports:
// the reader runs in a goroutine of its own and cannot fail the test.
func (c *client) problem(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// call sends a request and waits for its result, which it decodes into
// result (when not nil).
func (c *client) call(t *testing.T, method string, params, result any) {
	t.Helper()
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		t.Fatalf("%s: gopls has exited", method)
	}
	c.nextID++
	id := c.nextID
	ch := make(chan message, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	raw := json.RawMessage(strconv.Itoa(id))
	data, err := json.Marshal(params)
	if err != nil {
		t.Fatal(err)
	}
	c.write(message{ID: &raw, Method: method, Params: data})
	select {
	case m, ok := <-ch:
		if !ok {
			t.Fatalf("%s: gopls exited before it answered", method)
		}
		if m.Error != nil {
			t.Fatalf("%s: %s (code %d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				t.Fatalf("%s: decoding %s: %v", method, m.Result, err)
			}
		}
	case <-time.After(3 * time.Minute):
		t.Fatalf("%s: no answer in 3 minutes", method)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	data, err := json.Marshal(params)
	if err != nil {
		c.t.Fatal(err)
	}
	c.write(message{Method: method, Params: data})
}

// setSettings changes the settings the client gives and tells the server.
func (c *client) setSettings(s map[string]any) {
	c.mu.Lock()
	c.settings = s
	c.mu.Unlock()
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": nil})
}

// waitDiagnostics waits until the latest diagnostics published for uri
// satisfy ok, and returns them. It fails the test after a timeout,
// showing the last ones published.
func (c *client) waitDiagnostics(t *testing.T, uri string, what string, ok func(publishDiagnostics) bool) publishDiagnostics {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	timer := time.AfterFunc(time.Until(deadline), func() {
		c.mu.Lock()
		c.changed.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		p, have := c.diags[uri]
		if have && ok(p) {
			return p
		}
		if c.closed || time.Now().After(deadline) {
			c.mu.Unlock()
			defer c.mu.Lock()
			t.Fatalf("no diagnostics for %s where %s; the last published:\n%s", uri, what, describe(p.Diagnostics))
		}
		c.changed.Wait()
	}
}

func describe(ds []diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "  %d:%d-%d:%d %s: %s\n", d.Range.Start.Line+1, d.Range.Start.Character+1,
			d.Range.End.Line+1, d.Range.End.Character+1, d.Source, d.Message)
	}
	return b.String()
}
