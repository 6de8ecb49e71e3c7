// Package complementaryconditions holds errors that are checked on two ifs
// with complementary conditions, the table-driven test's
//
//	if tt.wantErr { if err == nil { ... } }
//	if !tt.wantErr { if err != nil { ... } }
//
// (cert-manager's pkg/util/pki/generate_test.go). The path that takes
// neither branch cannot happen, so the error is checked on every path.
package complementaryconditions

type Client struct{}

func (c *Client) Encode(key string) ([]byte, error) { return nil, nil }

type T struct{}

func (t *T) Run(name string, f func(t *T)) {}
func (t *T) Fatal(args ...any)             {}
func (t *T) Errorf(f string, args ...any)  {}

type testCase struct {
	name    string
	wantErr bool
	opts    struct{ strict bool }
}

func use([]byte) {}

// A parameter captured by the subtest's function, as in cert-manager: the
// variable is never written after it is bound, so both loads of
// test.wantErr read the same value.
func capturedParam(c *Client) func(testCase) func(*T) {
	return func(test testCase) func(*T) {
		return func(t *T) {
			out, err := c.Encode(test.name) // not reported: one of the two ifs checks err on every feasible path
			if test.wantErr {
				if err == nil {
					t.Errorf("expected an error")
					return
				}
			}
			if !test.wantErr {
				if err != nil {
					t.Errorf("unexpected error %v", err)
					return
				}
				use(out)
			}
		}
	}
}

// The range variable captured by t.Run's function (one variable per
// iteration), and a nested field of it.
func capturedRangeVar(c *Client, t *T, tests []testCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *T) {
			out, err := c.Encode(tt.name) // not reported: the path that takes neither if is infeasible
			if tt.opts.strict {
				if err == nil {
					t.Fatal("expected an error")
				}
				return
			}
			if !tt.opts.strict {
				if err != nil {
					t.Fatal(err)
				}
			}
			use(out)
		})
	}
}

// A struct value that is not captured: the two conditions are fields of
// the same SSA value.
func structValue(c *Client, t *T, tt testCase) {
	out, err := c.Encode(tt.name) // not reported: tt.wantErr is the same value in both ifs
	if tt.wantErr {
		if err == nil {
			t.Fatal("expected an error")
		}
	}
	if !tt.wantErr {
		if err != nil {
			t.Fatal(err)
		}
		use(out)
	}
}

// The same local boolean, tested twice: overwriting err afterwards loses
// nothing either, since one of the ifs read it.
func sameBool(c *Client, t *T, wantErr bool) {
	_, err := c.Encode("a") // not reported: checked under wantErr and under !wantErr
	if wantErr {
		if err == nil {
			t.Fatal("expected an error")
		}
	}
	if !wantErr {
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err = c.Encode("b")
	if err != nil {
		t.Fatal(err)
	}
}

// The condition changes between the two ifs: the path that takes neither
// is possible, and the error is lost on it.
func reassigned(c *Client, t *T) {
	for _, tt := range []testCase{{name: "a"}} {
		t.Run(tt.name, func(t *T) {
			_, err := c.Encode(tt.name) // want `error from \(\*Client\)\.Encode is not checked before the function returns`
			if tt.wantErr {
				if err == nil {
					t.Fatal("expected an error")
				}
			}
			tt.wantErr = !tt.wantErr
			if !tt.wantErr {
				if err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func change(*testCase) {}

// Through a pointer, a call between the two ifs may change the field: the
// two loads are not provably equal.
func throughPointer(c *Client, t *T, tt *testCase) {
	_, err := c.Encode(tt.name) // want `error from \(\*Client\)\.Encode is not checked before the function returns`
	if tt.wantErr {
		if err == nil {
			t.Fatal("expected an error")
		}
	}
	change(tt)
	if !tt.wantErr {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// The variable is captured by a closure that writes it: not read-only.
func writtenByClosure(c *Client, t *T, tests []testCase) {
	for _, tt := range tests {
		flip := func() { tt.wantErr = !tt.wantErr }
		t.Run(tt.name, func(t *T) {
			_, err := c.Encode(tt.name) // want `error from \(\*Client\)\.Encode is not checked before the function returns`
			if tt.wantErr {
				if err == nil {
					t.Fatal("expected an error")
				}
			}
			flip()
			if !tt.wantErr {
				if err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

type flags struct{ a, b, c, d, e, f, g, h, i, j, k, l bool }

// Many conditions, each tested twice: the states a search carries stay
// few, so it still finds the overwrite within its bound.
func manyConditions(c *Client, t *T, f flags) int {
	n := 0
	_, err := c.Encode("a") // want `error from \(\*Client\)\.Encode is overwritten on line \d+ before it is checked`
	if f.a {
		n++
	}
	if f.b {
		n++
	}
	if f.c {
		n++
	}
	if f.d {
		n++
	}
	if f.e {
		n++
	}
	if f.f {
		n++
	}
	if f.g {
		n++
	}
	if f.h {
		n++
	}
	if f.i {
		n++
	}
	if f.j {
		n++
	}
	if f.k {
		n++
	}
	if f.l {
		n++
	}
	if !f.a {
		n++
	}
	if !f.b {
		n++
	}
	if !f.c {
		n++
	}
	if !f.d {
		n++
	}
	if !f.e {
		n++
	}
	if !f.f {
		n++
	}
	if !f.g {
		n++
	}
	if !f.h {
		n++
	}
	if !f.i {
		n++
	}
	if !f.j {
		n++
	}
	if !f.k {
		n++
	}
	if !f.l {
		n++
	}
	_, err = c.Encode("b")
	if err != nil {
		t.Fatal(err)
	}
	return n
}
