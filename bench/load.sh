#!/usr/bin/env bash
# Load run: 32 managers (each with 4 reports and 26 weeks of history) work through the one-on-one workflow against
# the sandbox for 120 s unmeasured (warm-up: the JIT takes that long to compile the workflow's code here), then for
# 30 s and call the health endpoint for 30 s, in three turns of 10 s each; prints throughput, p50/p95/p99, errors
# and CPU per request (JVM and local PostgreSQL) of both and their ratio. On PostgreSQL after
# `eval "$(.ci/postgres.sh start)"`, else on the embedded database.
# Size it with -Dload.clients=N -Dload.seconds=N -Dload.reports=N -Dload.weeks=N -Dload.warmup=N -Dload.rounds=N; it first prints
# the statements and answer size of each kind of request (-Dload.breakdown=false skips that).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -q -pl standalone test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
exec java "$@" -cp "standalone/target/test-classes:standalone/target/classes:$(cat standalone/target/test.classpath)" \
  dev.throughline.standalone.LoadRun
