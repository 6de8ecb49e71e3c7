package taxonomy

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// CodeCatalog is a list of the error codes of an API that has no Go
// constants for them, such as ngrok's ERR_NGROK_<n> strings. Users supply
// it as a file; a rule binds it to the code sites that carry such codes.
type CodeCatalog struct {
	File  string      // the file it was read from, as given
	Codes []KnownCode // in file order, without duplicates
}

// LoadCodeCatalog reads a catalog file: YAML when its name ends in .yaml
// or .yml, plain text otherwise (see ParseCodeCatalog).
func LoadCodeCatalog(file string) (*CodeCatalog, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading code catalog: %w", err)
	}
	return ParseCodeCatalog(file, data)
}

// ParseCodeCatalog parses the contents of a catalog file named file.
//
// The plain-text format has one code per line, optionally followed by
// white space and a message; blank lines and lines whose first non-blank
// character is # are ignored:
//
//	# ngrok error codes
//	ERR_NGROK_100 invalid metadata length
//	ERR_NGROK_102
//
// The YAML format is a list of codes, either at the top level or under a
// "codes" key, each a scalar or a mapping with "code" and "message":
//
//	codes:
//	  - code: ERR_NGROK_100
//	    message: invalid metadata length
//	  - ERR_NGROK_102
//
// Errors name the file and the line. A code may not contain white space,
// quotes or control characters, may not appear twice, and a catalog must
// have at least one code.
func ParseCodeCatalog(file string, data []byte) (*CodeCatalog, error) {
	c := &CodeCatalog{File: file}
	seen := make(map[string]int) // code -> line of its first occurrence
	add := func(line int, code, msg string) error {
		if err := checkCatalogCode(code); err != nil {
			return fmt.Errorf("%s:%d: %v", file, line, err)
		}
		if first, dup := seen[code]; dup {
			return fmt.Errorf("%s:%d: duplicate code %q, first on line %d", file, line, code, first)
		}
		seen[code] = line
		c.Codes = append(c.Codes, KnownCode{Value: code, Message: msg})
		return nil
	}
	var err error
	switch strings.ToLower(filepath.Ext(file)) {
	case ".yaml", ".yml":
		err = parseYAMLCatalog(file, data, add)
	default:
		err = parseTextCatalog(file, data, add)
	}
	if err != nil {
		return nil, err
	}
	if len(c.Codes) == 0 {
		return nil, fmt.Errorf("%s: the catalog has no codes", file)
	}
	return c, nil
}

func parseTextCatalog(file string, data []byte, add func(line int, code, msg string) error) error {
	if !utf8.Valid(data) {
		return fmt.Errorf("%s: not UTF-8 text", file)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	n := 0
	for line := range strings.Lines(string(data)) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, msg, _ := strings.Cut(line, " ")
		if i := strings.IndexAny(code, "\t\v\f"); i >= 0 {
			code, msg = code[:i], code[i+1:]+" "+msg
		}
		if err := add(n, code, strings.TrimSpace(msg)); err != nil {
			return err
		}
	}
	return nil
}

func parseYAMLCatalog(file string, data []byte, add func(line int, code, msg string) error) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %v", file, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return fmt.Errorf("%s: the catalog has no codes", file)
	}
	list := doc.Content[0]
	if list.Kind == yaml.MappingNode {
		var codes *yaml.Node
		for i := 0; i+1 < len(list.Content); i += 2 {
			k := list.Content[i]
			if k.Value != "codes" {
				return fmt.Errorf("%s:%d: unknown key %q, want \"codes\"", file, k.Line, k.Value)
			}
			codes = list.Content[i+1]
		}
		if codes == nil {
			return fmt.Errorf("%s:%d: no \"codes\" list", file, list.Line)
		}
		list = codes
	}
	if list.Kind != yaml.SequenceNode {
		return fmt.Errorf("%s:%d: want a list of codes", file, list.Line)
	}
	for _, item := range list.Content {
		switch item.Kind {
		case yaml.ScalarNode:
			if err := add(item.Line, item.Value, ""); err != nil {
				return err
			}
		case yaml.MappingNode:
			var code, msg *yaml.Node
			for i := 0; i+1 < len(item.Content); i += 2 {
				k, v := item.Content[i], item.Content[i+1]
				if v.Kind != yaml.ScalarNode {
					return fmt.Errorf("%s:%d: %q must be a string", file, v.Line, k.Value)
				}
				switch k.Value {
				case "code":
					code = v
				case "message":
					msg = v
				default:
					return fmt.Errorf("%s:%d: unknown key %q, want \"code\" or \"message\"", file, k.Line, k.Value)
				}
			}
			if code == nil {
				return fmt.Errorf("%s:%d: an entry without \"code\"", file, item.Line)
			}
			m := ""
			if msg != nil {
				m = strings.TrimSpace(msg.Value)
			}
			if err := add(code.Line, code.Value, m); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%s:%d: want a code or a mapping with \"code\"", file, item.Line)
		}
	}
	return nil
}

func checkCatalogCode(code string) error {
	if code == "" {
		return fmt.Errorf("empty code")
	}
	if len(code) > 256 {
		return fmt.Errorf("code longer than 256 bytes")
	}
	for _, r := range code {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '"' || r == '\'' || r == '`' {
			return fmt.Errorf("code %q contains %q", code, r)
		}
	}
	return nil
}

// CodeFormat turns a compared value into the code it stands for, for
// sites that take a part of the code, such as ngrok's IsErrorCode(err,
// 7014) for "ERR_NGROK_7014". It has one verb, %d, %s or %v, with literal
// text around it; %% stands for a percent sign.
type CodeFormat struct {
	prefix, suffix string
	verb           byte
}

// ParseCodeFormat parses a format such as "ERR_NGROK_%d". The empty
// format is the value itself.
func ParseCodeFormat(format string) (CodeFormat, error) {
	if format == "" {
		return CodeFormat{verb: 'v'}, nil
	}
	var f CodeFormat
	var buf strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			buf.WriteByte(format[i])
			continue
		}
		if i+1 == len(format) {
			return f, fmt.Errorf("format %q ends with %%", format)
		}
		i++
		switch c := format[i]; c {
		case '%':
			buf.WriteByte('%')
		case 'd', 's', 'v':
			if f.verb != 0 {
				return f, fmt.Errorf("format %q has more than one verb", format)
			}
			f.verb, f.prefix = c, buf.String()
			buf.Reset()
		default:
			return f, fmt.Errorf("format %q: verb %%%c is not one of %%d, %%s, %%v", format, c)
		}
	}
	if f.verb == 0 {
		return f, fmt.Errorf("format %q has no verb %%d, %%s or %%v", format)
	}
	f.suffix = buf.String()
	return f, nil
}

// Apply returns the code for value (a decimal integer or a string).
func (f CodeFormat) Apply(value string) string { return f.prefix + value + f.suffix }

// Invert returns the value that Apply turns into code, if there is one;
// for %d it must be a decimal integer.
func (f CodeFormat) Invert(code string) (string, bool) {
	if !strings.HasPrefix(code, f.prefix) || !strings.HasSuffix(code, f.suffix) || len(code) < len(f.prefix)+len(f.suffix) {
		return "", false
	}
	v := code[len(f.prefix) : len(code)-len(f.suffix)]
	if f.verb == 'd' && !isDecimal(v) {
		return "", false
	}
	return v, true
}

// Numeric reports whether the format takes an integer.
func (f CodeFormat) Numeric() bool { return f.verb == 'd' }

// Identity reports whether the format is the value itself.
func (f CodeFormat) Identity() bool { return f.prefix == "" && f.suffix == "" }

func isDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
