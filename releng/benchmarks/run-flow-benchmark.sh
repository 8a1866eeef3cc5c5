#!/usr/bin/env bash
# Fluorite flowchart-node benchmark, without Maven: compiles org.fluorite.core, org.fluorite.cli,
# org.fluorite.flow and the Signal/Math node bundles with FlowBenchmark into a work folder outside
# the repository, then runs 10,000 traces x 3,000 samples through Butterworth -> Normalize ->
# Derivative -> PeakDetect -> PeakFeatures on the flow engine, once single-threaded and once with
# all processors, each in its own JVM; first the nodes alone (no engine) timed by thread CPU.
#
# (org.fluorite.io and org.fluorite.cli are compiled because org.fluorite.flow uses them.)
# Usage: releng/benchmarks/run-flow-benchmark.sh [--traces 10000] [--samples 3000] [--heap 4g]
# Environment: JAVA_HOME (default: releng/scripts/find-jdk.sh's choice), FLUORITE_BENCH_WORK
#              (work folder, default /tmp/fluorite-flow-bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/releng/scripts/find-jdk.sh"
java_home=${JAVA_HOME:-$(fluorite_find_jdk)}
traces=10000; samples=3000; heap=4g
while [ $# -gt 0 ]; do
  case "$1" in
    --traces) traces=$2; shift 2;;
    --samples) samples=$2; shift 2;;
    --heap) heap=$2; shift 2;;
    *) echo "run-flow-benchmark: unknown option $1" >&2; exit 2;;
  esac
done
work=${FLUORITE_BENCH_WORK:-/tmp/fluorite-flow-bench}
m2="$HOME/.m2/repository"
jar() { find "$m2/$1" -name "$2" 2>/dev/null | grep -v -- '-sources' | sort | tail -n 1; }
cp=""
for spec in \
  "org/osgi/org.osgi.service.component.annotations org.osgi.service.component.annotations-1.5.1.jar" \
  "io/jhdf/jhdf jhdf-0.13.0.jar" "org/slf4j/slf4j-api slf4j-api-2.0.18.jar" \
  "org/apache/commons/commons-lang3 commons-lang3-3.20.0.jar" "com/ning/compress-lzf compress-lzf-1.2.0.jar" \
  "at/yawk/lz4/lz4-java lz4-java-1.11.1.jar" "org/apache/commons/commons-math3 commons-math3-3.6.1.jar" \
  "org/eclipse/platform/org.eclipse.equinox.app *.jar" "org/osgi/org.osgi.framework *.jar" \
  "org/osgi/org.osgi.service.event *.jar" "org/eclipse/platform/org.eclipse.equinox.common *.jar"; do
  # shellcheck disable=SC2086
  j="$(jar $spec)"; [ -n "$j" ] && cp="$cp:$j"
done
cp=${cp#:}
rm -rf "$work/classes"; mkdir -p "$work/classes"
find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" "$root/bundles/org.fluorite.cli/src" "$root/bundles/org.fluorite.flow/src" \
     "$root/bundles/org.fluorite.flow.nodes.signal/src" "$root/bundles/org.fluorite.flow.nodes.math/src" \
     "$here/src/org/fluorite/bench/FlowBenchmark.java" -name '*.java' > "$work/sources.txt"
echo "Compiling $(wc -l < "$work/sources.txt") source files into $work/classes ..."
"$java_home/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$cp" -d "$work/classes" @"$work/sources.txt"
echo "java: $("$java_home/bin/java" -version 2>&1 | head -1); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
echo "== direct, one thread =="
"$java_home/bin/java" -Xmx"$heap" -cp "$work/classes:$cp" org.fluorite.bench.FlowBenchmark \
    --traces "$traces" --samples "$samples" --mode direct
for threads in 1 "$(nproc)"; do
  echo "== threads $threads =="
  "$java_home/bin/java" -Xmx"$heap" -cp "$work/classes:$cp" org.fluorite.bench.FlowBenchmark \
      --traces "$traces" --samples "$samples" --threads "$threads"
done
