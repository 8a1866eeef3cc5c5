#!/usr/bin/env bash
# Flowchart benchmark (docs/PERFORMANCE.md, "Flowchart engine performance"): compiles the flow
# engine, the Signal and Math node bundles and bench/FlowBenchmark.java into WORKDIR with javac,
# then runs it in two fresh JVMs: single (one thread) and multi (all processors).
#   bundles/org.fluorite.flow.tests/scripts/run-flow-benchmark.sh [WORKDIR] [TRACES] [POINTS] [HEAP]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
source "$root/releng/scripts/find-jdk.sh"
jdk="$(fluorite_find_jdk)"
work="${1:-/tmp/fluorite-flow-bench}"
traces="${2:-10000}"
points="${3:-3000}"
heap="${4:-4g}"
m2="$HOME/.m2/repository"
cp="$(find "$m2/org/osgi/org.osgi.service.component.annotations" -name '*1.5.1.jar' | head -1)"
cp="$cp:$(find "$m2/io/jhdf/jhdf" -name 'jhdf-0.13.0.jar' | head -1)"
cp="$cp:$(find "$m2/org/apache/commons/commons-math3" -name 'commons-math3-3.6.1.jar' | head -1)"
cp="$cp:$(find "$m2/org/slf4j/slf4j-api" -name 'slf4j-api-2.0.18.jar' | head -1)"
cp="$cp:$(find "$m2/org/apache/commons/commons-lang3" -name 'commons-lang3-3.20.0.jar' | head -1)"
rm -rf "$work/classes" && mkdir -p "$work/classes"
# the flow command (org.fluorite.flow.cli) needs the CLI bundle and Equinox: not part of the benchmark
find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" \
     "$root/bundles/org.fluorite.flow/src" "$root/bundles/org.fluorite.flow.nodes.signal/src" \
     "$root/bundles/org.fluorite.flow.nodes.math/src" "$root/bundles/org.fluorite.flow.tests/bench" -name '*.java' | grep -v '/org/fluorite/flow/cli/' > "$work/sources.txt"
"$jdk/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$work/classes" -cp "$cp" @"$work/sources.txt"
for mode in single multi; do
  /usr/bin/time -f "process: %e s wall, %M KB max resident" \
    "$jdk/bin/java" -Xmx"$heap" -cp "$work/classes:$cp" org.fluorite.flow.bench.FlowBenchmark "$mode" "$traces" "$points"
done
