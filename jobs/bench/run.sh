#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java/io/crisisradar/bench, e.g.
#   jobs/bench/run.sh EnrichmentBenchmark
# Arguments are JMH's (a benchmark regex first; -h lists the options). Compiles the tests first.
# Timings on shared machines are noisy: compare figures within one run, never across machines.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${CRISIS_RADAR_BENCH_BUILD:-$ROOT/target}"
cd "$ROOT"
echo "compiling benchmarks (mvn test-compile)…" >&2
mvn -B -q -ntp test-compile dependency:build-classpath -Dspotless.check.skip=true -Dbuild.dir="$BUILD" \
  -DincludeScope=test -Dmdep.outputFile="$BUILD/bench-classpath.txt"
exec java -Dcrisisradar.project.dir="$ROOT" -cp "$BUILD/test-classes:$BUILD/classes:$(cat "$BUILD/bench-classpath.txt")" \
  org.openjdk.jmh.Main "$@"
