#!/usr/bin/env bash
# The local stack: one Kafka 3.9.2 broker (KRaft) and FerretDB 1.24.2 on PostgreSQL (Debian's),
# run as plain processes, no Docker. Everything lives under $STACK_DIR (default <repo>/.stack).
# "ferretdb" names the store: PostgreSQL and FerretDB in front of it.
#
#   stack.sh up [kafka|ferretdb]    fetch/build if needed (setup.sh), start what is not running,
#                                   wait until ready (both unless one is named)
#   stack.sh down [kafka|ferretdb]  stop (SIGTERM, then SIGKILL after $STACK_STOP_TIMEOUT s)
#   stack.sh status  running/stopped, pids, ports, log files; exit 0 only if all are running
#   stack.sh logs [kafka|ferretdb|postgres] [-f]   last lines of the logs, or follow them
#   stack.sh reset [kafka|ferretdb]   down, then delete the data of both (or of one; keeps jars and binary)
#   stack.sh backup FILE    the store's whole content into FILE (pg_dump, custom format)
#   stack.sh restore FILE   replace the store's content with FILE's (FerretDB restarts)
#
# Settings (ports, STACK_DIR, timeouts): deploy/local/env.sh. After `up`:
#   KAFKA_BROKERS=127.0.0.1:9092  MONGO_URL=mongodb://127.0.0.1:27017/?retryWrites=false
#   (PostgreSQL itself on 127.0.0.1:$PG_PORT, 55432 by default)
set -euo pipefail

# shellcheck source=env.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KAFKA_LOG_OFFSET_FILE="$RUN_DIR/kafka.log-offset"
KAFKA_MATCH="kafka.Kafka $KAFKA_CONFIG"
FERRETDB_MATCH="$FERRETDB_BIN -listen-addr"
PG_PID_FILE="$RUN_DIR/postgres.pid"

say() { printf '%s\n' "$*"; }
warn() { printf 'stack: %s\n' "$*" >&2; }
die() { printf 'stack: ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# ---------------------------------------------------------------------------------------------
# helpers

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who listens on a port, as `ss` tells it (empty if ss is missing or tells nothing).
port_owner() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n 1
}

file_size() { if [[ -f $1 ]]; then stat -c %s "$1"; else echo 0; fi; }

alive() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 1
  # a zombie still answers kill -0
  ! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" 2>/dev/null
}

# running_pid PIDFILE MATCH: prints the pid when the process in PIDFILE is alive and its command
# line contains MATCH; otherwise removes a stale PIDFILE and fails. A daemon started through
# `nohup setsid …` execs twice more after record_launch saw MATCH (nohup's and setsid's command
# lines contain it too), and during an exec its command line reads empty: a live process whose
# command line does not match is read again for up to a second before it counts as not ours.
running_pid() {
  local pidfile=$1 match=$2 pid cmdline tries=20
  [[ -f $pidfile ]] || return 1
  pid="$(<"$pidfile")"
  while [[ $pid =~ ^[0-9]+$ ]] && alive "$pid"; do
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
    if [[ $cmdline == *"$match"* ]]; then
      printf '%s\n' "$pid"
      return 0
    fi
    ((--tries > 0)) || break
    sleep 0.05
  done
  warn "removing stale pid file $pidfile (pid $pid is not ours or not running)"
  rm -f "$pidfile"
  return 1
}

# record_launch PIDFILE PID MATCH: waits (up to 5 s) until the process just started with `&` has
# exec'd into the daemon, so that its command line contains MATCH, then writes PIDFILE. Right
# after the fork the child still shows this script's command line, and running_pid would take the
# new pid file for a stale one.
record_launch() {
  local pidfile=$1 pid=$2 match=$3 cmdline tries=50
  while ((tries-- > 0)) && alive "$pid"; do
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
    [[ $cmdline == *"$match"* ]] && break
    sleep 0.1
  done
  printf '%s\n' "$pid" >"$pidfile"
}

