#!/usr/bin/env bash
# build-gopls.sh OUT [GOPLS_VERSION]
#
# Builds gopls-apierrlint: the gopls release GOPLS_VERSION (default
# v0.23.0) with apierrlint's rules of this checkout in its analyzer list,
# from the Go module proxy alone. gopls has no plugin mechanism
# (golang/go#59869), but its analyzers are one slice, AllAnalyzers in
# package internal/settings; an internal package can only be extended
# from inside its module, so the build copies the gopls module out of the
# module cache, adds apierrlint.go.in to internal/settings, requires
# apierrlint through a replace directive that points at this checkout,
# adds the rules to the analyzer descriptions gopls api-json prints
# (apijson), and builds gopls's main package.
#
# Versions: each gopls release pins golang.org/x/tools at a pseudo-version
# of its own, and compiles only against it (its analyzers use x/tools
# internals). apierrlint requires a newer x/tools, which minimal version
# selection would pick; the build module therefore replaces x/tools with
# gopls's own version, read from gopls's go.mod. apierrlint's packages
# must compile against that version: .ci/run checks it.
#
# The binary is written to OUT. When OUT exists and was built from the same
# gopls version, Go version and apierrlint sources (a hash kept in
# OUT.key), it is reused.
set -euo pipefail

out=$1
version=${2:-v0.23.0}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
case $out in /*) ;; *) out=$PWD/$out ;; esac

# The key covers everything that goes into the binary from this checkout:
# the sources of every package it compiles (tests and fixtures left out),
# the registration file, this script and the module files.
key=$(
	cd "$repo"
	{
		echo "gopls $version"
		go version
		find analyzer -type f ! -name '*_test.go' ! -path '*/testdata/*' | LC_ALL=C sort | xargs sha256sum
		sha256sum gopls/apierrlint.go.in gopls/apijson/main.go gopls/build-gopls.sh go.mod go.sum
	} | sha256sum | cut -d' ' -f1
)
if [ -x "$out" ] && [ "$(cat "$out.key" 2>/dev/null)" = "$key" ]; then
	echo "reusing $out (key $key)"
	exit 0
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
dir=$(cd "$work" && GOWORK=off GOFLAGS=-mod=mod go mod download -json "golang.org/x/tools/gopls@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] || {
	echo "cannot download golang.org/x/tools/gopls@$version" >&2
	exit 1
}
tools=$(sed -n 's/^[[:space:]]*golang\.org\/x\/tools \(v[^ ]*\)$/\1/p' "$dir/go.mod")
[ -n "$tools" ] || {
	echo "$dir/go.mod does not require golang.org/x/tools" >&2
	exit 1
}
cp -R "$dir" "$work/gopls"
chmod -R u+w "$work/gopls"
cp "$here/apierrlint.go.in" "$work/gopls/internal/settings/apierrlint.go"
# gopls api-json prints internal/doc/api.json, which gopls generates from
# its analyzer list; apijson adds the rules to it, with their docs.
(cd "$repo" && GOWORK=off go run ./gopls/apijson "$work/gopls/internal/doc/api.json")
(
	cd "$work/gopls"
	export GOWORK=off GOFLAGS=-mod=mod
	go mod edit \
		-require=github.com/apierrlint/apierrlint@v0.0.0 \
		-replace=github.com/apierrlint/apierrlint="$repo" \
		-replace=golang.org/x/tools=golang.org/x/tools@"$tools"
	go mod tidy
	# gopls version prints v0.23.0+apierrlint: semver build metadata, the
	# same release as gopls's own, built differently.
	go build -trimpath -o "$out.tmp.$$" -ldflags "-X main.version=$version+apierrlint" .
)
# Concurrent CI runs may share the cache: each builds into its own file
# and renames it into place, which replaces the binary atomically.
mv "$out.tmp.$$" "$out"
echo "$key" >"$out.key.$$"
mv "$out.key.$$" "$out.key"
echo "built $out from gopls $version with golang.org/x/tools $tools (key $key)"
