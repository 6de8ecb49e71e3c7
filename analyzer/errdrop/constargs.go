package errdrop

import (
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/types"
	"net"
	"net/netip"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// constParsers are functions whose only possible error comes from their
// arguments: called with constants, they either fail every time (which a
// test or the first run shows) or never. The linter calls the same
// function on the same constants and reports the drop only if it fails.
// Found on cert-manager: _, ipNet, _ := net.ParseCIDR("10.10.0.0/16").
var constParsers = map[string]func(args []constant.Value) bool{
	"net.ParseCIDR":           str1(func(s string) error { _, _, err := net.ParseCIDR(s); return err }),
	"net.ParseMAC":            str1(func(s string) error { _, err := net.ParseMAC(s); return err }),
	"net/netip.ParseAddr":     str1(func(s string) error { _, err := netip.ParseAddr(s); return err }),
	"net/netip.ParsePrefix":   str1(func(s string) error { _, err := netip.ParsePrefix(s); return err }),
	"net/netip.ParseAddrPort": str1(func(s string) error { _, err := netip.ParseAddrPort(s); return err }),
	"net/url.Parse":           str1(func(s string) error { _, err := url.Parse(s); return err }),
	"regexp.Compile":          str1(func(s string) error { _, err := regexp.Compile(s); return err }),
	"strconv.Atoi":            str1(func(s string) error { _, err := strconv.Atoi(s); return err }),
	"strconv.ParseBool":       str1(func(s string) error { _, err := strconv.ParseBool(s); return err }),
	"time.ParseDuration":      str1(func(s string) error { _, err := time.ParseDuration(s); return err }),
	"time.Parse": func(args []constant.Value) bool {
		if len(args) != 2 || args[0].Kind() != constant.String || args[1].Kind() != constant.String {
			return false
		}
		_, err := time.Parse(constant.StringVal(args[0]), constant.StringVal(args[1]))
		return err == nil
	},
	// json.Marshal(nil) and json.Marshal of a string, number or boolean
	// constant cannot fail (a float constant is never NaN or infinite).
	"encoding/json.Marshal": func(args []constant.Value) bool {
		if len(args) != 1 {
			return false
		}
		switch args[0].Kind() {
		case constant.String, constant.Bool, constant.Int:
			return true
		case constant.Float:
			f, _ := constant.Float64Val(args[0])
			_, err := json.Marshal(f)
			return err == nil
		}
		return false
	},
}

func str1(parse func(string) error) func([]constant.Value) bool {
	return func(args []constant.Value) bool {
		return len(args) == 1 && args[0].Kind() == constant.String && parse(constant.StringVal(args[0])) == nil
	}
}

// cannotFail reports whether call is a call of one of constParsers whose
// arguments are all constants (or, for json.Marshal, nil) that it accepts.
func cannotFail(info *types.Info, fn *types.Func, call *ast.CallExpr) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "os.Setenv", "os.Unsetenv":
		if len(call.Args) == 2 {
			// A constant value with a NUL byte fails every time.
			if v := info.Types[call.Args[1]].Value; v != nil && (v.Kind() != constant.String || strings.Contains(constant.StringVal(v), "\x00")) {
				return false
			}
		}
		return len(call.Args) > 0 && validEnvKey(info.Types[call.Args[0]].Value)
	}
	ok, known := constParsers[fn.Pkg().Path()+"."+fn.Name()]
	if !known || call.Ellipsis.IsValid() {
		return false
	}
	args := make([]constant.Value, len(call.Args))
	for i, a := range call.Args {
		tv := info.Types[a]
		switch {
		case tv.Value != nil:
			args[i] = tv.Value
		case tv.IsNil():
			args[i] = constant.MakeString("") // json.Marshal(nil) is "null"
		default:
			return false
		}
	}
	return ok(args)
}

// validEnvKey reports whether k is a constant environment variable name
// that os.Setenv and os.Unsetenv accept: not empty, without '=' or NUL.
// syscall.Setenv fails only on such a key or on a NUL byte in the value,
// which no value read from the environment or written in a test holds;
// syscall.Unsetenv on Unix never fails. Found on vault's API client:
// os.Setenv(EnvVaultAddress, addr) and defer os.Setenv(EnvVaultToken, old)
// in tests, over 40 of its 76 findings. The names are not called: setting
// the linter's own environment would be a side effect.
func validEnvKey(k constant.Value) bool {
	if k == nil || k.Kind() != constant.String {
		return false
	}
	s := constant.StringVal(k)
	return s != "" && !strings.ContainsAny(s, "=\x00")
}
