#!/usr/bin/env bash
# Regenerates ../crds/ (the Strimzi CRDs the validator checks Kafka resources against) from
# Strimzi's Maven artifacts, exactly as Strimzi's own build makes them (api/pom.xml in its jar):
# io.strimzi:crd-generator run over the model classes of io.strimzi:api, both of STRIMZI_VERSION
# (pom.xml). Needs Maven and Java 21+ (JAVA: a java binary; Strimzi 1.x is built for Java 21).
# Run it after changing the version; commit the result.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA:-java}"
repo="${STRIMZI_M2_REPO:-$here/../../../../.stack/m2}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mvn -B -ntp -q -Dmaven.repo.local="$repo" -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt"
m=io.strimzi.api.kafka.model
"$java" -cp "$(cat "$tmp/cp.txt")" io.strimzi.crdgenerator.CrdGenerator \
  --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
  --crd-api-version v1 --api-versions v1 --storage-version v1 --yaml \
  "$m.kafka.Kafka=$here/../crds/040-Crd-kafka.yaml" \
  "$m.topic.KafkaTopic=$here/../crds/043-Crd-kafkatopic.yaml" \
  "$m.user.KafkaUser=$here/../crds/044-Crd-kafkauser.yaml" \
  "$m.nodepool.KafkaNodePool=$here/../crds/045-Crd-kafkanodepool.yaml"
echo "Strimzi CRDs written to $(cd "$here/../crds" && pwd)"
