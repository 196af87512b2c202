#!/usr/bin/env bash
# Prints every subgraph's SDL from the code into apps/<service>/schema.graphql and composes the
# gateway's supergraph from them. Run after changing a resolver or a GraphQL type; commit the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
for service in registry education health police assistance; do
  node -r @swc-node/register tools/schema/print-subgraph.cli.ts "$service" > "apps/$service/schema.graphql.tmp"
  mv "apps/$service/schema.graphql.tmp" "apps/$service/schema.graphql"
  echo "printed apps/$service/schema.graphql"
done
node -r @swc-node/register tools/schema/compose.cli.ts
