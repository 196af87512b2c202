#!/usr/bin/env bash
# Prints every subgraph's SDL from the code into schema/<service>.graphql and composes the gateway's
# supergraph from them into schema/supergraph.graphql. Run after changing a resolver or a GraphQL
# type; commit the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
for service in registry education health police assistance; do
  node -r @swc-node/register tools/schema/print-subgraph.cli.ts "$service" > "schema/$service.graphql.tmp"
  mv "schema/$service.graphql.tmp" "schema/$service.graphql"
  echo "printed schema/$service.graphql"
done
node -r @swc-node/register tools/schema/compose.cli.ts
