package taxonomy

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// CodeSetFact records the known values of an error code. On a named type
// (Source "const") it lists the constants of that type declared in its
// package, such as grpc's codes.Code or stripe's ErrorCode. On an
// ErrorCode method (Source "method") it lists the constant strings the
// method returns, such as "NoSuchKey" for the modeled exceptions of the
// AWS SDK's service types packages.
type CodeSetFact struct {
	Source  string // "const" or "method"
	Numeric bool   // the values are integers (decimal) rather than strings
	Codes   []KnownCode
}

func (*CodeSetFact) AFact() {}

func (f *CodeSetFact) String() string {
	var b strings.Builder
	b.WriteString("codeset(")
	for i, c := range f.Codes {
		if i > 0 {
			b.WriteString(" ")
		}
		if i == 8 {
			fmt.Fprintf(&b, "... %d in all", len(f.Codes))
			break
		}
		if f.Numeric {
			b.WriteString(c.Value)
		} else {
			b.WriteString(strconv.Quote(c.Value))
		}
	}
	b.WriteString(")")
	return b.String()
}

const (
	codeSourceConst  = "const"
	codeSourceMethod = "method"
)

// KnownCode is one known value of a code.
type KnownCode struct {
	Value   string // the string, or the integer in decimal
	Const   string // the Go constant with this value, unqualified; "" if none
	Owner   string // for a modeled error code, the type whose ErrorCode returns it
	Message string // what the code means, from a catalog
}

// exportCodeSets exports a CodeSetFact for each named type of the package
// that has constants of its own type, and for each ErrorCode method of an
// error type that returns constant strings. It only reads package-level
// declarations, so it is cheap on packages without codes.
func exportCodeSets(pass *analysis.Pass) {
	exportConstCodeSets(pass)
	exportErrorCodeMethods(pass)
	exportCodeTypes(pass) // codetypes.go
}

func exportConstCodeSets(pass *analysis.Pass) {
	scope := pass.Pkg.Scope()
	type member struct {
		c   *types.Const
		val string
	}
	var byType map[*types.TypeName][]member
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || name == "_" {
			continue
		}
		// A constant's type is the named type it is declared with, or an
		// alias of the package that names a type of another package
		// (azblob's bloberror.Code = generated.StorageErrorCode): the
		// constants a user can import are those of the alias.
		var tn *types.TypeName
		switch t := c.Type().(type) {
		case *types.Named:
			if t.TypeParams() == nil {
				tn = t.Obj()
			}
		case *types.Alias:
			if _, ok := types.Unalias(t).(*types.Named); ok && t.TypeParams() == nil {
				tn = t.Obj()
			}
		}
		if tn == nil || tn.Pkg() != pass.Pkg {
			continue
		}
		val, ok := codeValue(c.Val())
		if !ok {
			continue
		}
		if byType == nil {
			byType = make(map[*types.TypeName][]member)
		}
		byType[tn] = append(byType[tn], member{c, val})
	}
	// Only codes: a type with a code-like name, or one that an error
	// type of the package carries. Enums of every other kind (reflect.Kind,
	// token.Token) would cost a fact each on every package that imports
	// them, under go vet the standard library included.
	var carried map[*types.TypeName]bool
	for tn := range byType {
		if !codeLikeName(tn.Name()) {
			carried = typesCarriedByErrors(pass.Pkg)
			break
		}
	}
	for tn, members := range byType {
		if !codeLikeName(tn.Name()) && !carried[tn] {
			continue
		}
		// Declaration order, so that the first of several constants with
		// one value (a name and its deprecated alias) is the one suggested.
		sort.Slice(members, func(i, j int) bool { return members[i].c.Pos() < members[j].c.Pos() })
		f := &CodeSetFact{Source: codeSourceConst, Numeric: members[0].c.Val().Kind() == constant.Int}
		for _, mb := range members {
			f.Codes = append(f.Codes, KnownCode{Value: mb.val, Const: mb.c.Name()})
		}
		pass.ExportObjectFact(tn, f)
	}
}

