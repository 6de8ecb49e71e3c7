// Package binarywritememory holds writes that cannot fail: binary.Write
// of fixed-size data to memory (azblob's structured messages:
// _ = binary.Write(&buf, binary.LittleEndian, segCRC)), and writes to a
// checksum held in an interface of its own (azblob's
// type hash64 interface { Write(p []byte) (int, error); Sum64() uint64 }).
package binarywritememory

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"hash/crc64"
	"io"
	"os"
)

type header struct {
	Len   uint32
	Flags [2]uint16
	CRC   uint64
}

func encode(segCRC uint64, n int64, h *header, vals []float32) []byte {
	var buf bytes.Buffer
	_ = binary.Write(&buf, binary.LittleEndian, segCRC)    // not reported: a uint64 into a buffer
	_ = binary.Write(&buf, binary.LittleEndian, n)         // not reported: an int64
	_ = binary.Write(&buf, binary.LittleEndian, uint16(3)) // not reported: a sized constant
	binary.Write(&buf, binary.BigEndian, h)                // not reported: a pointer to a struct of sized fields
	binary.Write(&buf, binary.BigEndian, vals)             // not reported: a slice of float32
	binary.Write(os.Stdout, binary.BigEndian, [4]byte{})   // not reported: an array of bytes to a standard stream
	return buf.Bytes()
}

type hash64 interface {
	Write(p []byte) (n int, err error)
	Sum64() uint64
}

type hash32 interface {
	io.Writer
	Sum32() uint32
}

func checksums(p []byte) uint64 {
	var h hash64 = crc64.New(crc64.MakeTable(crc64.ECMA))
	_, _ = h.Write(p) // not reported: a checksum's Write never fails
	var g hash32 = crc32.NewIEEE()
	g.Write(p) // not reported: the same, Sum32
	return h.Sum64()
}

// Narrow: a writer that can fail, or data without a fixed size, still
// reports.

func toFile(f *os.File, v uint64, n int, s string) {
	var buf bytes.Buffer
	binary.Write(f, binary.LittleEndian, v)    // want `error returned by binary\.Write is not checked`
	binary.Write(&buf, binary.LittleEndian, n) // want `error returned by binary\.Write is not checked`
	binary.Write(&buf, binary.LittleEndian, s) // want `error returned by binary\.Write is not checked`
	binary.Write(&buf, binary.LittleEndian, 5) // want `error returned by binary\.Write is not checked`
	var x any = v
	binary.Write(&buf, binary.LittleEndian, x) // want `error returned by binary\.Write is not checked`
}

// A Sum64 of another kind is not a checksum.
type counter interface {
	Write(p []byte) (n int, err error)
	Sum64() string
}

func notChecksum(c counter, w io.Writer, p []byte) {
	c.Write(p) // want `error returned by \(counter\)\.Write is not checked`
	w.Write(p) // want `error returned by \(io\.Writer\)\.Write is not checked`
}
