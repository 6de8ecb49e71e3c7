package errdrop

import (
	"fmt"
	"go/token"
	"regexp"
	"strings"
)

// options is a Config checked and compiled for one run.
type options struct {
	api     []*regexp.Regexp // empty: every package
	exclude map[string]bool  // keys in errcheck's syntax, full import paths
}

// defaultExcludes are the functions whose errors are dropped on purpose so
// often, and so harmlessly, that reporting them would drown the rest. They
// cannot fail, or the failure is reported elsewhere. The conditional
// excludes (fmt.Fprint* and io.WriteString to a buffer, a builder, a hash,
// os.Stdout or os.Stderr; writes to any hash) are in isExcludedCall.
var defaultExcludes = []string{
	"fmt.Print", "fmt.Printf", "fmt.Println",
	"(*bytes.Buffer).Write", "(*bytes.Buffer).WriteByte", "(*bytes.Buffer).WriteRune", "(*bytes.Buffer).WriteString",
	"(*strings.Builder).Write", "(*strings.Builder).WriteByte", "(*strings.Builder).WriteRune", "(*strings.Builder).WriteString",
	// Documented to always return a nil error.
	"math/rand.Read", "(*math/rand.Rand).Read", "crypto/rand.Read", "(*math/rand/v2.ChaCha8).Read",
	"(*io.PipeReader).CloseWithError", "(*io.PipeWriter).CloseWithError",
	// Close is CloseWithError(nil), so it returns nil too (vault's
	// sys_raft.go: wPipe.Close() after copying a snapshot into the pipe).
	"(*io.PipeReader).Close", "(*io.PipeWriter).Close",
	// "This method always returns a nil error" (grpc-go's ClientStream;
	// go-storage's gRPC writer: stream.CloseSend()). Matched by the
	// declared receiver, so the generated stream interfaces that embed
	// ClientStream are covered.
	"(google.golang.org/grpc.ClientStream).CloseSend",
	// A DNS handler's reply, like an HTTP handler's response (see
	// isResponseWriter), has no one to report a failed write to
	// (cert-manager's test DNS server: _ = w.WriteMsg(m)).
	"(github.com/miekg/dns.ResponseWriter).WriteMsg", "(github.com/miekg/dns.ResponseWriter).Write",
	// Always a nil error, though undocumented; cert-manager says so where it
	// drops one: "Encoding a big.Int cannot fail".
	"(*math/big.Int).GobEncode", "(*math/big.Int).MarshalText", "(*math/big.Int).MarshalJSON",
	// Always a nil error too; external-dns: "This call will never return an error".
	"net/http/cookiejar.New",
}

func compile(cfg *Config) (*options, error) {
	o := &options{exclude: map[string]bool{}}
	for _, p := range cfg.APIPackages {
		re, err := compilePattern(p)
		if err != nil {
			return nil, fmt.Errorf("errdrop: bad -api-packages pattern %q: %v", p, err)
		}
		o.api = append(o.api, re)
	}
	for _, e := range defaultExcludes {
		o.exclude[e] = true
	}
	for _, e := range cfg.Exclude {
		if err := checkExclude(e); err != nil {
			return nil, fmt.Errorf("errdrop: bad -exclude entry %q: %v", e, err)
		}
		o.exclude[e] = true
	}
	return o, nil
}

// checkPattern validates an import-path pattern.
func checkPattern(p string) error {
	_, err := compilePattern(p)
	return err
}

// compilePattern turns an import-path pattern into a regexp, as the go
// command does: "..." matches any string, and "x/..." matches x too.
func compilePattern(p string) (*regexp.Regexp, error) {
	if p == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	if strings.ContainsAny(p, " \t\\\"'`") || strings.HasPrefix(p, "/") || strings.HasPrefix(p, ".") {
		return nil, fmt.Errorf("want an import path such as github.com/aws/... (no spaces, quotes, leading / or .)")
	}
	for _, elem := range strings.Split(p, "/") {
		if elem == "" {
			return nil, fmt.Errorf("empty path element")
		}
	}
	re := regexp.QuoteMeta(p)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	if strings.HasSuffix(re, `/.*`) {
		re = strings.TrimSuffix(re, `/.*`) + `(/.*)?`
	}
	return regexp.Compile("^" + re + "$")
}

// checkExclude validates an entry in errcheck's syntax.
func checkExclude(e string) error {
	const want = "want pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method"
	if strings.HasPrefix(e, "(") {
		recv, method, ok := strings.Cut(e[1:], ").")
		if !ok || !token.IsIdentifier(method) {
			return fmt.Errorf("%s", want)
		}
		recv = strings.TrimPrefix(recv, "*")
		return checkQualified(recv, want)
	}
	return checkQualified(e, want)
}

// checkQualified validates "import/path.Name".
func checkQualified(s, want string) error {
	i := strings.LastIndex(s, ".")
	if i <= 0 {
		return fmt.Errorf("%s", want)
	}
	path, name := s[:i], s[i+1:]
	if !token.IsIdentifier(name) || strings.ContainsAny(path, " \t()*\"'`\\") || strings.HasPrefix(path, "/") || strings.HasSuffix(path, "/") {
		return fmt.Errorf("%s", want)
	}
	return nil
}

// inAPI reports whether a package path is within the -api-packages scope.
func (o *options) inAPI(path string) bool {
	if len(o.api) == 0 {
		return true
	}
	for _, re := range o.api {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}
