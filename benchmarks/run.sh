#!/usr/bin/env bash
# Runs the whole benchmark suite in about 11.5 minutes on 2 cores and renders the results into benchmarks/README.md.
#
#   benchmarks/run.sh                 # build the library and the benchmarks jar, run everything, render
#   benchmarks/run.sh --wait-idle 600 # first wait (up to 600 s) for two 10 s windows with the machine < 15% busy
#   benchmarks/run.sh --render-only   # re-render README.md and the chart from benchmarks/results/
#
# Steps: install the library (root pom, -DskipTests) -> package benchmarks/target/benchmarks.jar ->
#   1. RoundTripBenchmark (5 clients x concurrency 1/16/256, 1 fork; each trial keeps the load on until the JIT is
#      quiet (at most 15 s), then 2x1 s warm-up and 3x2 s measured), with
#      -prof gc (allocation per call) and ClientProfiler (client CPU per call, stub CPU, latency percentiles);
#   2. LargeAnswerBenchmark: the same with account_check of 100 accounts (~8.4 KB answer), ours-call, raw-vertx,
#      ours-typed and official-sync at concurrency 16, same settings and profilers;
#   3. UserSigBenchmark, EnvelopeBenchmark and ProposedFixBenchmark (1 fork, 2x1 s warm-up, 3x0.5 s measured), with
#      -prof gc;
#   4. a JFR pass (1 ms CPU samples, allocation sampled at each TLAB refill with small fixed TLABs) over ours-call
#      and raw-vertx at concurrency 16, summarised by jfr_summary.py
#      into results/profile.md (the .jfr files stay in results/jfr/, not committed);
#   5. report.py: benchmarks/results/chart.svg, chart-large.svg and the generated part of benchmarks/README.md.
# JMH JSON goes to benchmarks/results/*.json, the console logs to benchmarks/results/*.log.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
results="$here/results"
jar="$here/target/benchmarks.jar"
wait_idle=0
render_only=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --wait-idle) wait_idle="$2"; shift 2 ;;
    --render-only) render_only=true; shift ;;
    *) echo "usage: $0 [--wait-idle SECONDS] [--render-only]" >&2; exit 2 ;;
  esac
done

loadavg() { cut -d' ' -f1 /proc/loadavg; }
# Busy share of all cores over the next $1 seconds, in percent, from /proc/stat.
busy_percent() {
  local a b
  a=($(head -1 /proc/stat)); sleep "$1"; b=($(head -1 /proc/stat))
  local busy=$(( (b[1]+b[2]+b[3]+b[6]+b[7]+b[8]) - (a[1]+a[2]+a[3]+a[6]+a[7]+a[8]) ))
  local idle=$(( (b[4]+b[5]) - (a[4]+a[5]) ))
  echo $(( 100 * busy / (busy + idle + 1) ))
}

if ! $render_only; then
  if (( wait_idle > 0 )); then
    echo "== waiting up to ${wait_idle}s for two quiet 10 s windows in a row (machine < 15% busy)"
    deadline=$(( $(date +%s) + wait_idle ))
    quiet=0
    while (( quiet < 2 && $(date +%s) < deadline )); do
      b=$(busy_percent 10)
      if (( b < 15 )); then quiet=$((quiet + 1)); else quiet=0; fi
      echo "   machine ${b}% busy"
    done
  fi

  start=$(date +%s)
  echo "== building the library and the benchmarks jar"
  (cd "$root" && mvn -B -q -DskipTests install)
  mvn -B -q -f "$here/pom.xml" -DskipTests package

  mkdir -p "$results"
  rm -rf "$results/jfr"
  load_before=$(loadavg)
  {
    echo "{"
    echo "  \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
    echo "  \"nproc\": $(nproc),"
    echo "  \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
    echo "  \"memory\": \"$(free -g | awk '/^Mem:/ {print $2 " GiB"}')\","
    echo "  \"kernel\": \"$(uname -r)\","
    echo "  \"jdk\": \"$(java -version 2>&1 | sed -n 2p | sed 's/"/\\"/g')\","
    echo "  \"load_before\": $load_before,"
  } > "$results/machine.json.tmp"

  prof=(-prof gc -prof io.github.vertxtim.benchmarks.ClientProfiler)

  echo "== 1/4 round trips (15 trials, ~6 min)"
  java -jar "$jar" 'RoundTripBenchmark' "${prof[@]}" -rf json -rff "$results/roundtrip.json" \
    2>&1 | tee "$results/roundtrip.log" | grep -E '^(# Benchmark|# Parameters|Iteration|RoundTripBenchmark)' || true
  load_mid=$(loadavg)

  echo "== 2/4 large answer: account_check of 100 accounts (4 trials, ~2 min)"
  java -jar "$jar" 'LargeAnswerBenchmark' "${prof[@]}" -rf json -rff "$results/large-answer.json" \
    2>&1 | tee "$results/large-answer.log" | grep -E '^(# Benchmark|# Parameters|Iteration|LargeAnswerBenchmark)' || true

  echo "== 3/4 usersig and envelope codec, and the sketches of proposed fixes (~1.5 min)"
  java -jar "$jar" 'UserSigBenchmark|EnvelopeBenchmark|ProposedFixBenchmark' -prof gc -rf json -rff "$results/codec.json" \
    2>&1 | tee "$results/codec.log" | grep -E '^(# Benchmark|# Parameters|(UserSig|Envelope|ProposedFix)Benchmark)' || true

  echo "== 4/4 JFR profile of ours-call and raw-vertx at concurrency 16 (~40 s)"
  python3 "$here/jfr_summary.py" jfc "$here/target/profile-1ms.jfc"
  # small fixed TLABs so that every TLAB refill (one JFR allocation sample) stands for few bytes
  java -jar "$jar" 'RoundTripBenchmark' -p contender=ours-call,raw-vertx -p concurrency=16 -i 2 -r 3 \
    -jvmArgsAppend "-Xms1g -Xmx1g -XX:TLABSize=8k -XX:-ResizeTLAB" "${prof[@]}" -prof "jfr:dir=$results/jfr;configName=$here/target/profile-1ms.jfc;stackDepth=256" \
    -rf json -rff "$results/profile-run.json" \
    2>&1 | tee "$results/jfr.log" | grep -E '^(# Parameters|Iteration|RoundTripBenchmark)' || true
  python3 "$here/jfr_summary.py" summarize "$results/jfr" "$results/roundtrip.json" "$results/profile-run.json" \
    > "$results/profile.md"

  load_after=$(loadavg)
  {
    cat "$results/machine.json.tmp"
    echo "  \"load_mid\": $load_mid,"
    echo "  \"load_after\": $load_after,"
    echo "  \"wall_seconds\": $(( $(date +%s) - start ))"
    echo "}"
  } > "$results/machine.json"
  rm -f "$results/machine.json.tmp"
fi

python3 "$here/report.py" "$results" "$here/README.md"
echo "== done: $here/README.md, $results/chart.svg, $results/chart-large.svg"
