// Package setenvconstant holds os.Setenv and os.Unsetenv with a constant
// name (vault's API client tests: os.Setenv(EnvVaultAddress, addr),
// defer os.Setenv(EnvVaultToken, oldToken)). They fail only on an empty
// name, a name with '=' or NUL, or a value with NUL.
package setenvconstant

import (
	"os"
	"testing"
)

const envAddr = "VAULT_ADDR"

func TestEnv(t *testing.T) {
	old := os.Getenv(envAddr)
	defer os.Setenv(envAddr, old)               // not reported: a valid constant name; a value read from the environment has no NUL
	os.Setenv(envAddr, "http://127.0.0.1:8200") // not reported: constant name and value, both valid
	os.Setenv("VAULT_TOKEN", t.Name())          // not reported: a valid constant name
	os.Unsetenv("VAULT_NAMESPACE")              // not reported: a valid constant name
	defer os.Unsetenv(envAddr)                  // not reported: the same
	_ = os.Setenv(envAddr, "x")                 // not reported: the same, discarded explicitly
}

// Narrow: a name the linter cannot see, or one that is invalid, still
// reports.
func TestEnvVariable(t *testing.T) {
	name := t.Name()
	os.Setenv(name, "1")      // want `error returned by os\.Setenv is not checked`
	os.Unsetenv(name)         // want `error returned by os\.Unsetenv is not checked`
	os.Setenv("", "1")        // want `error returned by os\.Setenv is not checked`
	os.Setenv("A=B", "1")     // want `error returned by os\.Setenv is not checked`
	os.Setenv("A", "nul\x00") // want `error returned by os\.Setenv is not checked`
	os.Chdir("/")             // want `error returned by os\.Chdir is not checked`
}