// typesCarriedByErrors returns the named types of the package's own that
// its error types have as fields or return from methods without
// parameters, and that its functions taking an error return.
func typesCarriedByErrors(pkg *types.Package) map[*types.TypeName]bool {
	carried := make(map[*types.TypeName]bool)
	mark := func(t types.Type) {
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() == pkg {
			carried[n.Obj()] = true
		}
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.TypeName:
			named, ok := obj.Type().(*types.Named)
			if !ok || !isErrorType(named) {
				continue
			}
			if st, ok := named.Underlying().(*types.Struct); ok {
				for f := range st.Fields() {
					mark(f.Type())
				}
			}
			for m := range named.Methods() {
				if sig := m.Signature(); sig.Params().Len() == 0 && sig.Results().Len() == 1 {
					mark(sig.Results().At(0).Type())
				}
			}
		case *types.Func:
			if sig := obj.Signature(); hasErrorParam(sig) && sig.Results().Len() >= 1 {
				mark(sig.Results().At(0).Type())
			}
		}
	}
	return carried
}

// codeValue returns the value of a string or integer constant as a code.
func codeValue(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.String:
		return constant.StringVal(v), true
	case constant.Int:
		return v.ExactString(), true
	}
	return "", false
}

var errorInterface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func exportErrorCodeMethods(pass *analysis.Pass) {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "ErrorCode" || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || !fn.Exported() {
				continue
			}
			sig := fn.Signature()
			if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isStringType(sig.Results().At(0).Type()) {
				continue
			}
			recv := namedOf(sig.Recv().Type())
			if recv == nil || !recv.Obj().Exported() || !isErrorType(recv) {
				continue
			}
			var codes []KnownCode
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if _, ok := n.(*ast.FuncLit); ok {
					return false
				}
				if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
					if tv := pass.TypesInfo.Types[ret.Results[0]]; tv.Value != nil && tv.Value.Kind() == constant.String {
						if s := constant.StringVal(tv.Value); s != "" {
							codes = append(codes, KnownCode{Value: s, Owner: pass.Pkg.Name() + "." + recv.Obj().Name()})
						}
					}
				}
				return true
			})
			if len(codes) > 0 {
				pass.ExportObjectFact(fn, &CodeSetFact{Source: codeSourceMethod, Codes: codes})
			}
		}
	}
}

// CodeSet is the set of known values of a code site, with what messages
// and fixes need to name them.
type CodeSet struct {
	Name    string // how messages name a code of the set: "codes.Code", "HTTP status", ...
	Numeric bool   // values are integers
	// Closed reports whether a value outside the set is certainly wrong.
	// Open sets (modeled AWS error codes) only flag near misses.
	Closed bool
	Codes  []KnownCode
	// ConstPath and ConstPkg are the import path and name of the package
	// that declares the constants named in Codes; empty when none are.
	ConstPath, ConstPkg string
	// Format turns a compared value into the code, for catalogs bound with
	// a format; values in Codes are then the compared values.
	Format CodeFormat
	// Range is "lo..hi" when the integer values are contiguous.
	Range string

	validRange [2]int64       // integers in [lo, hi] are valid without a name, when hi > 0
	index      map[string]int // value -> first index in Codes

	numOnce sync.Once
	num     *codeNumbers
}

func newCodeSet(name string, numeric, closed bool, codes []KnownCode) *CodeSet {
	s := &CodeSet{Name: name, Numeric: numeric, Closed: closed, Codes: codes, Format: CodeFormat{verb: 'v'}}
	s.index = make(map[string]int, len(codes))
	for i, c := range codes {
		if _, ok := s.index[c.Value]; !ok {
			s.index[c.Value] = i
		}
	}
	if numeric && len(codes) > 1 {
		lo, hi, ok := int64(0), int64(0), true
		for i, c := range codes {
			n, err := strconv.ParseInt(c.Value, 10, 64)
			if err != nil {
				ok = false
				break
			}
			if i == 0 || n < lo {
				lo = n
			}
			if i == 0 || n > hi {
				hi = n
			}
		}
		if ok && hi-lo+1 == int64(len(s.index)) {
			s.Range = fmt.Sprintf("%d..%d", lo, hi)
		}
	}
	return s
}

