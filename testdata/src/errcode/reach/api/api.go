// Package api is an API client whose error nests its codes: a status
// with details and causes, in the shape of k8s's StatusError
// (Status.Details.Causes[i].Type) and of clients whose error has a list of
// details with a kind declared in another package.
package api

import (
	"errors"
	"time"

	"errcode/reach/kinds"
)

// CauseType is the type of a cause; its name does not end in Code or
// Reason.
type CauseType string

const (
	CauseTypeFieldValueInvalid  CauseType = "FieldValueInvalid"
	CauseTypeFieldValueRequired CauseType = "FieldValueRequired"
)

type Cause struct {
	Type  CauseType
	Field string
}

type Details struct {
	Causes []Cause
	ByName map[string]*Detail
}

type Status struct {
	Message string
	Details *Details
}

// Detail is one detail of an error.
type Detail struct {
	Kind   kinds.Kind
	Region Region
}

// Region has a single constant: not a set of codes.
type Region string

const RegionUS Region = "us"

// Flags are bits, not codes.
type Flags int

const (
	FlagRetry Flags = 1 << iota
	FlagFatal
	FlagLogged
)

// Level is reached only through an unexported field.
type Level int

const (
	LevelLow  Level = 1
	LevelHigh Level = 2
)

type hidden struct{ Level Level }

// Scope is compared by the predicate HasScope with the scopes an error
// holds in an unexported field.
type Scope string

const (
	ScopeProject Scope = "project"
	ScopeOrg     Scope = "org"
)

// Tier is compared by IsTier with a constant only: not a code the error
// carries.
type Tier string

const (
	TierGold   Tier = "gold"
	TierSilver Tier = "silver"
)

// Order is a resource of the API: the error carries the order it failed
// on, and so does Invoice. Its enums are not codes.
type Order struct {
	ID    string
	State OrderState
}

type OrderState string

const (
	OrderStateShipped OrderState = "shipped"
	OrderStatePending OrderState = "pending"
)

type Invoice struct{ Order *Order }

type Error struct {
	Order   *Order
	Status  Status
	Details []Detail
	Flags   Flags
	When    time.Month // the standard library's enums are not codes
	hidden  hidden
	scopes  []Scope
}

func (e *Error) Error() string { return e.Status.Message }

// HasDetail reports whether err has a detail of kind k.
func HasDetail(err error, k kinds.Kind) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	for _, d := range e.Details {
		if d.Kind == k {
			return true
		}
	}
	return false
}

// HasScope reports whether err applies to scope s.
func HasScope(err error, s Scope) bool {
	var e *Error
	if errors.As(err, &e) {
		for _, x := range e.scopes {
			if x == s {
				return true
			}
		}
	}
	return false
}

// IsTier reports whether err is an error and t the gold tier.
func IsTier(err error, t Tier) bool {
	return err != nil && t == TierGold
}
