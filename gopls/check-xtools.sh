#!/usr/bin/env bash
# check-xtools.sh [GOPLS_VERSION]
#
# Checks that every package of this checkout, tests included, compiles
# against the golang.org/x/tools version that gopls GOPLS_VERSION (default
# v0.23.0) pins, the version build-gopls.sh builds gopls-apierrlint with,
# so that a change needing newer x/tools API fails in CI and not in a
# user's build. It type-checks with go vet, in a module that requires this
# checkout through a replace and replaces x/tools with gopls's version.
set -euo pipefail

version=${1:-v0.23.0}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOWORK=off GOFLAGS=-mod=mod
dir=$(cd "$work" && go mod download -json "golang.org/x/tools/gopls@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$dir" ] || {
	echo "cannot download golang.org/x/tools/gopls@$version" >&2
	exit 1
}
tools=$(sed -n 's/^[[:space:]]*golang\.org\/x\/tools \(v[^ ]*\)$/\1/p' "$dir/go.mod")
[ -n "$tools" ] || {
	echo "$dir/go.mod does not require golang.org/x/tools" >&2
	exit 1
}
cd "$work"
cat >go.mod <<MOD
module apierrlint.local/check-xtools

go 1.26.0

require github.com/apierrlint/apierrlint v0.0.0

replace github.com/apierrlint/apierrlint => $repo

replace golang.org/x/tools => golang.org/x/tools $tools
MOD
echo "package check" >check.go
go vet github.com/apierrlint/apierrlint/...
echo "every package of apierrlint compiles against golang.org/x/tools $tools (gopls $version)"