// Lookup returns the known code with value v.
func (s *CodeSet) Lookup(v string) (KnownCode, bool) {
	if i, ok := s.index[v]; ok {
		return s.Codes[i], true
	}
	return KnownCode{}, false
}

// ConstByName returns the known code named by the constant name.
func (s *CodeSet) ConstByName(name string) (KnownCode, bool) {
	for _, c := range s.Codes {
		if c.Const == name {
			return c, true
		}
	}
	return KnownCode{}, false
}

// Known reports whether v is a valid value: a known code, or a value the
// set accepts without naming it (an HTTP status in 100..599 without a
// net/http constant, such as 499).
func (s *CodeSet) Known(v string) bool {
	if _, ok := s.index[v]; ok {
		return true
	}
	if s.validRange[1] > 0 {
		n, err := strconv.ParseInt(v, 10, 64)
		return err == nil && s.validRange[0] <= n && n <= s.validRange[1]
	}
	return false
}

// Bitmask reports whether the set looks like flags rather than codes:
// three or more integer values, all powers of two.
func (s *CodeSet) Bitmask() bool {
	if !s.Numeric || len(s.Codes) < 3 {
		return false
	}
	for _, c := range s.Codes {
		n, err := strconv.ParseUint(c.Value, 10, 64)
		if err != nil || n == 0 || n&(n-1) != 0 {
			return false
		}
	}
	return true
}

// Show renders a known code for a message: its value, the code it stands
// for under a format, and the constant or type that names it.
func (s *CodeSet) Show(c KnownCode) string {
	v := c.Value
	if !s.Numeric {
		v = strconv.Quote(v)
	}
	var notes []string
	if !s.Format.Identity() {
		notes = append(notes, s.Format.Apply(c.Value))
	}
	switch {
	case c.Const != "" && s.ConstPkg != "":
		notes = append(notes, s.ConstPkg+"."+c.Const)
	case c.Owner != "":
		notes = append(notes, c.Owner)
	}
	if len(notes) > 0 {
		v += " (" + strings.Join(notes, ", ") + ")"
	}
	return v
}

// Nearest returns the known codes nearest to the unknown value v, all
// equally near, in the order of the set; nil when none is near enough.
//
// Strings that match a code but for case are nearest. Other strings are
// compared by edit distance (a transposition counts as one edit), up to
// 1 edit for 4 characters, 2 for 10 and 3 beyond; a string that is a
// fixed text and a number (ERR_NGROK_3201) is compared by its number with
// the codes of the same text. Integers are one edit of their digits away,
// within the same hundred (404 for 414) or, when the hundred has none,
// anywhere (404 for 4040). When exactly two codes are equally near and
// only one of them is v with a key more or less at the end, that one
// wins. Open sets accept only a difference of case or one edit in a value
// of six characters or more, and only a single nearest code.
func (s *CodeSet) Nearest(v string) []KnownCode {
	if s.Numeric {
		return s.pick(nearestNumber(v, s.numbers().all))
	}
	limit := 1
	switch n := len(v); {
	case !s.Closed:
		if n < 6 {
			limit = 0
		}
	case n <= 4:
		limit = 1
	case n <= 10:
		limit = 2
	default:
		limit = 3
	}
	var fold []KnownCode
	for _, c := range s.Codes {
		if strings.EqualFold(c.Value, v) {
			fold = append(fold, c)
		}
	}
	if len(fold) > 0 {
		return fold
	}
	// Codes that are a fixed text and a number (ERR_NGROK_3201) are
	// compared by their numbers, like integer codes.
	if prefix, digits := splitNumberSuffix(v); digits != "" {
		if near := nearestNumber(digits, s.numbers().byPrefix[prefix]); near != nil {
			if !s.Closed && len(near) != 1 {
				return nil
			}
			return s.pick(near)
		}
	}
	all := make([]codeNumber, len(s.Codes))
	for i, c := range s.Codes {
		all[i] = codeNumber{digits: c.Value, i: i}
	}
	return s.pick(nearestWithin(v, limit, all))
}

// codeNumber is a code seen as a number: its digits, their value, and its
// index in CodeSet.Codes.
type codeNumber struct {
	digits string
	n      int64
	i      int
}

