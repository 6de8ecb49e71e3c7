// Package errorder defines an Analyzer that reports error checks that can
// never succeed because an earlier check on the same error already matches
// every error they would match.
//
// # Analyzer errorder
//
// errorder: report error checks shadowed by an earlier, wider check
//
// An API client's errors form a taxonomy: a base error (smithy's APIError,
// a client's *Error), specific errors under it (*types.NoSuchKey, a
// *NotFoundError that unwraps to the base), sentinels that wrap other
// sentinels, and helper predicates such as IsNotFound. When a check for a
// general error comes before a check for a more specific one on the same
// error value, the specific branch can never run: the not-found handling,
// the retry on a throttling error, the cleanup on a conflict are dead code
// that nothing reports.
//
// errorder follows each error variable through
//
//   - if / else-if chains and `switch { case ... }` of errors.As,
//     errors.AsType, errors.Is, ==, type assertions and helper predicates;
//   - sequences of plain ifs whose earlier body always leaves (return,
//     panic, continue, break, goto, or a call of a function that never
//     returns: os.Exit, log.Fatal*, t.Fatal*, klog.Fatal*, a project's
//     own `die`);
//   - type switches, where an interface case comes before a type that
//     implements it;
//   - `switch err { case ErrA: ... }` on sentinels;
//
// and reports a check that an earlier check in the same chain covers:
//
//   - errors.As to an interface before errors.As to a type that implements
//     it; errors.As to a type before errors.As to a type whose Unwrap
//     method always returns (a concrete value of) that type, or whose As
//     method delegates to a field of that type, or that its package only
//     ever builds inside that type's unwrapped field (stripe's
//     *CardError inside an *Error);
//   - errors.Is(err, ErrBase) before errors.Is(err, ErrSpecific) where
//     ErrSpecific wraps ErrBase (fmt.Errorf with %w, errors.Join, a wrapper
//     literal whose Unwrap returns the field, an alias), or before errors.As
//     to a type whose Is method matches ErrBase; sentinels and error types
//     declared in another package count, through facts;
//   - helper predicates and code functions summarized from their code (see
//     below): apierrors.IsNotFound(err) after errors.As to
//     apierrors.APIStatus, or after `if err != nil { return err }`, where
//     err is nil; status.Code(err) == codes.NotFound after that return,
//     since status.Code(nil) is codes.OK; the same predicate with the same
//     arguments twice (HasStatusCause(err, X) and HasStatusCause(err, Y)
//     are different checks);
//   - a catch-all first: err != nil, `case error:`, or a check on the base
//     type alone before a check with conditions;
//   - status ranges before a specific status on the same error:
//     `e.StatusCode >= 400` before `e.StatusCode == 404`;
//   - the same check twice.
//
// A relation counts only when it is proven: assignability (interface
// implementation), Unwrap, As and Is methods whose bodies show it, %w
// wrapping, the summaries of functions. Embedding alone does not make errors.As match: a struct that
// embeds *Error is not an *Error. An earlier check with an extra condition
// (`&& e.Code == x`) does not cover a later one; two checks of different
// types do not compare their conditions, because errors.As may find
// different errors of the chain for them. The error variable must not be
// assigned between the checks, nor have its address taken, nor be assigned
// by a closure. Anything the model does not understand makes it silent.
//
// # Examples
//
// An interface before a type that implements it:
//
//	var apiErr smithy.APIError
//	var nsk *s3types.NoSuchKey
//	if errors.As(err, &apiErr) {
//		log.Print(apiErr.ErrorCode())
//	} else if errors.As(err, &nsk) {
//		return nil // never runs
//	}
//
// is reported as
//
//	errors.As(err, &nsk) can never succeed: errors.As(err, &apiErr) on line 3 matches first (*s3types.NoSuchKey implements smithy.APIError); check the specific error first
//
// with the earlier check attached as related information. The fix moves the
// specific check first:
//
//	if errors.As(err, &nsk) {
//		return nil
//	} else if errors.As(err, &apiErr) {
//		log.Print(apiErr.ErrorCode())
//	}
//
// Other messages name the relation that proves the finding:
//
//	case awserr.RequestFailure can never match: case awserr.Error on line 5 matches first (awserr.RequestFailure implements awserr.Error); check the specific error first
//	errors.Is(err, api.ErrRouteNotFound) can never succeed: errors.Is(err, api.ErrNotFound) on line 9 matches first (api.ErrRouteNotFound wraps api.ErrNotFound); check the specific error first
//	errors.As(err, &rnf) can never succeed: errors.As(err, &nf) on line 4 matches first (*hierarchy.RouteNotFound unwraps to *hierarchy.NotFound); check the specific error first
//	errors.As(err, &are) can never succeed: errors.As(err, &sre) on line 7 matches first (*awshttp.ResponseError delegates As to *smithyhttp.ResponseError); check the specific error first
//	flatclient.IsNotFound(err) can never succeed: errors.As(err, &fe) on line 2 matches first (flatclient.IsNotFound(err) is true only for an error errors.As finds as *flatclient.Error); check the specific error first
//	errors.As(err, &fe) && fe.StatusCode == 503 can never succeed: flatclient.IsServerError(err) on line 2 matches first (StatusCode == 503 implies StatusCode >= 500); check the specific error first
//	apierrors.IsNotFound(err) can never succeed: err != nil on line 3 returns first (apierrors.IsNotFound(err) is true only for an error errors.As finds as apierrors.APIStatus); check the specific error first
//	status.Code(err) == codes.NotFound can never succeed: err != nil on line 3 returns first (status.Code(err) is codes.OK for a nil error); check the specific error first
//	apierrors.ReasonForError(err) == metav1.StatusReasonNotFound can never succeed: err != nil on line 3 returns first (apierrors.ReasonForError(err) == "NotFound" only for an error errors.As finds as apierrors.APIStatus); check the specific error first
//	apierrors.IsNotFound(err) can never succeed: apierrors.IsNotFound(err) on line 2 matches first (the same check); remove the duplicate check
//	err != nil can never succeed: err != nil on line 4 leaves first (err is not assigned in between); check the error you meant to
//
// The verb says how the earlier check takes the error: "matches first" in
// a chain or switch, "returns first" or "leaves first" for an if whose
// body always leaves.
//
// # Summaries of functions
//
// What a function of an error proves is read from its code, in the
// package that declares it, and travels to the packages that call it as a
// fact (so it works across packages, under go vet and golangci-lint too):
//
//   - A predicate, `func(err error, ...) bool`, is read path by path in
//     its SSA form: on each path that may return true, the tests of err
//     that succeeded (errors.As, errors.AsType, a type assertion or type
//     switch, errors.Is, ==, err != nil, another summarized function) and
//     the conditions on the matched error (a field or method compared
//     with a constant or a parameter). A call is then read as those tests:
//     it proves err is non-nil, and what errors.As would find in it. Its
//     other parameters stay symbolic, so HasStatus(err, 404) and
//     HasStatus(err, 409) are different checks.
//   - A code function, `func(err error) T` for a basic T (a code, a
//     reason, a status), is read the same way with what each path
//     returns: a constant (codes.OK for a nil error, StatusReasonUnknown
//     when the type test fails) or a value read from the matched error.
//     `F(err) == C` then proves the tests of the paths that can return C.
//   - A function that never returns is proven from its body: no return
//     statement, no deferred call (which could recover), and a last
//     statement that never completes (panic, os.Exit, another such call,
//     an endless loop). What no code can show is listed: os.Exit,
//     syscall.Exit and runtime.Goexit, and the fatal functions of klog,
//     logrus and zap, which exit through a function variable.
//
// A summary leaves out every condition it does not read, so it describes
// a superset of the errors the function holds for: it can show that a
// later check is covered, never that an earlier one covers, except for a
// predicate whose every condition was read (an exact summary). Paths are
// simple paths of the SSA form (a path around a loop passes every
// condition of one that does not); a function with more than 128 blocks
// or 64 paths, recursion, or a call it cannot read makes the summary
// unknown, and the check then matches only itself.
//
// # Fixes
//
// Where moving the specific checks first changes no other path, the
// finding carries a suggested fix (apply it with -fix). In an else-if
// chain or a switch, the fix reorders the whole chain at once: each branch
// moves right before the first branch that covers it, everything else
// keeping its order, so a branch only moves ahead of branches that took
// every error it matches; one -fix pass leaves nothing to fix. A default
// clause keeps its place. Of two adjacent ifs that both always leave, the
// two swap. There is no fix when an if of the chain has an init statement
// (its variables are in scope in later branches), when a case clause
// falls through or lists several expressions, when the later if does not
// always leave, or for duplicates (which one to keep is yours to decide).
//
// # Options
//
// -errorder.generated (default false) reports in generated files too
// (files with the standard "// Code generated ... DO NOT EDIT." header),
// which are skipped by default.
//
// # Limits
//
// errorder reads one function at a time. Facts flow forward through a
// statement list and into if, else and switch bodies; they do not enter
// loops or closures from outside, and a label (a goto target) clears them.
// Only local variables and parameters are followed, not struct fields or
// calls (s.err, resp.Err()). Summaries are made for plain functions, not
// methods (a client's `c.IsNotFound(err)` matches only itself). A
// parameter compared inside a loop (`for _, c := range codes`) is not
// kept. A predicate that replaces err before testing it (os.IsNotExist
// tests underlyingError(err)) proves nothing of err, and a sentinel built
// by a call of the client's own (etcd's ErrAuthNotEnabled =
// Error(ErrGRPCAuthNotEnabled)) is not known to be one. errors.As(err,
// new(T)) is not read as a check. A check with a condition the model
// does not read (IsNotFound(err) && retry) covers nothing, so its
// duplicate is not reported. Types with type parameters are never
// related. Like errors.As itself the model ignores As and Is methods
// of types it cannot see in the chain; a chain is assumed to hold only what
// its Unwrap methods prove.
//
// Relations through a stored field are proven from the client's code:
// errors.As to *stripe.Error before errors.As to *stripe.CardError is
// reported ("stripe builds every *stripe.CardError inside an
// *stripe.Error") because every &CardError{...} in stripe-go is stored
// into an Error's Err field, the one Error.Unwrap returns, and a
// CardError is built no other way there. It is not reported in a package
// that builds the specific type itself (a test double), reads the field,
// or unwraps errors by hand (errors.Unwrap, a call of the base's Unwrap):
// there a specific error may reach the check outside its base.
//
// # Suppression
//
// `//apierrlint:ignore errorder <reason>` silences the findings on its
// line, or, on a line of its own, on the line below; either way it covers
// every line of the statement that starts there, so one directive above
// an if/else-if chain or a switch covers all its branches. The reason is
// required, and a directive without one silences nothing.
// `//nolint:apierrlint` (or `//nolint:errorder`) covers the same lines,
// standalone and under golangci-lint.
package errorder
