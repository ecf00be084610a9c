#!/usr/bin/env bash
# Loads the prep view for a pairing with 1,000 sessions on H2 (file) and, when THROUGHLINE_PG_URL is set,
# PostgreSQL, beside a hand-written JDBC lower bound, and prints the ratio (target: within 2x).
# Options go to the JVM: bench/prep-view.sh -Dbenchmark.warmup=20 -Dbenchmark.iterations=50
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl core test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
exec java "$@" -cp "core/target/test-classes:core/target/classes:$(cat core/target/test.classpath)" \
  dev.throughline.core.store.PrepViewBenchmark
