#!/usr/bin/env bash
# build-custom-gcl.sh OUT [GOLANGCI_VERSION]
#
# Builds a golangci-lint binary with the apierrlint plugin of this checkout
# compiled in, from the Go module proxy alone (golangci-lint custom
# git-clones golangci-lint, which needs network access to GitHub). It does
# what golangci-lint custom does: a module whose main.go is golangci-lint's
# own cmd/golangci-lint/main.go, taken from the module cache, plus a
# plugins.go that blank-imports the plugin, which a replace directive points
# at this checkout.
#
# The binary is written to OUT. When OUT exists and was built from the same
# golangci-lint version, Go version and plugin sources (a hash kept in
# OUT.key), it is reused.
set -euo pipefail

out=$1
version=${2:-2.15.0}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The key covers everything that goes into the plugin: the sources of every
# package it compiles (tests and fixtures left out) and the module files.
key=$(
	cd "$repo"
	{
		echo "golangci-lint v$version"
		go version
		find analyzer plugin -type f ! -name '*_test.go' ! -path '*/testdata/*' | LC_ALL=C sort | xargs sha256sum
		sha256sum go.mod go.sum
	} | sha256sum | cut -d' ' -f1
)
if [ -x "$out" ] && [ "$(cat "$out.key" 2>/dev/null)" = "$key" ]; then
	echo "reusing $out (key $key)"
	exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dir=$(go mod download -json "github.com/golangci/golangci-lint/v2@v$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] || {
	echo "cannot download github.com/golangci/golangci-lint/v2@v$version" >&2
	exit 1
}
cp "$dir/cmd/golangci-lint/main.go" "$work/main.go"
chmod u+w "$work/main.go"
cat >"$work/plugins.go" <<'GO'
package main

import _ "github.com/apierrlint/apierrlint/plugin"
GO
cat >"$work/go.mod" <<MOD
module apierrlint.local/custom-gcl

go 1.26.0

require (
	github.com/apierrlint/apierrlint v0.0.0
	github.com/golangci/golangci-lint/v2 v$version
)

replace github.com/apierrlint/apierrlint => $repo
MOD
(
	cd "$work"
	GOFLAGS=-mod=mod go mod tidy
	# main.date must be set, or golangci-lint version prints "(devel)".
	go build -trimpath -o "$out.tmp.$$" \
		-ldflags "-X main.version=v$version-apierrlint -X main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ) -X main.commit=apierrlint" .
)
# Concurrent CI runs may share the cache: each builds into its own file
# and renames it into place, which replaces the binary atomically.
mv "$out.tmp.$$" "$out"
echo "$key" >"$out.key.$$"
mv "$out.key.$$" "$out.key"
echo "built $out (key $key)"
