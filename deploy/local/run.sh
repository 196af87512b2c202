#!/usr/bin/env bash
# Sets up and runs the whole system locally: npm packages, Kafka and FerretDB (fetched and built
# on first run), the five subgraph services and the gateway, with demo data. Ctrl-C stops it all.
#   GATEWAY_PORT (4000) and the subgraph ports 4001-4005 can be changed in the environment.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=env.sh
source deploy/local/env.sh
export NX_DAEMON=false NX_NO_CLOUD=true

: "${GATEWAY_PORT:=4000}"
SERVICES=(registry:4001 education:4002 health:4003 police:4004 assistance:4005)
SERVICE_LOG_DIR="$LOGS_DIR/services"
mkdir -p "$SERVICE_LOG_DIR"

step() { printf '==> %s\n' "$*"; }
pids=()
cleanup() {
  local status=$?
  trap - INT TERM EXIT
  step "stopping services"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ $stack_was_running == 1 ]] || bash deploy/local/stack.sh down || true
  exit "$status"
}

wait_ready() { # name url
  local deadline=$((SECONDS + 90))
  until curl -sf "$2" >/dev/null 2>&1; do
    if ((SECONDS > deadline)); then
      echo "$1 did not become ready; its log ($SERVICE_LOG_DIR/$1.log) ends with:" >&2
      tail -n 30 "$SERVICE_LOG_DIR/$1.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}

command -v curl >/dev/null || { echo "curl is required (apt-get install curl)" >&2; exit 1; }
for entry in "${SERVICES[@]}" "gateway:$GATEWAY_PORT"; do
  port=${entry#*:}
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port (${entry%%:*}) is already in use; stop what listens there or change the port" >&2
    exit 1
  fi
done

step "npm packages"
bash deploy/local/npm-install.sh
step "local stack (Kafka, FerretDB)"
stack_was_running=0
bash deploy/local/stack.sh status >/dev/null 2>&1 && stack_was_running=1
bash deploy/local/stack.sh up
trap cleanup INT TERM EXIT
step "build"
npm run --silent build
step "local keys (demo identity provider, gateway)"
npm run --silent auth:keys

step "starting subgraph services (logs: $SERVICE_LOG_DIR)"
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*} port=${entry#*:}
  PORT=$port MONGO_DB="qz_$name" node "dist/apps/$name/src/main.js" >"$SERVICE_LOG_DIR/$name.log" 2>&1 &
  pids+=($!)
done
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*} port=${entry#*:}
  wait_ready "$name" "http://127.0.0.1:$port/health/ready"
  echo "    $name ready on http://127.0.0.1:$port/graphql"
done

step "starting the gateway"
gateway_env=()
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*} port=${entry#*:}
  gateway_env+=("SUBGRAPH_${name^^}_URL=http://127.0.0.1:$port/graphql")
done
env "${gateway_env[@]}" PORT="$GATEWAY_PORT" node dist/apps/gateway/src/main.js >"$SERVICE_LOG_DIR/gateway.log" 2>&1 &
pids+=($!)
wait_ready gateway "http://127.0.0.1:$GATEWAY_PORT/health/live"

step "demo data"
node -r @swc-node/register tools/demo/load-demo-data.ts "http://127.0.0.1:$GATEWAY_PORT/graphql"

coordinator_token=$(npm run --silent auth:token -- coordinator)
cat <<MSG

The system is running. Open the staff console (in Chinese; sign in as a demo user) in a browser:

    http://127.0.0.1:$GATEWAY_PORT/

GraphQL clients: http://127.0.0.1:$GATEWAY_PORT/graphql (the console's 接口调试 page is a GraphiQL).
Every request needs a bearer token (Authorization: Bearer <token>); reading a child's health or
protection as the coordinator also needs a stated purpose (header x-access-purpose). Tokens of the
local demo users (8 hours):

    npm run auth:token -- --list          # the demo users, one per role and level
    npm run auth:token -- civil-affairs   # a token for one of them

For example, as the city coordinator (this token is good for 8 hours):

    TOKEN=$coordinator_token
    curl -s http://127.0.0.1:$GATEWAY_PORT/graphql -H 'content-type: application/json' \\
      -H "authorization: Bearer \$TOKEN" -H 'x-access-purpose: case conference' \\
      -d '{"query":"{ child(id: \"<id printed above>\") { familyName givenName birthDate classification { categories { category } } health { __typename } } }"}'

Logs: $SERVICE_LOG_DIR/*.log, Kafka and FerretDB: $LOGS_DIR. Press Ctrl-C to stop everything.
MSG
wait -n "${pids[@]}" || true
echo "a service stopped; see $SERVICE_LOG_DIR" >&2
exit 1
