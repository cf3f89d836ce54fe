#!/usr/bin/env bash
# Compiles the JMH benchmarks (benchmarks/, a separate Maven project) so they cannot rot; does not run them.
# The benchmarks depend on the library's snapshot, so the library is installed first (without its tests, which
# .ci/run runs on its own). Running the suite is benchmarks/run.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests install
mvn -B -q -f benchmarks/pom.xml -DskipTests package
test -s benchmarks/target/benchmarks.jar
echo "benchmarks compiled: benchmarks/target/benchmarks.jar"
