#!/usr/bin/env bash
# Builds the manifest validator (this folder, Go modules from the module proxy on first use) into
# $STACK_DIR/bin/k8s-validate, then renders and validates the production manifests:
#   bash deploy/k8s/validate/build.sh [validator arguments...]     (e.g. -dir <kustomization>)
# The build is skipped when the binary matches the sources (well under a second then).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
: "${STACK_DIR:=$repo/.stack}"
bin="$STACK_DIR/bin/k8s-validate"
want="$(cat "$here"/go.mod "$here"/go.sum "$here"/*.go | sha256sum | cut -d' ' -f1) $(go env GOVERSION)"
if [[ ! -x $bin || ! -f $bin.sha256 || "$(<"$bin.sha256")" != "$want" ]]; then
  echo "k8s-validate: building the validator (first run only)…" >&2
  mkdir -p "$(dirname "$bin")"
  (cd "$here" && CGO_ENABLED=0 go build -mod=readonly -trimpath -buildvcs=false -o "$bin.tmp.$$" .)
  mv -f "$bin.tmp.$$" "$bin"
  printf '%s\n' "$want" >"$bin.sha256"
fi
cd "$repo"
exec "$bin" -crds "$here/crds" "$@"