type codeNumbers struct {
	all      []codeNumber            // the integer codes of a numeric set
	byPrefix map[string][]codeNumber // text -> the codes "text<digits>" of a string set
}

// numbers returns the codes as numbers, computed once per set: catalogs
// are shared by every package an analyzer checks.
func (s *CodeSet) numbers() *codeNumbers {
	s.numOnce.Do(func() {
		s.num = new(codeNumbers)
		for i, c := range s.Codes {
			digits := c.Value
			prefix := ""
			if !s.Numeric {
				prefix, digits = splitNumberSuffix(c.Value)
			}
			n, err := strconv.ParseInt(digits, 10, 64)
			if err != nil {
				continue
			}
			cn := codeNumber{digits, n, i}
			if s.Numeric {
				s.num.all = append(s.num.all, cn)
				continue
			}
			if s.num.byPrefix == nil {
				s.num.byPrefix = make(map[string][]codeNumber)
			}
			s.num.byPrefix[prefix] = append(s.num.byPrefix[prefix], cn)
		}
	})
	return s.num
}

func (s *CodeSet) pick(idx []int) []KnownCode {
	if len(idx) == 0 {
		return nil
	}
	out := make([]KnownCode, len(idx))
	for j, i := range idx {
		out[j] = s.Codes[i]
	}
	return out
}

// splitNumberSuffix splits "ERR_NGROK_3201" into "ERR_NGROK_" and "3201".
func splitNumberSuffix(s string) (prefix, digits string) {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	return s[:i], s[i:]
}

// nearestNumber is Nearest for integers: one edit of the digits, within
// the same hundred first. It returns indices into CodeSet.Codes.
func nearestNumber(v string, codes []codeNumber) []int {
	const limit = 1
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || len(codes) == 0 {
		return nil
	}
	var class []codeNumber
	for _, c := range codes {
		if c.n/100 == n/100 && (c.n < 0) == (n < 0) {
			class = append(class, c)
		}
	}
	if best := nearestWithin(v, limit, class); best != nil {
		return best
	}
	return nearestWithin(v, limit, codes)
}

// nearestWithin returns the indices of the codes fewest edits from v, at
// most limit.
func nearestWithin(v string, limit int, codes []codeNumber) []int {
	if limit <= 0 {
		return nil
	}
	type scored struct {
		i     int
		d     int
		affix bool
	}
	var best []scored
	var rows [3][]int
	for _, c := range codes {
		d := editDistanceCodes(v, c.digits, limit, &rows)
		if d > limit || len(best) > 0 && d > best[0].d {
			continue
		}
		if len(best) > 0 && d < best[0].d {
			best = best[:0]
		}
		best = append(best, scored{c.i, d, strings.HasPrefix(v, c.digits) || strings.HasPrefix(c.digits, v)})
	}
	if len(best) == 0 {
		return nil
	}
	// Between two equally distant codes, the one that v extends or
	// shortens wins: 4040 is 404 typed with one key too many. With more,
	// v is not near any one of them.
	if len(best) == 2 && best[0].affix != best[1].affix {
		if best[1].affix {
			best = best[1:]
		} else {
			best = best[:1]
		}
	}
	out := make([]int, len(best))
	for j, b := range best {
		out[j] = b.i
	}
	return out
}

