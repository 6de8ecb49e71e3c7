// Package typed declares its own code type and compares it, in the same
// package, with values it does not have.
package typed

// Code is the code of an API error of this package.
type Code int

const (
	CodeNotFound    Code = 1000
	CodeConflict    Code = 1001
	CodeRateLimited Code = 1002
)

// custom is a constant of the type in its own package: one of its codes.
const custom Code = 1005

// StatusFlag is a set of flags, not a code: its constants are powers of two.
type StatusFlag uint

const (
	FlagRetryable StatusFlag = 1 << iota
	FlagTemporary
	FlagInternal
)

// ErrorKind has no constants, so no known set.
type ErrorKind string

// Color has constants but neither a code-like name nor an error to come from.
type Color int

const (
	Red Color = iota + 1
	Green
)

// Codec and JobStatus have constants and names that contain Code and
// Status, but are enums of other things, often incomplete.
type Codec string

const CodecH264 Codec = "h264"

type JobStatus string

const JobStatusDone JobStatus = "done"

// Job is not an error.
type Job struct {
	Codec  Codec
	Status JobStatus
}

// Error is an API error.
type Error struct {
	Code Code
	Kind ErrorKind
	Flag StatusFlag
}

func (e *Error) Error() string { return "error" }

func ambiguous(e *Error) bool {
	return e.Code == 1003 // want `^1003 is not a known typed\.Code; did you mean 1000 \(typed\.CodeNotFound\), 1001 \(typed\.CodeConflict\), 1002 \(typed\.CodeRateLimited\) or 1005 \(typed\.custom\)$`
}

func samePackageFix(e *Error) bool {
	return e.Code == 1102 // want `^1102 is not a known typed\.Code; did you mean 1002 \(typed\.CodeRateLimited\)$`
}

func shadowedConstant(e *Error) bool {
	CodeRateLimited := 3                         // shadows the constant: the fix keeps a literal
	return e.Code == 1102 && CodeRateLimited > 0 // want `^1102 is not a known typed\.Code; did you mean 1002 \(typed\.CodeRateLimited\)$`
}

func negatives(e *Error, c Color) bool {
	if e.Code == custom || e.Code == 1005 { // declared in the type's package: a code of the set
		return true
	}
	if e.Kind == "whatever" { // ErrorKind has no constants: no known set
		return true
	}
	if e.Flag == 3 { // flags combine: a bitmask type is not a code set
		return true
	}
	return c == 7 // Color is not a code: no code-like name, not read from an error
}

func notCodes(j Job) bool {
	return j.Codec == "vp9" || j.Status == "running" // Codec, JobStatus: names that merely contain Code or Status are not code types
}
