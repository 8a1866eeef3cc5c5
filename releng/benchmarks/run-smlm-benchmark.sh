#!/usr/bin/env bash
# Fluorite single-molecule localization benchmark, without Maven: compiles org.fluorite.core,
# org.fluorite.io, org.fluorite.io.tiff, org.fluorite.io.thunderstorm, org.fluorite.smlm (without its
# CLI package) and SmlmBenchmark into a work folder outside the repository, then runs
# org.fluorite.bench.SmlmBenchmark: a simulated 256x256x1000 stack with ~20 emitters per frame
# localized end to end (TIFF in, ThunderSTORM CSV out) on all cores by MLE and WLSQ, accuracy
# against ground truth and the Cramér-Rao bound, and fits per second on one core (7x7 spots).
#
# Usage: releng/benchmarks/run-smlm-benchmark.sh [--frames 1000] [--emitters 20] [--threads N] [--dir /tmp/fluorite-smlm-bench]
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), SMLM_BENCH_WORK (class folder,
#              default /tmp/fluorite-smlm-bench-classes).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
javac="$java_home/bin/javac"
java="$java_home/bin/java"
[ -x "$javac" ] || { echo "run-smlm-benchmark: no javac at $javac; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }
annotations=$(find "$HOME/.m2/repository/org/osgi" -name 'org.osgi.service.component.annotations-*.jar' 2>/dev/null | grep -v sources | sort | tail -1 || true)
[ -n "$annotations" ] || { echo "run-smlm-benchmark: org.osgi.service.component.annotations jar not found in ~/.m2" >&2; exit 1; }

work=${SMLM_BENCH_WORK:-/tmp/fluorite-smlm-bench-classes}
rm -rf "$work"
mkdir -p "$work/classes"
find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" "$root/bundles/org.fluorite.io.tiff/src" \
    "$root/bundles/org.fluorite.io.thunderstorm/src" "$root/bundles/org.fluorite.smlm/src" -name '*.java' \
    | grep -v '/org/fluorite/smlm/cli/' > "$work/sources.txt"
echo "$here/src/org/fluorite/bench/SmlmBenchmark.java" >> "$work/sources.txt"
"$javac" --release 21 -nowarn -encoding UTF-8 -cp "$annotations" -d "$work/classes" @"$work/sources.txt"

echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') memory, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$java" -version 2>&1 | head -1)"
echo "Command: $java -Xmx2g -cp $work/classes org.fluorite.bench.SmlmBenchmark $*"
echo
exec "$java" -Xmx2g -cp "$work/classes" org.fluorite.bench.SmlmBenchmark "$@"