// editDistanceCodes is the optimal string alignment distance between a
// and b (insertions, deletions, substitutions and transpositions of
// adjacent bytes), or limit+1 once it is certain to exceed limit. rows
// is scratch space, reused between calls.
func editDistanceCodes(a, b string, limit int, rows *[3][]int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	for i := range rows {
		if cap(rows[i]) < len(b)+1 {
			rows[i] = make([]int, len(b)+1)
		}
		rows[i] = rows[i][:len(b)+1]
	}
	prev2, prev, cur := rows[0], rows[1], rows[2]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// TypeCodeSet returns the known codes of a named type, from the
// CodeSetFact of its constants; nil when it has none or they look like
// flags.
//
// For an alias whose package declares constants of it, the set is named
// after the alias and suggests its constants, and it also knows the codes
// of the aliased type's own constants: azblob's bloberror.Code names
// bloberror.BlobNotFound, not the internal generated.StorageErrorCode.
func (m *Model) TypeCodeSet(tn *types.TypeName) *CodeSet {
	if tn == nil || tn.Pkg() == nil {
		return nil
	}
	var base *CodeSet
	if tn.IsAlias() {
		if named := namedOf(tn.Type()); named != nil {
			base = m.TypeCodeSet(named.Origin().Obj())
		}
	}
	var f CodeSetFact
	if !m.pass.ImportObjectFact(tn, &f) || f.Source != codeSourceConst {
		var ok bool
		if !m.reachedCodeType(tn) {
			return base
		}
		if f, ok = reachedCodeSet(tn, m.pass.Pkg); !ok {
			return base
		}
	}
	codes := f.Codes
	if base != nil && base.Numeric == f.Numeric {
		seen := make(map[string]bool, len(codes))
		for _, k := range codes {
			seen[k.Value] = true
		}
		codes = slices.Clone(codes)
		for _, k := range base.Codes {
			if !seen[k.Value] {
				codes = append(codes, KnownCode{Value: k.Value, Message: k.Message})
			}
		}
	}
	s := newCodeSet(tn.Pkg().Name()+"."+tn.Name(), f.Numeric, true, codes)
	if s.Bitmask() {
		return nil
	}
	s.ConstPath, s.ConstPkg = tn.Pkg().Path(), tn.Pkg().Name()
	return s
}

// ModeledErrorCodes returns the codes that the ErrorCode methods of the
// error types of every imported package return: an open set, since an
// API also returns codes that no type models. Nil when there are none.
func (m *Model) ModeledErrorCodes() *CodeSet {
	var codes []KnownCode
	for _, of := range m.pass.AllObjectFacts() {
		if f, ok := of.Fact.(*CodeSetFact); ok && f.Source == codeSourceMethod {
			codes = append(codes, f.Codes...)
		}
	}
	if len(codes) == 0 {
		return nil
	}
	sort.SliceStable(codes, func(i, j int) bool { return codes[i].Value < codes[j].Value })
	return newCodeSet("modeled error code", false, false, codes)
}

// CatalogCodeSet returns the codes of a catalog as seen through a format:
// with "ERR_NGROK_%d", the code ERR_NGROK_7014 is the value 7014, and
// codes the format cannot produce are left out.
func CatalogCodeSet(c *CodeCatalog, format CodeFormat) *CodeSet {
	codes := c.Codes
	if !format.Identity() {
		codes = nil
		for _, k := range c.Codes {
			if v, ok := format.Invert(k.Value); ok {
				k.Value = v
				codes = append(codes, k)
			}
		}
	}
	base := c.File
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	numeric := format.Numeric()
	if format.Identity() {
		numeric = true
		for _, k := range codes {
			if !isDecimal(k.Value) {
				numeric = false
				break
			}
		}
	}
	s := newCodeSet("code in "+base, numeric, true, codes)
	s.Format = format
	s.Range = ""
	return s
}

// HTTPStatuses returns the HTTP statuses: the values of net/http's
// Status constants, by name. Every other value in 100..599 is valid but
// unnamed, since APIs define statuses of their own (Vault's 472 and 473,
// nginx's 499, Cloudflare's 52x, AWS load balancers' 460 and 463); a
// value outside 100..599 is unknown.
func HTTPStatuses() *CodeSet {
	codes := make([]KnownCode, len(httpStatusTable))
	for i, st := range httpStatusTable {
		codes[i] = KnownCode{Value: strconv.Itoa(st.code), Const: st.name}
	}
	s := newCodeSet("HTTP status", true, true, codes)
	s.ConstPath, s.ConstPkg = "net/http", "http"
	s.validRange = [2]int64{100, 599}
	return s
}

// httpStatusTable lists net/http's Status constants (Go 1.26), first
// name first where two share a value; a test checks it against net/http.
var httpStatusTable = []struct {
	code int
	name string
}{
	{100, "StatusContinue"}, {101, "StatusSwitchingProtocols"}, {102, "StatusProcessing"}, {103, "StatusEarlyHints"},
	{200, "StatusOK"}, {201, "StatusCreated"}, {202, "StatusAccepted"}, {203, "StatusNonAuthoritativeInfo"},
	{204, "StatusNoContent"}, {205, "StatusResetContent"}, {206, "StatusPartialContent"}, {207, "StatusMultiStatus"},
	{208, "StatusAlreadyReported"}, {226, "StatusIMUsed"},
	{300, "StatusMultipleChoices"}, {301, "StatusMovedPermanently"}, {302, "StatusFound"}, {303, "StatusSeeOther"},
	{304, "StatusNotModified"}, {305, "StatusUseProxy"}, {307, "StatusTemporaryRedirect"}, {308, "StatusPermanentRedirect"},
	{400, "StatusBadRequest"}, {401, "StatusUnauthorized"}, {402, "StatusPaymentRequired"}, {403, "StatusForbidden"},
	{404, "StatusNotFound"}, {405, "StatusMethodNotAllowed"}, {406, "StatusNotAcceptable"}, {407, "StatusProxyAuthRequired"},
	{408, "StatusRequestTimeout"}, {409, "StatusConflict"}, {410, "StatusGone"}, {411, "StatusLengthRequired"},
	{412, "StatusPreconditionFailed"}, {413, "StatusRequestEntityTooLarge"}, {414, "StatusRequestURITooLong"},
	{415, "StatusUnsupportedMediaType"}, {416, "StatusRequestedRangeNotSatisfiable"}, {417, "StatusExpectationFailed"},
	{418, "StatusTeapot"}, {421, "StatusMisdirectedRequest"}, {422, "StatusUnprocessableEntity"}, {423, "StatusLocked"},
	{424, "StatusFailedDependency"}, {425, "StatusTooEarly"}, {426, "StatusUpgradeRequired"}, {428, "StatusPreconditionRequired"},
	{429, "StatusTooManyRequests"}, {431, "StatusRequestHeaderFieldsTooLarge"}, {451, "StatusUnavailableForLegalReasons"},
	{500, "StatusInternalServerError"}, {501, "StatusNotImplemented"}, {502, "StatusBadGateway"},
	{503, "StatusServiceUnavailable"}, {504, "StatusGatewayTimeout"}, {505, "StatusHTTPVersionNotSupported"},
	{506, "StatusVariantAlsoNegotiates"}, {507, "StatusInsufficientStorage"}, {508, "StatusLoopDetected"},
	{510, "StatusNotExtended"}, {511, "StatusNetworkAuthenticationRequired"},
}

// GRPCCodeForHTTP returns the gRPC codes that an HTTP status maps to
// (the mapping of grpc-gateway and Google's APIs), for a message to
// suggest when an HTTP status is compared with a codes.Code.
func GRPCCodeForHTTP(status int) []string {
	switch status {
	case 200:
		return []string{"OK"}
	case 400:
		return []string{"InvalidArgument", "FailedPrecondition", "OutOfRange"}
	case 401:
		return []string{"Unauthenticated"}
	case 403:
		return []string{"PermissionDenied"}
	case 404:
		return []string{"NotFound"}
	case 409:
		return []string{"AlreadyExists", "Aborted"}
	case 429:
		return []string{"ResourceExhausted"}
	case 499:
		return []string{"Canceled"}
	case 500:
		return []string{"Internal", "Unknown", "DataLoss"}
	case 501:
		return []string{"Unimplemented"}
	case 503:
		return []string{"Unavailable"}
	case 504:
		return []string{"DeadlineExceeded"}
	}
	return nil
}

// GRPCCodeType is the named type of gRPC status codes.
const GRPCCodeType = "google.golang.org/grpc/codes.Code"

// CodeSite is an expression that yields an error code: a field, a method
// call or a function call whose value a rule can check comparisons of.
type CodeSite struct {
	// Key names the site for catalog bindings: "path.Type.Field",
	// "(path.Type).Method" or "path.Func"; "" for other expressions.
	Key string
	// Type is the named type of the code when its name ends in Code or
	// Reason or the site belongs to an error; its set, if any, comes from
	// TypeCodeSet.
	Type *types.TypeName
	// HTTP reports that the site carries an HTTP status: an integer field
	// StatusCode or HTTPStatusCode, a method of those names, or a field
	// known to hold one (googleapi.Error.Code, metav1.Status.Code,
	// httptest.ResponseRecorder.Code).
	HTTP bool
	// ModeledErrorCode reports an ErrorCode() string method called on an
	// interface (smithy.APIError): the codes of modeled exceptions are
	// known, other codes are valid too.
	ModeledErrorCode bool
	// Numeric reports that the code is an integer; otherwise a string.
	Numeric bool
}

// httpFieldSites are fields not named StatusCode that hold an HTTP status.
var httpFieldSites = map[string]bool{
	"google.golang.org/api/googleapi.Error.Code":       true,
	"k8s.io/apimachinery/pkg/apis/meta/v1.Status.Code": true,
	"net/http/httptest.ResponseRecorder.Code":          true,
}

// CodeSiteOf recognizes a code site. It returns false for constants and
// for expressions of types other than strings and integers.
func (m *Model) CodeSiteOf(e ast.Expr) (CodeSite, bool) {
	e = ast.Unparen(e)
	info := m.pass.TypesInfo
	tv, ok := info.Types[e]
	if !ok || tv.Value != nil || !tv.IsValue() {
		return CodeSite{}, false
	}
	basic, ok := tv.Type.Underlying().(*types.Basic)
	if !ok {
		return CodeSite{}, false
	}
	var site CodeSite
	switch {
	case basic.Info()&types.IsInteger != 0:
		site.Numeric = true
	case basic.Info()&types.IsString != 0:
	default:
		return CodeSite{}, false
	}
	fromError := false
	switch e := e.(type) {
	case *ast.SelectorExpr:
		sel := info.Selections[e]
		if sel == nil || sel.Kind() != types.FieldVal {
			break
		}
		owner := fieldOwner(sel)
		if owner == nil {
			break
		}
		site.Key = objectKey(owner) + "." + e.Sel.Name
		fromError = isErrorType(owner.Type())
		if site.Numeric && (e.Sel.Name == "StatusCode" || e.Sel.Name == "HTTPStatusCode" || httpFieldSites[site.Key]) {
			site.HTTP = true
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil {
			break
		}
		site.Key = FuncKey(fn)
		sig := fn.Signature()
		if recv := sig.Recv(); recv != nil {
			if len(e.Args) != 0 {
				break
			}
			fromError = isErrorType(recv.Type())
			if site.Numeric && (fn.Name() == "StatusCode" || fn.Name() == "HTTPStatusCode") {
				site.HTTP = true
			}
			if !site.Numeric && fn.Name() == "ErrorCode" && types.IsInterface(recv.Type()) && fromError {
				site.ModeledErrorCode = true
			}
		} else {
			fromError = hasErrorParam(sig)
		}
	}
	if named := namedOf(tv.Type); named != nil && named.Obj().Pkg() != nil {
		if fromError || codeLikeName(named.Obj().Name()) || m.reachedCodeType(named.Origin().Obj()) {
			site.Type = named.Origin().Obj()
			if a := aliasOf(tv.Type); a != nil {
				site.Type = a
			}
		}
	}
	return site, true
}

// CodeArg is an argument of a call that is a code.
type CodeArg struct {
	Expr ast.Expr
	Type types.Type // the parameter's type
}

// CallCodeArgs returns the callee of a call, its binding key, and the
// arguments that may be codes: those of string or integer parameters
// (variadic ones included) other than the receiver. It returns a nil
// callee for calls of anything but a declared function or method.
func (m *Model) CallCodeArgs(call *ast.CallExpr) (*types.Func, string, []CodeArg) {
	fn, _ := typeutil.Callee(m.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil, "", nil
	}
	sig := fn.Signature()
	var args []CodeArg
	for i, a := range call.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			if call.Ellipsis.IsValid() {
				continue
			}
			pt = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		case i < sig.Params().Len():
			pt = sig.Params().At(i).Type()
		default:
			continue
		}
		if b, ok := pt.Underlying().(*types.Basic); ok && b.Info()&(types.IsInteger|types.IsString) != 0 {
			args = append(args, CodeArg{Expr: a, Type: pt})
		}
	}
	return fn, FuncKey(fn), args
}

