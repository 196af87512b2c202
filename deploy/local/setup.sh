#!/usr/bin/env bash
# Fetches and builds what the local stack needs, into $STACK_DIR (default <repo>/.stack):
#   - Kafka 3.9.2 jars from Maven Central  -> $STACK_DIR/kafka/libs   (via deploy/local/kafka/pom.xml)
#   - FerretDB 1.24.2 wrapper binary        -> $STACK_DIR/bin/ferretdb (from deploy/local/ferretdb)
#   - PostgreSQL (FerretDB's backend)       -> Debian's `postgresql` package, installed with apt-get
#                                              when its programs are missing (as root)
# Idempotent: each step is skipped when its marker matches the inputs, so a second run takes
# well under a second. Run by `stack.sh up`; can be run on its own.
set -euo pipefail

# shellcheck source=env.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

SETUP_LOG="$LOGS_DIR/setup.log"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

# run_logged CMD...: runs CMD with its output in $SETUP_LOG; shows the tail of it on failure.
run_logged() {
  printf '\n===== %s: %s =====\n' "$(date -Is)" "$*" >>"$SETUP_LOG"
  if ! "$@" >>"$SETUP_LOG" 2>&1; then
    printf -- '----- last 40 lines of %s -----\n' "$SETUP_LOG" >&2
    tail -n 40 "$SETUP_LOG" >&2
    return 1
  fi
}

# Checksum of the given files (and any extra words), used as "is the output up to date" marker.
fingerprint() {
  { cat "$@"; } | sha256sum | cut -d' ' -f1
}