# Fails with a clear message when something else listens on the port.
require_port_free() {
  local what=$1 port=$2 owner
  if port_open "$port"; then
    owner="$(port_owner "$port")"
    die "port $port (needed by $what) is already in use by another process${owner:+: $owner}.
  Stop that process, or pick other ports, e.g.  KAFKA_PORT=19092 KAFKA_CONTROLLER_PORT=19093 MONGO_PORT=27018 $0 up
  (export the same variables where the services and tests run)."
  fi
}

show_log_tail() {
  local f
  for f in "$@"; do
    if [[ -s $f ]]; then
      printf -- '----- last 30 lines of %s -----\n' "$f" >&2
      tail -n 30 "$f" >&2
    fi
  done
}

lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/stack.lock"
  flock -n 9 && return 0
  say "waiting for another stack.sh to finish (lock $RUN_DIR/stack.lock)…"
  if ! flock -w 300 9; then
    die "another stack.sh is still running (lock $RUN_DIR/stack.lock)"
  fi
}

java_opts() {
  local heap
  read -r -a heap <<<"$KAFKA_HEAP_OPTS"
  printf '%s\n' "${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    "-Dkafka.logs.dir=$LOGS_DIR" "-Dlog4j.configuration=file:$KAFKA_LOG4J"
}

# ---------------------------------------------------------------------------------------------
# Kafka

render_kafka_config() {
  local t
  t="$(<"$KAFKA_TEMPLATE")"
  if kafka_sasl; then
    make_kafka_credentials
    t+="$(<"$KAFKA_SASL_TEMPLATE")"
    t="${t//@KAFKA_ADMIN_PASSWORD@/"$(<"$KAFKA_CREDENTIALS_DIR/admin")"}"
  fi
  # quoted replacements: no pattern or `&` interpretation of the values
  t="${t//@KAFKA_PORT@/"$KAFKA_PORT"}"
  t="${t//@KAFKA_CONTROLLER_PORT@/"$KAFKA_CONTROLLER_PORT"}"
  t="${t//@KAFKA_DATA_DIR@/"$KAFKA_DATA_DIR"}"
  mkdir -p "$(dirname "$KAFKA_CONFIG")"
  printf '%s\n' "$t" >"$KAFKA_CONFIG"
}

