// Package errdrop defines an Analyzer that reports errors that are lost:
// never checked, discarded, overwritten before their check, or checked
// and then dropped.
//
// # Analyzer errdrop
//
// errdrop: report errors that are lost before anyone sees them
//
// An error that nobody reads is a failure that nobody hears about. The
// incidents are familiar: a storage Writer's Close error dropped, and an
// empty object is written without a trace; a Delete whose error is
// discarded, and resources stay orphaned; an error overwritten by the next
// call before its check, or checked and then answered with return nil.
// errdrop reports each of these. It aims at a precision that lets a team
// turn it on in CI: where it cannot be sure an error is lost, it is silent.
//
// Every message names the function whose error is lost, qualified by its
// package name as in (*storage.Writer).Close, os.Remove, or (io.WriteCloser).Close
// (for a method called through an interface, the interface); functions of
// the package being analysed are named without a qualifier; a function
// value is named by its expression. A message states the problem, then
// what to do.
//
// # Errors that are never checked
//
// A call whose error result is ignored, assigned to the blank identifier,
// or lost in a defer or go statement. The finding is at the call.
//
//	c.Delete(ctx, name)        // error returned by (*Client).Delete is not checked; handle or return it
//	_ = c.Delete(ctx, name)    // error returned by (*Client).Delete is assigned to _; handle or return it
//	obj, _ := c.Get(ctx, name) // error returned by (*Client).Get is assigned to _; handle or return it
//	defer w.Close()            // error returned by (*storage.Writer).Close is not checked in defer; check it in a deferred func
//	go srv.ListenAndServe()    // error returned by (*http.Server).ListenAndServe is not checked in go statement; check it inside the goroutine
//
// Better:
//
//	if err := c.Delete(ctx, name); err != nil {
//		return fmt.Errorf("deleting %s: %w", name, err)
//	}
//	defer func() {
//		if cerr := w.Close(); cerr != nil && err == nil {
//			err = cerr
//		}
//	}()
//
// The error of a call is its last result, when that is an error: error,
// a named error type (*NotFoundError), an interface that embeds error, or
// a type parameter instantiated with one (First[error](errs)) or
// constrained to be one. An error in another position is a value the call
// returns, not its failure, and a result list ending in a bool is a
// comma-ok lookup: _, ok := errors.AsType[*smithy.OperationError](err) is
// not reported.
//
// Close is special. Closing something that was only read loses nothing,
// so Close is reported only on writers: a type that also has an io.Writer
// Write method (a storage Writer, io.WriteCloser, net.Conn), and an
// *os.File that the same package opened for writing (os.Create,
// os.CreateTemp, os.OpenFile with a write flag) and still holds such a
// file where it is closed: a variable reassigned from os.Open after the
// written file's Close is a reader's again. defer resp.Body.Close(),
// defer f.Close() after os.Open, and the Close of a client or a reader
// are not reported, whatever the form of the call. Nor is the Close of a
// file created and never written (a local variable used only to Close,
// Name, Stat, Fd, Chmod, Chown or Sync it: os.CreateTemp to get a name),
// nor a deferred v.Close() of a local variable whose Close is also
// called elsewhere in the function with its result assigned (not to _)
// or returned: the deferred one is a safety net for early returns, and
// on the other paths only reports the file already closed.
//
// # Errors from iterators and channels
//
// An error that no call returns: the error of a range over an iterator of
// (value, error) pairs (iter.Seq2[V, error], or any func(yield func(K, E)
// bool) whose E is an error) that the loop leaves out, and the value of a
// receive from a channel of errors that is dropped. API clients return
// paginated listings as iterators: a loop without the error stops at the
// first failed page, and the listing looks complete. The finding is at
// the iterator or the receive.
//
//	for item := range c.List(ctx)    // error yielded by (*Client).List is not checked; range over both values and handle it
//	for item, _ := range c.List(ctx) // error yielded by (*Client).List is assigned to _; handle it
//	<-errc                           // error received from errc is not checked; handle or return it
//	_, ok := <-errc                  // error received from errc is assigned to _; handle or return it
//
// A receive in a select case (case <-errc:) counts like a statement.
// -api-packages and -exclude apply to the call that returns the iterator
// or the channel; an iterator or a channel in a variable has no package,
// and -api-packages leaves it out. Not reported: a receive from a channel
// that the package only ever sends nil on, or nothing (a local variable or
// unexported field used only to receive, send nil, close, range or make:
// a signal), a receive statement after a call that shuts something down
// in the same block or an enclosing one (a Close, Shutdown, Stop or Kill
// method, a context.CancelFunc, a func() named cancel or stop:
// srv.Close(); <-srvc waits for the goroutine the shutdown ended, and
// what it sends is the shutdown's echo), a select case whose body fails when it runs (t.Fatal,
// t.Errorf, panic, log.Fatal, os.Exit: the probe select { case <-done:
// t.Fatal("too early"); default: } needs no value), and a range over a
// channel (it reads each value).
//
// # Errors held in memory that nobody reads
//
// An error assigned, inside a closure, to a variable of the enclosing
// function that nothing reads afterwards, and a local slice of errors
// that the function only ever appends to. The finding is at the call, or
// at the first append.
//
//	err := c.Start(ctx)
//	if err != nil {
//		return
//	}
//	go func() {
//		err = c.Upload(ctx, obj) // error returned by (*Client).Upload is assigned to err in a closure and never read; check it after the closure runs, or in it
//	}()
//
//	errs = append(errs, err) // errors appended to errs are never read; return them (errors.Join(errs...)) or handle each
//
// A read counts when it may see the value: in the closure after the
// assignment, after the closure in the source, or in a loop around it. Not
// reported: a named result (a bare return reads it), a parameter, a field
// or a slice in a field (other code may read it), and a slice that is
// read in any way (returned, joined, ranged over, passed on, len).
//
// # Errors overwritten before they are checked
//
// An error assigned to a variable and then overwritten by another call's
// error (not a constructed one, see below) before anything reads it, on
// some path. This is data flow on the
// SSA form of the function, so it follows branches and loops; a read is
// anything that uses the value: a comparison, a call argument, a return,
// a store, a send, a conversion. The finding is at the assignment that
// receives the lost error.
//
//	err := c.Delete(ctx, "a") // error from (*Client).Delete is overwritten on line 12 before it is checked; check it first
//	err = c.Delete(ctx, "b")
//	return err
//
//	for _, n := range names {
//		err = c.Delete(ctx, n) // error from (*Client).Delete is overwritten by the next loop iteration before it is checked; check it in the loop
//	}
//	return err
//
// An error is also lost when the function returns on a path that skips
// its check:
//
//	data, err := c.Get(ctx, key) // error from (*Client).Get is not checked before the return on line 14; handle or return it
//	if cached != nil {
//		return cached, nil
//	}
//	if err != nil {
//		return nil, err
//	}
//
// That second form is reported only when the error has an if err != nil
// (or == nil) check of its own somewhere, the return does not return
// another error that may be non-nil, no other result of the call feeds a
// condition (if n == 0, if len(data) > 0: the author reads the call's
// success from it), the path does not reach the return by going around a
// loop (a reader that returns its data first checks the error on the next
// iteration), and no comment on the return's line or the line above
// explains it.
//
// Not reported: an error replaced on purpose by a constant, a variable or
// a constructed error (err = nil, err = errNotHandled,
// err = errors.New("simulated failure")); an error value that was built rather
// than returned by an operation that failed (fmt.Errorf, errors.New,
// errors.Join, and functions with a single error result named New*,
// Wrap*, *Error, *Errorf, *Err or *Join); a variable captured by a closure
// or whose address is taken (a deferred func may read it); _ = err.
//
// # Errors checked and then dropped
//
// In a function whose last result is an error, a return statement in the
// body of an if err != nil statement that returns a nil error, and zero
// values for the other results, without reading err. The finding is at the
// return.
//
//	if err := c.Delete(ctx, name); err != nil {
//		return nil // error from (*Client).Delete is checked and then dropped: return nil loses it; return err
//	}
//
//	if err2 != nil {
//		return err // error from (*Client).Get is checked and then dropped: return err loses it (err is nil here); return err2
//	}
//
// A suggested fix replaces the returned nil (or the nil variable) with the
// checked error, when the return is in the body of the check and the
// checked variable is in scope there. The other results are left as they
// are.
//
// Not reported: a body that reads the error (logs it, wraps it, tests it
// with errors.Is) before the return, even under a condition of its own
// (if ce := logger.Check(...); ce != nil { ce.Write(zap.Error(err)) }); a return of another error that may be
// non-nil; a return of other results that are not all constant zero values
// (return [][]byte{{0}}, nil encodes the failure; return false, nil and
// return nil, nil are reported); a return nested in another if, for or
// switch of the body (success found another way: the directory exists
// after all, a fallback worked); a body that assigns the variable again; an
// if err == nil check (its other branch is often a test expecting the
// failure); code after the if statement; an error that did not come from a
// call (a parameter); a return explained by a comment on the line above it,
// or by a //nolint directive on its own line, in any spelling golangci-lint
// reads (return nil //nolint:nilerr, return nil // nolint: nilerr).
//
// # API errors checked and then replaced
//
// The error of an API client's call, checked and answered with a new
// error that does not carry it: the caller gets a sentinel with no cause,
// and the service's code, message and request id are gone. The finding is
// at the return.
//
//	if _, err := s3c.PutObject(ctx, in); err != nil {
//		return ErrUploadFailed // error from (*s3.Client).PutObject is checked and then replaced: return ErrUploadFailed loses its code and message; wrap it with %w
//	}
//
// Reported when the call is an operation (a method that takes a
// context.Context) of a known API client (the AWS SDKs,
// cloud.google.com/go, google.golang.org/api and grpc, the Azure SDK,
// stripe-go, go-github, godo, Vault's api, client-go, controller-runtime's
// client, Temporal's client, minio-go, slack-go, ngrok), or of a package
// of -api-packages; the error is assigned in the if's init statement or
// in the statement right before the if; the branch does not mention the
// error at all (no wrap, no log, no inspection, no assignment); and a
// statement of the branch returns a package-level error variable,
// errors.New(...), fmt.Errorf(...) or a composite literal of an error
// type. A suggested fix wraps the error: fmt.Errorf("%w: %w",
// ErrUploadFailed, err) (Go 1.20 and later), fmt.Errorf("upload failed:
// %w", err) for errors.New("upload failed"), and ": %w" added to a
// fmt.Errorf format; it is offered when the file imports fmt. Not
// reported: a return of a variable or of another call (it may carry the
// error), a return nested in another condition, and a return explained
// by a comment on the line above it.
//
// # Errors shadowed by :=
//
// A := in an inner scope declares a new variable with the name of an
// outer error variable, so the outer one, which the function checks, never
// sees the inner error:
//
//	var err error
//	if cleanup {
//		err := c.Delete(ctx, "tmp") // error from (*Client).Delete is not checked on every path: := declares a new err that shadows the one on line 10, which is checked instead; assign with = or check it here
//		...
//	}
//	if err != nil {
//		return err
//	}
//
//	var err error
//	for _, n := range names {
//		data, err := c.Get(ctx, n)
//		if err != nil {
//			break
//		}
//		...
//	}
//	return err // error from (*Client).Get is checked and then dropped: return err returns the err declared on line 20, which is nil here, because := on line 22 declared a new err; assign with =
//
// # Default excludes
//
// These calls are never reported, because they cannot fail or their
// failure is not worth a check:
//   - writes to a bytes.Buffer or a strings.Builder (Write, WriteByte,
//     WriteRune, WriteString);
//   - writes to a hash (any type with the methods of hash.Hash, or a
//     checksum: a Write beside a Sum32 or Sum64 method), and writes to
//     os.Stdout and os.Stderr, or to a local variable every assignment of
//     which is one of them and whose address is not taken
//     (outWriter := os.Stdout); a cobra command's OutOrStdout(),
//     OutOrStderr() and ErrOrStderr() count as the standard streams, and
//     its Usage and Help print to them;
//   - writes of an HTTP response: Write and WriteString on a value whose
//     static type is net/http.ResponseWriter or
//     *net/http/httptest.ResponseRecorder, and json.NewEncoder(w).Encode(v)
//     on one. A handler cannot report a failed write of its response to
//     anyone: the client has gone, net/http's own handlers (Error,
//     Redirect, FileServer) drop the error, and in a test server the
//     client is the test, which sees the broken response itself. Encode
//     also fails on a value that cannot be encoded, a defect of the
//     handler's own types that every request shows. A wrapper type with a
//     Write of its own, an io.Writer that holds a ResponseWriter, and an
//     encoder kept in a variable are not followed. A DNS handler's reply
//     through github.com/miekg/dns's ResponseWriter (WriteMsg, Write) is
//     excluded for the same reason, and so is the Flush of an
//     http.ResponseController;
//   - fmt.Print, fmt.Printf, fmt.Println;
//   - fmt.Fprint, fmt.Fprintf, fmt.Fprintln, io.WriteString and any
//     WriteTo method to os.Stdout, os.Stderr, a bytes.Buffer, a
//     strings.Builder, a hash, an http.ResponseWriter or such an alias of
//     a standard stream; and
//     encoding/binary.Write of fixed-size data (a bool, a sized number, or
//     a pointer, array, slice or struct of them) to one;
//   - the writes, Flush and Close of a writer that fails only when the
//     writer under it does, over one of those: a local variable every
//     assignment of which is bufio.NewWriter or NewWriterSize,
//     gzip.NewWriter, zlib.NewWriter, the NewEncoder of encoding/base64,
//     base32, hex or ascii85, or tinylib/msgp's NewWriter or
//     NewWriterSize of one, whose address is not taken and which is not
//     Reset, whatever its static type (io.WriteCloser); such a writer's
//     writes also count as harmless above;
//   - io.Copy, io.CopyN and io.CopyBuffer into io.Discard: a body drained
//     to be thrown away, whose read error loses what a reader's Close
//     loses; and io.Copy and io.CopyBuffer into one of the writers above
//     from a reader that cannot fail (a bytes.Buffer, bytes.Reader or
//     strings.Reader, crypto/rand.Reader, or io.LimitReader or
//     io.MultiReader of such readers);
//   - Seek of a bytes.Reader or strings.Reader by a constant offset that
//     is not negative (the new position cannot be negative);
//   - Peek of a bufio.Reader (or ReadWriter) by a local variable assigned
//     once, from Buffered() of the same reader, with no other call on the
//     reader in between: it reads nothing;
//   - Parse of a flag set (package flag or spf13/pflag) held in a local
//     variable only ever made by NewFlagSet with ExitOnError or
//     PanicOnError, and never Init'ed again: it exits or panics instead;
//   - writes to an io.Writer parameter of an unexported function of the
//     package that every call gives one of those writers, or passes on
//     such a parameter (a helper recursing, or helpers handing the
//     writer to each other), that is never reassigned and whose function
//     is never used as a value; such a parameter counts as harmless above;
//   - math/rand.Read, (*math/rand.Rand).Read, crypto/rand.Read,
//     (*math/rand/v2.ChaCha8).Read, (*io.PipeReader).CloseWithError and
//     (*io.PipeWriter).CloseWithError, documented to return a nil error,
//     and the pipe ends' Close, which is CloseWithError(nil);
//   - google.golang.org/grpc's (ClientStream).CloseSend, documented to
//     always return a nil error (through the generated stream interfaces
//     that embed it too);
//   - os.Setenv and os.Unsetenv with a constant name that is not empty
//     and has no '=' or NUL byte (and, for Setenv, a value that is not a
//     constant with a NUL byte): nothing else makes them fail;
//   - (*math/big.Int).GobEncode, MarshalText and MarshalJSON, and
//     net/http/cookiejar.New, which always return a nil error;
//   - parsers called with constants they accept, checked by calling them:
//     net.ParseCIDR("10.0.0.0/8"), and likewise net.ParseMAC,
//     net/netip.ParseAddr, ParsePrefix and ParseAddrPort, net/url.Parse,
//     regexp.Compile, strconv.Atoi and ParseBool, time.ParseDuration and
//     time.Parse; net/http.NewRequest and NewRequestWithContext with a
//     constant method and URL that build a request (and a context made by
//     package context, or a test's t.Context()); and encoding/json.Marshal
//     and MarshalIndent of nil or a constant, or of a value of a type
//     that always encodes: a string, bool or integer type, or a pointer,
//     slice, array, map (with string or integer keys) or struct of such
//     types, without a MarshalJSON or MarshalText method anywhere;
//     encoding/xml.Marshal of a named type of numbers, strings, bools,
//     and pointers, slices, arrays and structs of them, without a
//     MarshalXML, MarshalXMLAttr or MarshalText method;
//   - functions and methods of the package being checked whose every
//     return gives a literal nil for the error (return n, nil), unless the
//     body is a single statement (a stub that will fail once written), or
//     returns the results of a call excluded here (return
//     v.hmac.Write(body), return resp.Body.Close(): a helper that drains
//     and closes a body), but not a Close of a parameter itself (what the
//     caller gives may be a writer) nor a write of a response or a
//     standard stream, which is excluded as not worth a check rather than
//     unable to fail (a counting wrapper of a ResponseWriter reports); a
//     writer of the package whose Write is such a method counts as
//     harmless above; and a func literal called by go or defer whose
//     returns are such;
//   - a function or method of the package whose non-nil errors are all
//     returned under top-level if statements or cases of a tagless switch
//     that compare its parameters, never assigned, with constants (or
//     call a boolean method of one without arguments, t.IsZero()), when
//     the call's arguments make every such condition false: constants, a
//     time.Now() (with UTC, Local, or Add of a non-negative constant) for
//     IsZero, or an expression (a variable, a field, a method call
//     without arguments) that an enclosing if, or an earlier if that
//     returns, restricts: opts.SetMatchETag(etag) under if etag != "",
//     opts.SetRange(st.Size(), 0) under if st.Size() > 0;
//   - Close of something that is not written (see above);
//   - a call whose error is assigned to _ beside a pointer result that the
//     next statement, an if, tests with v == nil and a body of its own:
//     _, n, _ := net.ParseCIDR(s); if n == nil { return false }. A
//     pointer result is nil on failure by the convention of the standard
//     library and of nearly every API, and the failure is handled there.
//     This is a decision, not a proof (a callee may return both); if
//     v != nil { ... } is not such a test, since the failure falls
//     through it unhandled (if tags, _ := tags.NewTags(m); tags != nil
//     silently drops invalid tags).
//
// Excluded functions are not reported by any of the checks. The ignored
// and blank checks also skip the calls in a function passed to a panic
// assertion (testify's Panics, NotPanics, PanicsWithValue and
// PanicsWithError): such a function is called for its panic.
//
// # Options
//
// -errdrop.api-packages narrows the rule to errors that come from
// functions and methods of the listed packages, so that a team can start
// with its API clients. It takes comma-separated import-path patterns in
// the go command's syntax, where ... matches any string and a trailing
// /... also matches the path itself: github.com/aws/...,cloud.google.com/go/storage.
// A method matches by the package of its receiver type, of the static type
// of the receiver expression, or of the method itself; a call through a
// function value matches nothing. Empty (the default) means every call.
//
// -errdrop.exclude lists functions whose errors may be dropped, in
// errcheck's syntax with full import paths: os.Remove,
// (*cloud.google.com/go/storage.Writer).Close, (io.Closer).Close. A method
// is matched by its declared receiver and by the static type of the
// receiver expression.
//
// -errdrop.tests (default true) reports in _test.go files too; set it to
// false to leave tests alone.
//
// -errdrop.generated (default false) reports in generated files too
// (files with the standard "// Code generated ... DO NOT EDIT." header).
//
// In golangci-lint the same options are the settings api-packages
// (a list), exclude (a list), tests and generated (bools). A malformed pattern or
// exclude entry stops the run with an error that names it.
//
// # Suppression
//
// Generated files (with a "Code generated ... DO NOT EDIT." comment) are
// skipped unless -errdrop.generated is set. A finding is suppressed by
// //apierrlint:ignore errdrop <reason> at the end of its line, or on a
// line of its own above the statement that holds it: a directive covers
// every line of the statement that starts where it applies. The reason is
// required, and a directive without one does nothing. //nolint:apierrlint
// (or //nolint:errdrop), the golangci-lint directive, covers the same
// lines, and errdrop also honours it when it runs alone.
//
//	c.Delete(ctx, tmp) //nolint:apierrlint // the janitor removes leftovers
//
// # Limits
//
// The data-flow checks see one function at a time and correlate only
// conditions they can prove equal: a path that branched on a condition
// does not take the other branch of a later if on the same value or its
// negation, on the same field of one value, on a load of the same
// field of a variable never written after its initialisation (tt.wantErr
// in a table-driven test's t.Run function), or on a load of the same
// field through a pointer parameter that the function never stores that
// field through and never lets escape (options.IgnoreMissing with
// options *Options, other fields of which it may write); a write through
// another alias, or by another goroutine, is assumed not to happen. Such a check of err under
// if tt.wantErr and again under if !tt.wantErr is a check on every path.
// A path carries at most two such conditions. Other conditions are not
// correlated: that is why the checks stay silent in the cases listed
// above rather than guess. They do not follow an error once it is stored in a
// field, a map or a slice, or captured by a closure; such an error counts
// as read, except for the two shapes of Errors held in memory that nobody
// reads, decided from the syntax (a local slice only appended to, a
// captured variable no read can see). An error checked through a merge
// of several calls (a variable assigned in a loop, then checked) is not
// followed by the checked-then-dropped check. errdrop reads no facts (so
// that go vet need not run it on every dependency), so the functions that
// never return are the ones it is told: os.Exit, syscall.Exit,
// runtime.Goexit, log.Fatal* and log.Panic*, the Fatal*, FailNow and
// Skip* methods of package testing, and the fatal functions of klog,
// logrus and zap; a project's own helper that exits is not known (errorder
// proves those from their code). A
// channel is proven to carry only nil within the package only; one that
// goes to other code (a parameter, a call's argument) is assumed to carry
// errors. A range over an iterator that some function of the package
// makes yield only nil errors is still reported.
package errdrop