check_tools() {
  local missing=() hints=()
  if ! command -v java >/dev/null 2>&1; then
    missing+=(java); hints+=("openjdk-17-jdk-headless")
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    missing+=(mvn); hints+=("maven")
  fi
  if ! command -v go >/dev/null 2>&1; then
    missing+=(go); hints+=("golang")
  fi
  if ((${#missing[@]})); then
    {
      printf 'setup: ERROR: missing tool(s): %s\n' "${missing[*]}"
      printf '  install on Debian/Ubuntu:  sudo apt-get install -y %s\n' "${hints[*]}"
      printf '  (Kafka %s needs Java 11+, 17 recommended; FerretDB %s needs Go 1.21+, which\n' "$KAFKA_VERSION" "$FERRETDB_VERSION"
      printf '   then fetches the Go 1.24 toolchain it asks for from the Go module proxy.)\n'
    } >&2
    exit 1
  fi
}

install_kafka_jars() {
  local marker="$KAFKA_LIBS_DIR/.installed" want have="" tmp t0
  want="kafka $KAFKA_VERSION pom $(fingerprint "$KAFKA_POM")"
  [[ -f $marker ]] && have="$(<"$marker")"
  if [[ $have == "$want" ]]; then
    return 0
  fi

  say "downloading Kafka $KAFKA_VERSION jars from Maven Central (first run only)…"
  t0=$SECONDS
  mkdir -p "$KAFKA_HOME" "$STACK_M2_REPO"
  tmp="$KAFKA_HOME/libs.tmp.$$"
  rm -rf "$tmp"
  # The jars are copied into a temporary folder and moved into place only when complete.
  if ! run_logged mvn -B -ntp -Dstyle.color=never -Dmaven.repo.local="$STACK_M2_REPO" -f "$KAFKA_POM" \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp"; then
    rm -rf "$tmp"
    die "Maven could not fetch the Kafka jars (log above, full log: $SETUP_LOG). Is Maven Central reachable?"
  fi
  if ! compgen -G "$tmp/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null; then
    rm -rf "$tmp"
    die "Maven finished but kafka_2.13-$KAFKA_VERSION.jar is missing from the download"
  fi
  printf '%s\n' "$want" >"$tmp/.installed"
  rm -rf "$KAFKA_LIBS_DIR"
  mv "$tmp" "$KAFKA_LIBS_DIR"
  say "Kafka jars in $KAFKA_LIBS_DIR ($((SECONDS - t0)) s)"
}

# FerretDB is built with the project's patches (deploy/local/ferretdb/patches, one change each,
# explained in the patch): a copy of its module's sources under $STACK_DIR/build gets them, and a
# copy of our go.mod that points FerretDB there (go's -modfile) builds from it. Prints that go.mod's
# path (nothing when there are no patches).
ferretdb_patched_modfile() {
  local dir="$STACK_DIR/build/ferretdb" mod patch
  compgen -G "$FERRETDB_SRC/patches/*.patch" >/dev/null || return 0
  mod="$(cd "$FERRETDB_SRC" && go mod download -json github.com/FerretDB/FerretDB | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [[ -n $mod && -d $mod ]] || die "go mod download did not give FerretDB's sources"
  rm -rf "$dir" && mkdir -p "$dir"
  cp -r "$mod" "$dir/src" && chmod -R u+w "$dir/src"
  for patch in "$FERRETDB_SRC"/patches/*.patch; do
    # The ceiling keeps git from taking the project's checkout for the patch's repository.
    (cd "$dir/src" && GIT_CEILING_DIRECTORIES="$dir" run_logged git apply "$patch") ||
      die "FerretDB patch $(basename "$patch") does not apply to FerretDB $FERRETDB_VERSION (full log: $SETUP_LOG)"
  done
  cp "$FERRETDB_SRC/go.mod" "$FERRETDB_SRC/go.sum" "$dir/"
  (cd "$FERRETDB_SRC" && go mod edit -modfile="$dir/go.mod" -replace "github.com/FerretDB/FerretDB=$dir/src") ||
    die "could not point the build at the patched FerretDB"
  printf '%s\n' "$dir/go.mod"
}

build_ferretdb() {
  local marker="$FERRETDB_BIN.sha256" want have="" tmp go_version t0 modfile patches=()
  go_version="$(go env GOVERSION)"
  mapfile -t patches < <(compgen -G "$FERRETDB_SRC/patches/*.patch" | sort)
  want="ferretdb $FERRETDB_VERSION $go_version $(fingerprint "$FERRETDB_SRC/main.go" "$FERRETDB_SRC/go.mod" "$FERRETDB_SRC/go.sum" "${patches[@]}")"
  [[ -f $marker ]] && have="$(<"$marker")"
  if [[ -x $FERRETDB_BIN && $have == "$want" ]]; then
    return 0
  fi

  say "building FerretDB $FERRETDB_VERSION with the project's patches (first run only)…"
  t0=$SECONDS
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  tmp="$FERRETDB_BIN.tmp.$$"
  modfile="$(ferretdb_patched_modfile)" || exit 1
  # Pure Go (pgx for PostgreSQL), so no C compiler is needed. -mod=readonly: never
  # rewrite the committed go.mod/go.sum during a build.
  if ! (cd "$FERRETDB_SRC" && run_logged env CGO_ENABLED=0 go build -mod=readonly -trimpath -buildvcs=false \
      ${modfile:+-modfile "$modfile"} -o "$tmp" .); then
    rm -f "$tmp"
    die "go build of $FERRETDB_SRC failed (log above, full log: $SETUP_LOG)"
  fi
  mv -f "$tmp" "$FERRETDB_BIN"
  printf '%s\n' "$want" >"$marker"
  say "FerretDB binary at $FERRETDB_BIN ($((SECONDS - t0)) s)"
}

install_postgresql() {
  qz_pg_bindir >/dev/null && return 0
  if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    die "PostgreSQL's server programs (initdb, pg_ctl) are missing.
  install on Debian/Ubuntu:  sudo apt-get install -y postgresql"
  fi
  say "installing PostgreSQL (Debian's postgresql package, first run only)…"
  if ! run_logged apt-get install -y --no-install-recommends postgresql; then
    run_logged apt-get update && run_logged apt-get install -y --no-install-recommends postgresql ||
      die "apt-get could not install postgresql (log above, full log: $SETUP_LOG)"
  fi
  qz_pg_bindir >/dev/null || die "postgresql is installed but initdb/pg_ctl were not found"
}

main() {
  check_tools
  mkdir -p "$STACK_DIR" "$LOGS_DIR"
  install_kafka_jars
  build_ferretdb
  install_postgresql
}

main "$@"
