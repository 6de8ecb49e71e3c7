// Package excluded is analysed with
// -exclude=os.Remove,(*errdrop/excluded.Cache).Flush,(errdrop/excluded.Store).Put,(io.Closer).Close:
// those functions' errors may be dropped.
package excluded

import (
	"io"
	"os"
)

type Cache struct{}

func (c *Cache) Flush() error { return nil }
func (c *Cache) Load() error  { return nil }

type Store struct{}

func (s Store) Put() error { return nil }

func F(c *Cache, s Store, ps *Store) {
	os.Remove("x")    // excluded by pkg.Func
	c.Flush()         // excluded by (*pkg.T).Method
	s.Put()           // excluded by (pkg.T).Method
	ps.Put()          // excluded by (pkg.T).Method, called through a pointer
	os.RemoveAll("x") // want `^error returned by os\.RemoveAll is not checked; handle or return it$`
	c.Load()          // want `^error returned by \(\*Cache\)\.Load is not checked; handle or return it$`
}

func G(wc io.WriteCloser, w io.Writer) {
	wc.Close()   // excluded by (io.Closer).Close, the interface that declares it
	w.Write(nil) // want `^error returned by \(io\.Writer\)\.Write is not checked; handle or return it$`
}
