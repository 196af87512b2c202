# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this file
# Settings for the local stack (Kafka 3.9.2 + FerretDB 1.24.2 on PostgreSQL). Source it:
#
#   source deploy/local/env.sh
#
# Every setting can be overridden by exporting it first. Sourcing sets KAFKA_BROKERS and
# MONGO_URL for the services and tests unless they are already set.
# No `set -euo pipefail` here on purpose: this file is sourced into the caller's shell.

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"

# Versions (the jars come from deploy/local/kafka/pom.xml, FerretDB from ferretdb/go.mod).
KAFKA_VERSION=3.9.2
FERRETDB_VERSION=1.24.2

# Everything downloaded, built or written at run time lives under STACK_DIR (git-ignored).
: "${STACK_DIR:=$REPO_ROOT/.stack}"
# Where one running stack keeps its config, data, logs and pid files. Tests that need a broker of
# their own (e.g. to stop it) point this elsewhere and pick other ports; the jars and the FerretDB
# binary are shared.
: "${STACK_INSTANCE_DIR:=$STACK_DIR}"
: "${KAFKA_PORT:=9092}"
: "${KAFKA_CONTROLLER_PORT:=9093}"
: "${MONGO_PORT:=27017}"
# PostgreSQL, FerretDB's backend (listens on 127.0.0.1 only). Not 5432, so that a PostgreSQL of the
# machine's own can go on running beside it.
: "${PG_PORT:=55432}"
# Seconds `stack.sh up` waits for readiness and `stack.sh down` waits before SIGKILL.
: "${STACK_START_TIMEOUT:=120}"
: "${STACK_STOP_TIMEOUT:=30}"
# Kafka JVM heap.
: "${KAFKA_HEAP_OPTS:=-Xmx1g -Xms256m}"
# Maven local repository used to fetch the Kafka jars (kept inside STACK_DIR, not ~/.m2).
: "${STACK_M2_REPO:=$STACK_DIR/m2}"

# KAFKA_SASL=on: the broker takes only SASL/SCRAM-SHA-512 clients (a user per service, passwords
# in KAFKA_CREDENTIALS_DIR, one file per user) and applies ACLs (issue 16 §3). Off by default; it
# needs storage formatted with the users, i.e. a new instance (`stack.sh reset kafka` deletes the
# broker's data). Each service then sets KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD_FILE.
: "${KAFKA_SASL:=off}"
KAFKA_CREDENTIALS_DIR="$STACK_INSTANCE_DIR/kafka/credentials"
export KAFKA_SASL KAFKA_CREDENTIALS_DIR

KAFKA_HOME="$STACK_DIR/kafka"
KAFKA_LIBS_DIR="$KAFKA_HOME/libs"
KAFKA_CONFIG="$STACK_INSTANCE_DIR/kafka/server.properties"
KAFKA_TEMPLATE="$LOCAL_DIR/kafka/server.properties.template"
KAFKA_SASL_TEMPLATE="$LOCAL_DIR/kafka/server.properties.sasl"
KAFKA_LOG4J="$LOCAL_DIR/kafka/log4j.properties"
KAFKA_POM="$LOCAL_DIR/kafka/pom.xml"

FERRETDB_SRC="$LOCAL_DIR/ferretdb"
FERRETDB_BIN="$STACK_DIR/bin/ferretdb"

DATA_DIR="$STACK_INSTANCE_DIR/data"
KAFKA_DATA_DIR="$DATA_DIR/kafka"
# PostgreSQL's cluster (data directory) and the one database FerretDB keeps every service's data in.
# PostgreSQL refuses to run as root: as root, the cluster belongs to and runs as PG_OS_USER (the
# `postgres` user that Debian's package creates, or one stack.sh creates), so its folder must be
# reachable by that user; stack.sh says what to do when it is not.
: "${PG_DATA_DIR:=$DATA_DIR/postgres}"
: "${PG_OS_USER:=postgres}"
PG_DATABASE=ferretdb
# pool_max_conns: FerretDB 1.24 holds its metadata lock while it waits for a pooled connection to
# create a collection, and every open cursor keeps a connection; with its default of 50, a burst
# of concurrent requests (many test databases at once) can take them all and deadlock it for good.
PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/$PG_DATABASE?pool_max_conns=250"

LOGS_DIR="$STACK_INSTANCE_DIR/logs"
KAFKA_OUT="$LOGS_DIR/kafka.out"
KAFKA_SERVER_LOG="$LOGS_DIR/kafka-server.log"
FERRETDB_LOG="$LOGS_DIR/ferretdb.log"
PG_LOG="$LOGS_DIR/postgres.log"

RUN_DIR="$STACK_INSTANCE_DIR/run"
KAFKA_PID_FILE="$RUN_DIR/kafka.pid"
FERRETDB_PID_FILE="$RUN_DIR/ferretdb.pid"

export STACK_DIR STACK_INSTANCE_DIR KAFKA_PORT KAFKA_CONTROLLER_PORT MONGO_PORT PG_PORT

# Connection settings for the services and tests.
: "${KAFKA_BROKERS:=127.0.0.1:$KAFKA_PORT}"
: "${MONGO_URL:=mongodb://127.0.0.1:$MONGO_PORT/?retryWrites=false}"
# KafkaJS 2.x prints a partitioner warning at every producer start otherwise.
: "${KAFKAJS_NO_PARTITIONER_WARNING:=1}"
export KAFKA_BROKERS MONGO_URL KAFKAJS_NO_PARTITIONER_WARNING

# Authentication with local keys (`npm run auth:keys` creates them; run.sh and the tests do it):
# the demo identity provider signs users' tokens, the gateway signs its assertions to the subgraphs.
# Production sets AUTH_JWKS_URL (the provider's keys) and its own key files instead.
: "${AUTH_KEYS_DIR:=$STACK_DIR/keys}"
: "${AUTH_ISSUER:=https://auth.qz.local}"
: "${AUTH_AUDIENCE:=qz-child-protection}"
: "${AUTH_PUBLIC_KEY_FILE:=$AUTH_KEYS_DIR/issuer.public.pem}"
: "${GATEWAY_PRIVATE_KEY_FILE:=$AUTH_KEYS_DIR/gateway.private.pem}"
: "${GATEWAY_PUBLIC_KEY_FILE:=$AUTH_KEYS_DIR/gateway.public.pem}"
export AUTH_KEYS_DIR AUTH_ISSUER AUTH_AUDIENCE AUTH_PUBLIC_KEY_FILE GATEWAY_PRIVATE_KEY_FILE GATEWAY_PUBLIC_KEY_FILE

# The folder of PostgreSQL's server programs (initdb, postgres, pg_dump): pg_config's answer, or
# the newest of Debian's versioned folders. Fails when there is none (setup.sh installs them).
qz_pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -x $dir/initdb && -x $dir/postgres ]]; then printf '%s\n' "$dir"; return 0; fi
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x $dir/initdb && -x $dir/postgres ]]; then printf '%s\n' "$dir"; return 0; fi
  done
  return 1
}
