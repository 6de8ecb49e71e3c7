// Package closers holds Close calls: reported on writers (where a failed
// Close loses written data), silent on things only read.
package closers

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"os"

	"errdrop/stub/storage"
)

func Upload(ctx context.Context, c *storage.Client, data []byte) error {
	w := c.Bucket("b").Object("o").NewWriter(ctx)
	defer w.Close() // want `^error returned by \(\*storage\.Writer\)\.Close is not checked in defer; check it in a deferred func$`
	_, err := w.Write(data)
	return err
}

func UploadStatement(ctx context.Context, c *storage.Client, data []byte) error {
	w := c.Bucket("b").Object("o").NewWriter(ctx)
	if _, err := w.Write(data); err != nil {
		w.Close() // want `^error returned by \(\*storage\.Writer\)\.Close is not checked; handle or return it$`
		return err
	}
	return w.Close()
}

func Cleanup(ctx context.Context, c *storage.Client) {
	c.Bucket("b").Object("tmp").Delete(ctx) // want `^error returned by \(\*storage\.ObjectHandle\)\.Delete is not checked; handle or return it$`
}

func CreatedFile(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close() // want `^error returned by \(\*os\.File\)\.Close is not checked in defer; check it in a deferred func$`
	_, err = f.Write(data)
	return err
}

func OpenedForAppend(path string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close() // want `^error returned by \(\*os\.File\)\.Close is not checked in defer; check it in a deferred func$`
	_, err = f.WriteString("x")
	return err
}

func WriteCloser(wc io.WriteCloser) {
	defer wc.Close() // want `^error returned by \(io\.WriteCloser\)\.Close is not checked in defer; check it in a deferred func$`
	wc.Write(nil)    // want `^error returned by \(io\.WriteCloser\)\.Write is not checked; handle or return it$`
}

func Conn(conn net.Conn) {
	defer conn.Close() // want `^error returned by \(net\.Conn\)\.Close is not checked in defer; check it in a deferred func$`
}

func Buffered(w io.Writer) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()    // want `^error returned by \(\*bufio\.Writer\)\.Flush is not checked in defer; check it in a deferred func$`
	bw.WriteString("x") // want `^error returned by \(\*bufio\.Writer\)\.WriteString is not checked; handle or return it$`
}

// Negative cases: Close of something only read loses nothing.

func Download(ctx context.Context, c *storage.Client) ([]byte, error) {
	r, err := c.Bucket("b").Object("o").NewReader(ctx)
	if err != nil {
		return nil, err
	}
	defer r.Close() // a reader: its Close cannot lose data
	return io.ReadAll(r)
}

func Get(url string) ([]byte, error) {
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close() // a response body is only read
	return io.ReadAll(resp.Body)
}

func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close() // opened read-only
	return io.ReadAll(f)
}

func ReadOnlyOpenFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDONLY, 0)
	if err != nil {
		return err
	}
	f.Close() // opened read-only, even as a statement
	return nil
}

func FileParam(f *os.File) {
	defer f.Close() // origin unknown: when in doubt stay silent
}

func Client(ctx context.Context) error {
	c, err := storage.NewClient(ctx)
	if err != nil {
		return err
	}
	defer c.Close() // a client, not a writer
	return nil
}

func ReadCloser(rc io.ReadCloser) {
	defer rc.Close() // only read
	_ = rc.Close()   // only read, even when discarded explicitly
}
