#!/usr/bin/env bash
# Fluorite total-variation denoising benchmark, without Maven: compiles org.fluorite.flim's
# TvDenoise with TvBenchmark into a work folder outside the repository, then runs
# org.fluorite.bench.TvBenchmark: Chambolle TV denoising (scikit-image's defaults) of one 512x512
# float frame and of a 100-frame stack, one thread and all processors, as a Markdown table.
#
# Usage: releng/benchmarks/run-tv-benchmark.sh [--size 512] [--frames 100] [--repeats 5] [--threads N]
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), TV_BENCH_WORK (class folder,
#              default /tmp/fluorite-tv-bench-classes).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
javac="$java_home/bin/javac"
java="$java_home/bin/java"
[ -x "$javac" ] || { echo "run-tv-benchmark: no javac at $javac; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }

work=${TV_BENCH_WORK:-/tmp/fluorite-tv-bench-classes}
rm -rf "$work"
mkdir -p "$work/classes"
# TvDenoise depends on nothing but the JDK
"$javac" --release 21 -nowarn -encoding UTF-8 -d "$work/classes" \
    "$root/bundles/org.fluorite.flim/src/org/fluorite/flim/TvDenoise.java" "$here/src/org/fluorite/bench/TvBenchmark.java"

echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') memory, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$java" -version 2>&1 | head -1)"
echo "Command: $java -Xmx1g -cp $work/classes org.fluorite.bench.TvBenchmark $*"
echo
exec "$java" -Xmx1g -cp "$work/classes" org.fluorite.bench.TvBenchmark "$@"
