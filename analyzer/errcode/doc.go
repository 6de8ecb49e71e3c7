// Package errcode defines an Analyzer that reports comparisons of API
// error codes against values that are not known codes.
//
// # Analyzer errcode
//
// errcode: report comparisons against error codes that do not exist
//
// A comparison with a code the API never returns is a branch that never
// runs, and nothing says so: `status.Code(err) == 404` (gRPC codes stop
// at 16), `resp.StatusCode == 4040`, `se.Code == "resource_mising"`,
// `ngrok.IsErrorCode(err, 7003)` when ngrok has no ERR_NGROK_7003. errcode
// reports every comparison of an error code with a constant that is not
// a known code, and names the known codes nearest to it.
//
// # What is checked
//
// A code site is an expression that yields an error code:
//
//   - a field of an error type or of a code type (stripe `se.Code`,
//     `se.Type`, `se.DeclineCode`, metav1 `st.Reason`), and any integer
//     field named StatusCode or HTTPStatusCode (`resp.StatusCode`,
//     azcore's `re.StatusCode`, ngrok's `nerr.StatusCode`);
//   - a method without arguments returning a code (`s.Code()` of a gRPC
//     status, `HTTPStatusCode()`, `StatusCode()`, smithy's `ErrorCode()`);
//   - a function of an error returning a code (`status.Code(err)`,
//     `apierrors.ReasonForError(err)`);
//   - the code arguments of a predicate, a function that takes an error
//     and returns a bool (`bloberror.HasCode(err, codes...)`, ngrok's
//     `IsErrorCode(err, codes...)` with a catalog bound to it).
//
// errcode checks `site == value` and `site != value` in either order,
// every value of `switch site { case a, b: }`, and predicate arguments,
// when the value is a constant: a literal, a folded expression such as
// `base + 4`, a conversion such as `codes.Code(17)`, an untyped named
// constant, or `fmt.Sprintf("ERR_NGROK_%d", 7014)` with constant
// arguments. A string converted to the code type on purpose,
// `bloberror.Code("ConcurrentContainerOperationInProgress")`, is reported
// only when it is a near miss of a known code: the conversion says that
// the author meant a code the service returns and the constants lack.
//
// Codes nested below an error's fields are checked too, in comparisons and
// predicate arguments (see Where known codes come from):
//
//	d.Kind == "Conflct"                // "Conflct" is not a known kinds.Kind; did you mean "Conflict" (kinds.Conflict)
//	api.HasDetail(err, "QuotaExceded") // "QuotaExceded" is not a known kinds.Kind; did you mean "QuotaExceeded" (kinds.QuotaExceeded)
//
// # Where known codes come from
//
//   - The constants of the code's named type declared in its own package:
//     grpc `codes.Code` (0..16), stripe `ErrorCode`, `ErrorType` and
//     `DeclineCode`, k8s `metav1.StatusReason`, azblob `bloberror.Code`.
//     A code type spelled with an alias whose package declares constants
//     of it (azblob's `bloberror.Code = generated.StorageErrorCode`) is
//     named after the alias and suggests its constants, and the aliased
//     type's own constants are known too.
//     A type counts as a code type when its name ends in Code or Reason,
//     or when an error type or a function of an error of its package
//     carries it, or when it is reached from an exported error type of any
//     package outside the standard library through exported fields,
//     pointers, slices, arrays and maps, at most four structs deep, each a
//     detail of errors (a struct that, in its own package, only errors or
//     other details hold; not a resource such as stripe's `Charge`, which
//     `Error.Charge` holds beside `Refund` and `Dispute`) (k8s's
//     `StatusError` reaches `metav1.CauseType` through
//     `Status.Details.Causes[i].Type`; an error's `Details []Detail` with a
//     `Kind` declared in another package), or when a predicate
//     (`func(err error, ...) bool`) compares a parameter of the type with a
//     value that is not a constant (`HasDetail(err, kind)`). Such a type
//     needs at least two constants (exported ones, seen from another
//     package) and must not be the standard library's. Other enums (a
//     Codec, a JobStatus, `time.Month` in an error, an enum behind an
//     unexported field) are not codes. The set travels between packages as a
//     fact, so a package sees the codes of every client it imports. A type
//     with no constants has no known set and is never reported, nor is a
//     type whose constants are all powers of two (flags, not codes).
//   - HTTP statuses, for StatusCode and HTTPStatusCode fields and methods
//     and for googleapi.Error.Code, metav1.Status.Code and
//     httptest.ResponseRecorder.Code: the values of the net/http Status
//     constants by name, and every other value in 100..599 as valid but
//     unnamed, since APIs define statuses of their own (Vault's 472 and
//     473, nginx's 499, Cloudflare's 52x). A value outside 100..599, such
//     as 4040, is unknown.
//   - Catalogs you supply, for codes with no Go constants (see Catalogs).
//   - The codes that the ErrorCode methods of the modeled exceptions of
//     the imported AWS SDK service types packages return ("NoSuchKey"),
//     for `ErrorCode()` called on an interface such as smithy.APIError.
//     This set is open: an API returns codes that no type models
//     ("AccessDenied", "ThrottlingException"), so only a clear near miss
//     of a modeled code is reported, a difference of case or one edit in
//     a code of six characters or more, with a single nearest code.
//
// A bound catalog takes precedence over the other sources and closes the
// set.
//
// # Messages and fixes
//
// The message names the value and the set, then what to do:
//
//	"resource_mising" is not a known stripe.ErrorCode; did you mean "resource_missing" (stripe.ErrorCodeResourceMissing)
//	404 is not a known codes.Code (0..16); it looks like an HTTP status: did you mean codes.NotFound
//	4040 is not a known HTTP status; did you mean 404 (http.StatusNotFound)
//	7003 (ERR_NGROK_7003) is not a known code in ngrok-error-codes.txt; did you mean 7000 (ERR_NGROK_7000), 7001 (ERR_NGROK_7001), 7002 (ERR_NGROK_7002) or one of 12 more
//	"quota_gone" is not a known stripe.ErrorCode; compare with a stripe.ErrorCode constant
//	5 (ERR_NGROK_5) is not a known code in ngrok-error-codes.txt; no known code is near it
//
// The nearest codes are: for strings, those equal but for case, else
// those fewest edits away (a transposition is one edit; at most 1 edit
// for 4 characters, 2 for 10, 3 beyond); a string made of a fixed text
// and a number (ERR_NGROK_3201) is compared by its number with the codes
// of the same text. For numbers, those one digit edit away in the same
// hundred (404 for 414), else anywhere (404 for 4040). Of exactly two
// equally near codes, the one that the value extends or shortens at the
// end wins (4040 is 404 with a key too many). An integer compared with a
// codes.Code in 100..599 is taken for an HTTP status, and the gRPC codes
// it maps to are suggested.
//
// When exactly one code is nearest, the diagnostic has a suggested fix
// that replaces the value: with the named constant when the file can name
// it (its package is imported under a name not shadowed there, or it is
// the same package), else with the literal of the code. No import is
// added. Bad:
//
//	var se *stripe.Error
//	if errors.As(err, &se) && se.Code == "resource_mising" {
//
// Good:
//
//	if errors.As(err, &se) && se.Code == stripe.ErrorCodeResourceMissing {
//
// # Catalogs
//
// A catalog lists the codes of an API that has no Go constants for them.
// The plain-text format has one code per line, optionally followed by
// white space and a message; blank lines and lines starting with # are
// ignored:
//
//	# ngrok error codes
//	ERR_NGROK_100 invalid metadata length
//	ERR_NGROK_102
//
// A file named *.yaml or *.yml is YAML: a list of codes, at the top level
// or under "codes", each a string or a mapping with "code" and an
// optional "message":
//
//	codes:
//	  - code: ERR_NGROK_100
//	    message: invalid metadata length
//	  - ERR_NGROK_102
//
// A code may not contain white space, quotes or control characters, nor
// appear twice; a catalog has at least one code. A malformed catalog or
// binding stops the analysis with an error naming the file and line.
//
// A catalog is bound to the code sites that carry its codes:
//
//   - a field: `path.Type.Field`, such as
//     github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode;
//   - a method: `(path.Type).Method` or `(*path.Type).Method`;
//   - a function: `path.Func`. For a predicate (it takes an error and
//     returns a bool) its string and integer arguments are the codes;
//     for any other function, its result.
//
// A binding may have a format with one verb, %d, %s or %v, that turns the
// compared value into a code of the catalog: with ERR_NGROK_%d, the
// argument 7014 of IsErrorCode stands for ERR_NGROK_7014. On the command
// line (and with go vet -vettool), each -errcode.catalog flag adds a
// catalog, its file and its sites separated by commas, a format applying
// to the site before it:
//
//	apierrlint -errcode.catalog=file=/abs/ngrok-error-codes.txt,site=github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode,site=github.com/ngrok/ngrok-api-go/v7.IsErrorCode,format=ERR_NGROK_%d ./...
//
// An empty -errcode.catalog= removes the catalogs given before it. A
// relative file name is relative to the directory the analysis runs in,
// which go vet sets to each package's directory: give an absolute path
// there. In golangci-lint settings the same configuration is a list:
//
//	catalogs:
//	  - file: /abs/ngrok-error-codes.txt
//	    sites:
//	      - site: github.com/ngrok/ngrok-api-go/v7.Error.ErrorCode
//	      - site: github.com/ngrok/ngrok-api-go/v7.IsErrorCode
//	        format: ERR_NGROK_%d
//	constants: false
//
// Each catalog is read once per analyzer and shared by all packages.
//
// # Options
//
// catalog adds catalogs and their bindings, as above; there are none by
// default.
//
// constants (off by default) also reports a known code written as a
// literal where a named constant exists, in the Diagnostic.Category
// "constant", with a fix that writes the constant when the file can name
// it:
//
//	5 is codes.NotFound; use the named constant
//	404 is http.StatusNotFound; use the named constant
//
// generated (off by default) reports in generated files too (files with
// the standard "// Code generated ... DO NOT EDIT." header).
//
// # Never reported
//
//   - a value that is a known code, and the zero value ("" or 0), which
//     code compares with to mean "no code yet";
//   - a comparison on a type with no known set: a plain string field such
//     as azcore's ResponseError.ErrorCode, unless a catalog is bound;
//   - a value read from a variable or returned by another call;
//   - a constant declared by the user with the code type itself
//     (`const ErrorCodeBrandNew stripe.ErrorCode = "brand_new"`): that
//     extends the set on purpose, for a code newer than the client;
//   - ordering comparisons (`resp.StatusCode >= 500`);
//   - a literal that the same file also writes other than in a
//     comparison (`rec.WriteHeader(42)` then `rec.Code != 42`): the code
//     produces that value itself, a round trip in a test or a protocol of
//     its own;
//   - generated files (`// Code generated ... DO NOT EDIT.`), unless
//     -errcode.generated is set.
//
// # Limits
//
// Only constants are judged, never values computed at run time. Codes
// passed to functions other than predicates (`status.Error(404, msg)`)
// are not checked. The code sets of the AWS SDK v1 (untyped ErrCode
// constants) are not known. The -constants fix adds no import, so it is
// only offered where the constant's package is already imported. A
// predicate bound to a catalog has all its string and integer arguments
// checked.
//
// # Suppression
//
// A finding that is intended (a code the API returns but the set does
// not know) is silenced with
//
//	//apierrlint:ignore errcode the gateway returns 4040 for quota errors
//
// (the reason is required) on the line of the comparison, or on its own
// line above the statement that holds it: it covers every line of that
// statement. `//nolint:apierrlint // reason` covers the same lines.
// Better, bind a catalog that lists the code.
package errcode
