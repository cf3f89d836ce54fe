#!/usr/bin/env bash
# The soak run (not in CI): the client's mixed workload against the emulator with faults, sampled every minute.
#
#   benchmarks/soak.sh [MINUTES] [NAME]   # default 15 minutes, NAME soak-<UTC date>-<time>
#   benchmarks/soak.sh --no-build 15      # reuse benchmarks/target/benchmarks.jar
#
# Builds the library and the benchmarks jar (unless --no-build), runs SoakRun in a JVM of its own (-Xmx512m) and
# writes benchmarks/results/NAME.json, NAME.csv (one row per minute), NAME.log (the console) and NAME.svg
# (report.py soak).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build=true
if [[ "${1:-}" == "--no-build" ]]; then build=false; shift; fi
minutes="${1:-15}"
name="${2:-soak-$(date -u +%Y%m%d-%H%M)}"
jar="$here/target/benchmarks.jar"

if $build; then
  (cd "$root" && mvn -B -q -DskipTests install)
  mvn -B -q -f "$here/pom.xml" -DskipTests package
fi
mkdir -p "$here/results"
java -Xmx512m -cp "$jar" io.github.vertxtim.benchmarks.SoakRun "$minutes" "$here/results/$name" 60 32 \
  2>&1 | tee "$here/results/$name.log" | grep -E '^(soak|sample)' || true
python3 "$here/report.py" soak "$here/results/$name.json"
echo "== done: $here/results/$name.{json,csv,svg,log}"