// IsPredicate reports whether fn takes an error and returns only a bool,
// as ngrok's IsErrorCode(err, codes ...int) and bloberror.HasCode do.
func IsPredicate(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type().Underlying(), types.Typ[types.Bool]) {
		return false
	}
	return hasErrorParam(sig)
}

// CodeTypeOf returns the named type of t when it has a code-like name.
func CodeTypeOf(t types.Type) *types.TypeName {
	if named := namedOf(t); named != nil && named.Obj().Pkg() != nil && codeLikeName(named.Obj().Name()) {
		if a := aliasOf(t); a != nil {
			return a
		}
		return named.Origin().Obj()
	}
	return nil
}

// aliasOf returns the alias that t, or what t points to, is spelled with
// when it is a package-level alias without type parameters; nil otherwise.
// TypeCodeSet falls back from the alias to the type it names.
func aliasOf(t types.Type) *types.TypeName {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	a, ok := t.(*types.Alias)
	if !ok || a.Obj().Pkg() == nil || a.TypeParams() != nil || a.Obj().Parent() != a.Obj().Pkg().Scope() {
		return nil
	}
	return a.Obj()
}

// FuncKey names a function for catalog bindings: "path.Func" or
// "(path.Type).Method"; "" for functions of no package.
func FuncKey(fn *types.Func) string {
	fn = fn.Origin()
	if recv := fn.Signature().Recv(); recv != nil {
		named := namedOf(recv.Type())
		if named == nil {
			return ""
		}
		return "(" + objectKey(named.Origin().Obj()) + ")." + fn.Name()
	}
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// NormalizeSiteKey turns a binding as users write it into the form of
// CodeSite.Key: "(*path.T).M" becomes "(path.T).M". It reports false for
// a binding that cannot name a site.
func NormalizeSiteKey(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") {
		inner, method, ok := strings.Cut(s[1:], ").")
		inner = strings.TrimPrefix(inner, "*")
		if !ok || !isIdent(method) || !qualifiedName(inner) {
			return "", false
		}
		return "(" + inner + ")." + method, true
	}
	if !qualifiedName(s) {
		return "", false
	}
	return s, true
}