format_kafka_storage() {
  local opts cluster_id scram=() user
  if [[ -f $KAFKA_DATA_DIR/meta.properties ]]; then
    if kafka_sasl && [[ ! -f $KAFKA_DATA_DIR/sasl-users ]]; then
      die "KAFKA_SASL=on needs a broker whose storage was formatted with its users; this one's was not ($KAFKA_DATA_DIR). \`stack.sh reset kafka\` deletes its data; or use another STACK_INSTANCE_DIR."
    fi
    return 0
  fi
  if kafka_sasl; then
    for user in admin $(kafka_users); do
      scram+=(--add-scram "SCRAM-SHA-512=[name=$user,password=$(<"$KAFKA_CREDENTIALS_DIR/$user")]")
    done
  fi
  mapfile -t opts < <(java_opts)
  say "kafka: formatting storage in $KAFKA_DATA_DIR (first run only)"
  mkdir -p "$KAFKA_DATA_DIR"
  cluster_id="$(java "${opts[@]}" -cp "$KAFKA_LIBS_DIR/*" kafka.tools.StorageTool random-uuid 2>>"$KAFKA_OUT")" ||
    { show_log_tail "$KAFKA_OUT"; die "kafka.tools.StorageTool random-uuid failed"; }
  if ! java "${opts[@]}" -cp "$KAFKA_LIBS_DIR/*" kafka.tools.StorageTool format \
      -t "$cluster_id" -c "$KAFKA_CONFIG" --ignore-formatted "${scram[@]}" >>"$KAFKA_OUT" 2>&1; then
    show_log_tail "$KAFKA_OUT" "$KAFKA_SERVER_LOG"
    die "formatting Kafka storage failed"
  fi
  if kafka_sasl; then kafka_users >"$KAFKA_DATA_DIR/sasl-users"; fi
}

# ---- KAFKA_SASL=on (issue 16 §3): users, passwords and ACLs; nothing of it when off ----
kafka_sasl() { [[ $KAFKA_SASL == on ]]; }

ACLS_CLI="$REPO_ROOT/tools/k8s/local-kafka-acls.cli.ts"
kafka_users() { (cd "$REPO_ROOT" && node -r @swc-node/register "$ACLS_CLI" users); }

# A random password per user (and the admin), once, readable by the owner only.
make_kafka_credentials() {
  local user
  mkdir -p "$KAFKA_CREDENTIALS_DIR"
  chmod 700 "$KAFKA_CREDENTIALS_DIR"
  for user in admin $(kafka_users); do
    [[ -s $KAFKA_CREDENTIALS_DIR/$user ]] && continue
    (umask 077 && od -An -tx1 -N24 /dev/urandom | tr -d ' \n' >"$KAFKA_CREDENTIALS_DIR/$user")
  done
}

# Every topic of the contracts and every user's ACLs, as the admin (idempotent: run at each up).
apply_kafka_acls() {
  say "kafka: topics and ACLs for the services' users (KAFKA_SASL=on)"
  (cd "$REPO_ROOT" && KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" node -r @swc-node/register "$ACLS_CLI" apply) ||
    die "applying the Kafka ACLs failed"
}

# Called only when no Kafka of ours is running (see cmd_up).
start_kafka() {
  local opts
  render_kafka_config
  format_kafka_storage
  mapfile -t opts < <(java_opts)
  # readiness is judged from the server log written after this point
  file_size "$KAFKA_SERVER_LOG" >"$KAFKA_LOG_OFFSET_FILE"
  printf '\n===== %s starting kafka =====\n' "$(date -Is)" >>"$KAFKA_OUT"
  # setsid: own session, so Ctrl-C in the calling terminal does not reach the broker;
  # 9>&-: the daemon must not inherit (and so keep holding) the stack.sh lock
  nohup setsid java "${opts[@]}" -cp "$KAFKA_LIBS_DIR/*" kafka.Kafka "$KAFKA_CONFIG" \
    >>"$KAFKA_OUT" 2>&1 </dev/null 9>&- &
  record_launch "$KAFKA_PID_FILE" "$!" "$KAFKA_MATCH"
  say "kafka: started (pid $!), waiting until ready…"
}

KAFKA_WAS_RUNNING=0
kafka_ready() {
  local offset=0 size
  port_open "$KAFKA_PORT" || return 1
  # A broker found running was ready before; its log may have rolled since (log4j keeps 20 MB
  # files), so the start line is not looked for again.
  ((KAFKA_WAS_RUNNING)) && return 0
  [[ -f $KAFKA_SERVER_LOG ]] || return 1
  [[ -f $KAFKA_LOG_OFFSET_FILE ]] && offset="$(<"$KAFKA_LOG_OFFSET_FILE")"
  # The log rolled over since the launch (log4j at 20 MB, thousands of consumer groups loaded at
  # start can do it): the rolled file holds what was written after the launch from `offset` on,
  # and the new file holds only what came after.
  if [[ -f $KAFKA_SERVER_LOG.1 && $KAFKA_SERVER_LOG.1 -nt $KAFKA_LOG_OFFSET_FILE ]]; then
    grep -q 'Kafka Server started' < <(tail -c "+$((offset + 1))" "$KAFKA_SERVER_LOG.1") && return 0
    offset=0
  fi
  size="$(file_size "$KAFKA_SERVER_LOG")"
  ((size >= offset)) || offset=0 # the log rolled over meanwhile
  # logged by KafkaRaftServer once broker and controller are up and the broker is unfenced. Not
  # `tail | grep -q`: grep stops at the line, tail then dies of SIGPIPE when much was logged after
  # it (thousands of consumer groups loaded), and with pipefail the line found counts as not found.
  grep -q 'Kafka Server started' < <(tail -c "+$((offset + 1))" "$KAFKA_SERVER_LOG")
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL (FerretDB's backend)

PG_BIN=""
pg_bin() {
  [[ -n $PG_BIN ]] || PG_BIN="$(qz_pg_bindir)" || die "PostgreSQL's programs are missing (setup.sh installs them: bash $LOCAL_DIR/setup.sh)"
  printf '%s\n' "$PG_BIN"
}

is_root() { [[ $(id -u) == 0 ]]; }

# as_pg CMD...: runs CMD as the cluster's owner (PostgreSQL refuses to run as root). setpriv
# execs in place, so a daemon started this way keeps the pid recorded for it.
as_pg() {
  if is_root; then
    (cd / && exec setpriv --reuid="$PG_OS_USER" --regid="$PG_OS_USER" --init-groups "$@")
  else
    "$@"
  fi
}

# As root: the unprivileged user that owns and runs the cluster, created when missing, and a data
# folder that user can reach. When the repository sits where that user cannot go (under /root, say),
# the cluster moves to /var/lib/qz-stack/<id of this stack>/postgres, and stack.sh says so.
prepare_pg_owner() {
  is_root || return 0
  if ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_OS_USER" ||
      die "could not create the user $PG_OS_USER that runs PostgreSQL"
    say "postgres: created the system user $PG_OS_USER (PostgreSQL does not run as root)"
  fi
  mkdir -p "$PG_DATA_DIR"
  if ! as_pg test -x "$PG_DATA_DIR/.." 2>/dev/null; then
    local moved
    moved="/var/lib/qz-stack/$(printf '%s' "$STACK_INSTANCE_DIR" | sha256sum | cut -c1-12)/postgres"
    rmdir "$PG_DATA_DIR" 2>/dev/null || true
    say "postgres: $PG_OS_USER cannot reach $(dirname "$PG_DATA_DIR"); the cluster lives in $moved"
    PG_DATA_DIR="$moved"
    mkdir -p "$PG_DATA_DIR"
  fi
  chown "$PG_OS_USER:" "$PG_DATA_DIR"
  chmod 700 "$PG_DATA_DIR"
}

# The data folder in use (the fallback above when the default one is not reachable).
resolve_pg_data_dir() {
  local moved
  moved="/var/lib/qz-stack/$(printf '%s' "$STACK_INSTANCE_DIR" | sha256sum | cut -c1-12)/postgres"
  if [[ ! -f $PG_DATA_DIR/PG_VERSION && -f $moved/PG_VERSION ]]; then PG_DATA_DIR="$moved"; fi
}

init_pg_cluster() {
  [[ -f $PG_DATA_DIR/PG_VERSION ]] && return 0
  say "postgres: creating the cluster in $PG_DATA_DIR (first run only)"
  # trust on 127.0.0.1 only: a local development store, reachable by nothing but this machine.
  if ! as_pg "$(pg_bin)/initdb" -D "$PG_DATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      --no-instructions >>"$PG_LOG" 2>&1; then
    show_log_tail "$PG_LOG"
    die "initdb failed (log above; full log: $PG_LOG)"
  fi
}

# Settings given on the command line, so a change here needs no new cluster. No unix socket (TCP on
# loopback only); synchronous_commit=off: a crash of the machine may lose the last second of
# commits but never corrupts the store, and commits do not wait for the disk.
pg_server_args() {
  printf '%s\n' -D "$PG_DATA_DIR" -p "$PG_PORT" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
    -c max_connections=400 -c shared_buffers=256MB -c synchronous_commit=off \
    -c max_wal_size=2GB -c checkpoint_timeout=15min -c logging_collector=off
}

start_postgres() {
  local args
  prepare_pg_owner
  init_pg_cluster
  mapfile -t args < <(pg_server_args)
  local runner=()
  is_root && runner=(setpriv --reuid="$PG_OS_USER" --regid="$PG_OS_USER" --init-groups)
  printf '\n===== %s starting postgres =====\n' "$(date -Is)" >>"$PG_LOG"
  # setsid: Ctrl-C in the calling terminal does not reach it; setpriv execs, keeping the pid.
  (cd / && exec nohup setsid "${runner[@]}" "$(pg_bin)/postgres" "${args[@]}" >>"$PG_LOG" 2>&1 </dev/null 9>&-) &
  record_launch "$PG_PID_FILE" "$!" "postgres -D $PG_DATA_DIR"
  say "postgres: started (pid $(<"$PG_PID_FILE")), waiting until ready…"
}

pg_ready() {
  port_open "$PG_PORT" || return 1
  "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres
}

pg_psql() { "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

# Waits for PostgreSQL, then makes FerretDB's database when it is not there yet.
wait_postgres() {
  local deadline=$((SECONDS + STACK_START_TIMEOUT))
  until pg_ready; do
    if ! running_pid "$PG_PID_FILE" "postgres -D" >/dev/null; then
      show_log_tail "$PG_LOG"
      die "postgres exited during start-up (log above; full log: $PG_LOG)"
    fi
    ((SECONDS < deadline)) || { show_log_tail "$PG_LOG"; die "postgres not ready after ${STACK_START_TIMEOUT} s"; }
    sleep 0.2
  done
  if [[ -z $(pg_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'") ]]; then
    pg_psql -d postgres -c "CREATE DATABASE $PG_DATABASE" || die "could not create the database $PG_DATABASE"
  fi
  # Indexes PostgreSQL can use for FerretDB's equality filters (see the file).
  pg_psql -d "$PG_DATABASE" -v dbname="$PG_DATABASE" -f "$LOCAL_DIR/ferretdb/pg-indexes.sql" >/dev/null ||
    die "could not set up the store's indexes (deploy/local/ferretdb/pg-indexes.sql)"
  say "postgres: ready on 127.0.0.1:$PG_PORT"
}

# ---------------------------------------------------------------------------------------------
# FerretDB

# Called only when no FerretDB of ours is running (see cmd_up).
start_ferretdb() {
  printf '\n===== %s starting ferretdb =====\n' "$(date -Is)" >>"$FERRETDB_LOG"
  nohup setsid "$FERRETDB_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" -postgresql-url "$PG_URL" \
    >>"$FERRETDB_LOG" 2>&1 </dev/null 9>&- &
  record_launch "$FERRETDB_PID_FILE" "$!" "$FERRETDB_MATCH"
  say "ferretdb: started (pid $!), waiting until ready…"
}

ferretdb_ready() {
  port_open "$MONGO_PORT" || return 1
  # a count through the MongoDB Go driver: proves the wire protocol and the PostgreSQL backend work
  "$FERRETDB_BIN" -ping "127.0.0.1:$MONGO_PORT" -ping-timeout 2s >/dev/null 2>&1
}

# ---------------------------------------------------------------------------------------------
# commands

# Which components a command acts on: WANT_KAFKA / WANT_FERRETDB (1 or 0).
select_components() {
  case ${1:-all} in
    all) WANT_KAFKA=1 WANT_FERRETDB=1 ;;
    kafka) WANT_KAFKA=1 WANT_FERRETDB=0 ;;
    ferretdb) WANT_KAFKA=0 WANT_FERRETDB=1 ;;
    *) die "unknown component '$1' (use kafka or ferretdb, or nothing for both)" ;;
  esac
}

wait_ready() {
  local start=$SECONDS deadline=$((SECONDS + STACK_START_TIMEOUT)) kafka_ok=$((1 - WANT_KAFKA)) ferretdb_ok=$((1 - WANT_FERRETDB))
  while :; do
    if ((!kafka_ok)); then
      if ! running_pid "$KAFKA_PID_FILE" "$KAFKA_MATCH" >/dev/null; then
        show_log_tail "$KAFKA_OUT" "$KAFKA_SERVER_LOG"
        die "kafka exited during start-up (logs above; full logs: $KAFKA_SERVER_LOG, $KAFKA_OUT)"
      fi
      if kafka_ready; then
        kafka_ok=1
        say "kafka: ready on 127.0.0.1:$KAFKA_PORT ($((SECONDS - start)) s)"
      fi
    fi
    if ((!ferretdb_ok)); then
      if ! running_pid "$FERRETDB_PID_FILE" "$FERRETDB_MATCH" >/dev/null; then
        show_log_tail "$FERRETDB_LOG"
        die "ferretdb exited during start-up (logs above; full log: $FERRETDB_LOG)"
      fi
      if ferretdb_ready; then
        ferretdb_ok=1
        say "ferretdb: ready on 127.0.0.1:$MONGO_PORT ($((SECONDS - start)) s)"
      fi
    fi
    ((kafka_ok && ferretdb_ok)) && return 0
    if ((SECONDS >= deadline)); then
      ((kafka_ok)) || show_log_tail "$KAFKA_OUT" "$KAFKA_SERVER_LOG"
      ((ferretdb_ok)) || show_log_tail "$FERRETDB_LOG"
      die "not ready after ${STACK_START_TIMEOUT} s:$( ((kafka_ok)) || printf ' kafka')$( ((ferretdb_ok)) || printf ' ferretdb').
  The processes are left running for inspection; \`$0 down\` stops them.
  Raise the limit with STACK_START_TIMEOUT=<seconds>."
    fi
    sleep 0.5
  done
}

print_env() {
  say "logs:    $KAFKA_SERVER_LOG  (JVM output: $KAFKA_OUT)"
  say "         $FERRETDB_LOG"
  say "connect: KAFKA_BROKERS=$KAFKA_BROKERS"
  if kafka_sasl; then say "         KAFKA_SASL_USERNAME=<service> KAFKA_SASL_PASSWORD_FILE=$KAFKA_CREDENTIALS_DIR/<service>"; fi
  say "         MONGO_URL=$MONGO_URL"
}

cmd_up() {
  select_components "${1:-all}"
  lock
  bash "$LOCAL_DIR/setup.sh"
  mkdir -p "$LOGS_DIR" "$RUN_DIR" "$DATA_DIR"
  local kpid="" fpid="" ppid=""
  resolve_pg_data_dir
  kpid="$(running_pid "$KAFKA_PID_FILE" "$KAFKA_MATCH")" || kpid=""
  fpid="$(running_pid "$FERRETDB_PID_FILE" "$FERRETDB_MATCH")" || fpid=""
  ppid="$(running_pid "$PG_PID_FILE" "postgres -D")" || ppid=""
  # check every port before starting anything, so a conflict leaves nothing half-started
  if ((WANT_KAFKA)) && [[ -z $kpid ]]; then
    require_port_free "Kafka" "$KAFKA_PORT"
    require_port_free "the Kafka controller" "$KAFKA_CONTROLLER_PORT"
  fi
  if ((WANT_FERRETDB)) && [[ -z $fpid ]]; then require_port_free "FerretDB" "$MONGO_PORT"; fi
  if ((WANT_FERRETDB)) && [[ -z $ppid ]]; then require_port_free "PostgreSQL" "$PG_PORT"; fi
  if ((WANT_KAFKA)); then
    if [[ -n $kpid ]]; then
      say "kafka: already running (pid $kpid)"
      KAFKA_WAS_RUNNING=1
    else
      start_kafka
    fi
  fi
  if ((WANT_FERRETDB)); then
    # FerretDB starts once its backend answers (Kafka starts meanwhile).
    if [[ -n $ppid ]]; then say "postgres: already running (pid $ppid)"; else start_postgres; fi
    wait_postgres
    if [[ -n $fpid ]]; then say "ferretdb: already running (pid $fpid)"; else start_ferretdb; fi
  fi
  wait_ready
  if ((WANT_KAFKA)) && kafka_sasl; then apply_kafka_acls; fi
  print_env
}

stop_one() {
  local name=$1 pidfile=$2 match=$3 pid
  if ! pid="$(running_pid "$pidfile" "$match")"; then
    say "$name: not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  printf '%s\n' "$pid"
}

wait_stopped() {
  local name=$1 pidfile=$2 pid=$3 deadline=$((SECONDS + STACK_STOP_TIMEOUT))
  while alive "$pid"; do
    if ((SECONDS >= deadline)); then
      warn "$name (pid $pid) did not stop within ${STACK_STOP_TIMEOUT} s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  rm -f "$pidfile"
  say "$name: stopped (pid $pid)"
}

cmd_down() {
  local kpid="" fpid="" ppid=""
  select_components "${1:-all}"
  lock
  resolve_pg_data_dir
  say "stopping…"
  # signal both first, then wait: they shut down in parallel
  ((WANT_KAFKA)) && kpid="$(stop_one kafka "$KAFKA_PID_FILE" "$KAFKA_MATCH")"
  ((WANT_FERRETDB)) && fpid="$(stop_one ferretdb "$FERRETDB_PID_FILE" "$FERRETDB_MATCH")"
  if [[ $kpid =~ ^[0-9]+$ ]]; then wait_stopped kafka "$KAFKA_PID_FILE" "$kpid"; elif [[ -n $kpid ]]; then say "$kpid"; fi
  if [[ $fpid =~ ^[0-9]+$ ]]; then wait_stopped ferretdb "$FERRETDB_PID_FILE" "$fpid"; elif [[ -n $fpid ]]; then say "$fpid"; fi
  # PostgreSQL last, once FerretDB has closed its connections; SIGINT is its fast shutdown.
  if ((WANT_FERRETDB)) && ppid="$(running_pid "$PG_PID_FILE" "postgres -D")"; then
    kill -INT "$ppid" 2>/dev/null || true
    wait_stopped postgres "$PG_PID_FILE" "$ppid"
  elif ((WANT_FERRETDB)); then
    say "postgres: not running"
  fi
}

status_line() {
  local name=$1 pidfile=$2 match=$3 ports=$4 logs=$5 pid
  if pid="$(running_pid "$pidfile" "$match" 2>/dev/null)"; then
    printf '%-9s running  pid %-8s %s  log: %s\n' "$name" "$pid" "$ports" "$logs"
    return 0
  fi
  printf '%-9s stopped  %-12s %s  log: %s\n' "$name" "" "$ports" "$logs"
  return 1
}

cmd_status() {
  local rc=0
  status_line kafka "$KAFKA_PID_FILE" "$KAFKA_MATCH" \
    "127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT)" \
    "$KAFKA_SERVER_LOG (JVM output: $KAFKA_OUT)" || rc=3
  status_line ferretdb "$FERRETDB_PID_FILE" "$FERRETDB_MATCH" \
    "127.0.0.1:$MONGO_PORT" "$FERRETDB_LOG" || rc=3
  resolve_pg_data_dir
  status_line postgres "$PG_PID_FILE" "postgres -D" "127.0.0.1:$PG_PORT" "$PG_LOG" || rc=3
  say "data:     $DATA_DIR$([[ $PG_DATA_DIR == "$DATA_DIR"/* ]] || printf ' (PostgreSQL: %s)' "$PG_DATA_DIR")"
  say "connect:  KAFKA_BROKERS=$KAFKA_BROKERS  MONGO_URL=$MONGO_URL"
  return "$rc"
}

cmd_logs() {
  local which=all follow=0 arg files=()
  for arg in "$@"; do
    case $arg in
      kafka | ferretdb | postgres) which=$arg ;;
      -f | --follow) follow=1 ;;
      *) die "logs: unknown argument '$arg' (use: logs [kafka|ferretdb|postgres] [-f])" ;;
    esac
  done
  [[ $which == all || $which == kafka ]] && files+=("$KAFKA_SERVER_LOG" "$KAFKA_OUT")
  [[ $which == all || $which == ferretdb ]] && files+=("$FERRETDB_LOG")
  [[ $which == all || $which == postgres ]] && files+=("$PG_LOG")
  if ((follow)); then
    exec tail -n 20 -F "${files[@]}"
  fi
  local f
  for f in "${files[@]}"; do
    printf -- '----- %s -----\n' "$f"
    if [[ -f $f ]]; then tail -n 30 "$f"; else say "(no such file yet)"; fi
  done
}

cmd_reset() {
  local which=${1:-all}
  cmd_down "$which"
  select_components "$which"
  # guard against a surprising STACK_DIR before deleting anything
  [[ -n $STACK_INSTANCE_DIR && $DATA_DIR == "$STACK_INSTANCE_DIR/data" && $STACK_INSTANCE_DIR != / ]] ||
    die "refusing to delete $DATA_DIR"
  if ((WANT_KAFKA)); then
    rm -rf "$KAFKA_DATA_DIR" "$KAFKA_CONFIG" "$KAFKA_LOG_OFFSET_FILE"
    say "deleted the Kafka data in $KAFKA_DATA_DIR (jars and logs kept)"
  fi
  if ((WANT_FERRETDB)); then
    resolve_pg_data_dir
    rm -rf "$PG_DATA_DIR" "$DATA_DIR/ferretdb"
    say "deleted the store's data in $PG_DATA_DIR (binary and logs kept)"
  fi
}

# The store's whole content (every service's database) as one pg_dump file, taken while it runs.
cmd_backup() {
  local file=${1:-}
  [[ -n $file ]] || die "backup: name the file to write, e.g. stack.sh backup qz-$(date +%F).dump"
  resolve_pg_data_dir
  running_pid "$PG_PID_FILE" "postgres -D" >/dev/null && pg_ready ||
    die "backup: the store is not running (stack.sh up ferretdb)"
  local tmp="$file.partial.$$"
  if ! "$(pg_bin)/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Fc -f "$tmp" "$PG_DATABASE"; then
    rm -f "$tmp"
    die "backup: pg_dump failed; nothing written to $file"
  fi
  mv -f "$tmp" "$file"
  say "backup: the store's content is in $file ($(du -h "$file" | cut -f1)); stack.sh restore $file puts it back"
}

# Replaces the store's content with a backup. FerretDB keeps its own view of the collections, so it
# is stopped meanwhile and started again; services reconnect by themselves.
cmd_restore() {
  local file=${1:-}
  [[ -n $file && -f $file ]] || die "restore: name an existing backup file (made by stack.sh backup)"
  "$(pg_bin)/pg_restore" -l "$file" >/dev/null 2>&1 || die "restore: $file is not a backup made by stack.sh backup"
  cmd_down ferretdb >/dev/null
  exec 9>&- # cmd_up takes the lock again
  select_components ferretdb
  resolve_pg_data_dir
  mkdir -p "$LOGS_DIR" "$RUN_DIR"
  running_pid "$PG_PID_FILE" "postgres -D" >/dev/null || start_postgres
  wait_postgres >/dev/null
  pg_psql -d postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE WITH (FORCE)" -c "CREATE DATABASE $PG_DATABASE" ||
    die "restore: could not empty the database $PG_DATABASE"
  if ! "$(pg_bin)/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DATABASE" --no-owner "$file"; then
    die "restore: pg_restore failed; the store is empty (run restore again, or stack.sh reset ferretdb)"
  fi
  cmd_up ferretdb >/dev/null
  say "restore: the store holds the content of $file"
}

main() {
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  case $cmd in
    up) cmd_up "$@" ;;
    down | stop) cmd_down "$@" ;;
    status) cmd_status ;;
    logs) cmd_logs "$@" ;;
    reset) cmd_reset "$@" ;;
    backup) cmd_backup "$@" ;;
    restore) cmd_restore "$@" ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