// qualifiedName reports whether s looks like "path.Name" or
// "path.Type.Field".
func qualifiedName(s string) bool {
	slash := strings.LastIndex(s, "/")
	dot := strings.Index(s[slash+1:], ".")
	if dot < 0 || strings.ContainsAny(s, " \t()*,") {
		return false
	}
	last := s[strings.LastIndex(s, ".")+1:]
	return dot > 0 && isIdent(last)
}

func isIdent(s string) bool {
	return token.IsIdentifier(s)
}

func objectKey(tn *types.TypeName) string {
	if tn.Pkg() == nil {
		return tn.Name()
	}
	return tn.Pkg().Path() + "." + tn.Name()
}

// fieldOwner returns the named struct type that declares the field a
// selection picks, following embedded fields.
func fieldOwner(sel *types.Selection) *types.TypeName {
	t := sel.Recv()
	idx := sel.Index()
	for i, x := range idx {
		t = types.Unalias(t)
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || x >= st.NumFields() {
			return nil
		}
		if i == len(idx)-1 {
			named, ok := t.(*types.Named)
			if !ok {
				return nil
			}
			return named.Origin().Obj()
		}
		t = st.Field(x).Type()
	}
	return nil
}

// namedOf returns the named type of t or of what t points to.
func namedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

func isErrorType(t types.Type) bool {
	if types.Implements(t, errorInterface) {
		return true
	}
	if _, ok := t.Underlying().(*types.Interface); ok {
		return false
	}
	if _, ok := t.(*types.Pointer); ok {
		return false
	}
	return types.Implements(types.NewPointer(t), errorInterface)
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func hasErrorParam(sig *types.Signature) bool {
	for p := range sig.Params().Variables() {
		if types.Identical(p.Type(), types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// codeLikeName reports whether a type's name says it holds codes: it ends
// in Code or Reason (codes.Code, stripe.DeclineCode, metav1.StatusReason).
// Names that merely contain them (Codec, JobStatus) are enums of other
// things, whose sets are often incomplete.
func codeLikeName(name string) bool {
	return strings.HasSuffix(name, "Code") || strings.HasSuffix(name, "Reason")
}
