#!/usr/bin/env bash
# Fluorite motion-correction benchmark, without Maven: compiles the sources of org.fluorite.core,
# org.fluorite.io, org.fluorite.io.tiff and org.fluorite.motion (engine only, not its CLI command)
# with MotionBenchmark into a work folder outside the repository, then runs
# org.fluorite.bench.MotionBenchmark: it writes a 512x512x1000 uint16 movie with known shifts, times
# rigid and piecewise correction end to end (read, correct, write float32 TIFF) with one thread and
# with all processors, each in a fresh JVM (-Xmx256m by default), and prints a Markdown table.
#
# Usage: releng/benchmarks/run-motion-benchmark.sh [--frames 1000] [--size 512] [--threads N]
#            [--heap 256m] [--dir /tmp/fluorite-motion-bench] [--keep]
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), MOTION_BENCH_WORK (class folder,
#              default /tmp/fluorite-motion-bench-classes), OSGI_ANNOTATIONS_JAR.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
javac="$java_home/bin/javac"
java="$java_home/bin/java"
[ -x "$javac" ] || { echo "run-motion-benchmark: no javac at $javac; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }

annotations=${OSGI_ANNOTATIONS_JAR:-$HOME/.m2/repository/org/osgi/org.osgi.service.component.annotations/1.5.1/org.osgi.service.component.annotations-1.5.1.jar}
if [ ! -f "$annotations" ]; then
    annotations=$(find "$HOME/.m2/repository/org/osgi" -name 'org.osgi.service.component.annotations-*.jar' 2>/dev/null | sort | tail -1 || true)
fi
[ -n "$annotations" ] && [ -f "$annotations" ] || {
    echo "run-motion-benchmark: org.osgi.service.component.annotations jar not found; set OSGI_ANNOTATIONS_JAR" >&2; exit 1; }

work=${MOTION_BENCH_WORK:-/tmp/fluorite-motion-bench-classes}
rm -rf "$work"
mkdir -p "$work/classes"
{
    find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" "$root/bundles/org.fluorite.io.tiff/src" -name '*.java'
    find "$root/bundles/org.fluorite.motion/src" -name '*.java' -not -path '*/motion/cli/*'
    echo "$here/src/org/fluorite/bench/MotionBenchmark.java"
} > "$work/sources.txt"
echo "Compiling $(wc -l < "$work/sources.txt") source files into $work/classes ..."
"$javac" --release 21 -nowarn -encoding UTF-8 -cp "$annotations" -d "$work/classes" @"$work/sources.txt" 2>&1 \
    | grep -v '^warning: \[options\]' || true
[ -f "$work/classes/org/fluorite/bench/MotionBenchmark.class" ] || { echo "run-motion-benchmark: compilation failed" >&2; exit 1; }

echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') memory"
echo "Java: $("$java" -version 2>&1 | head -1)"
echo "Command: $java -cp $work/classes org.fluorite.bench.MotionBenchmark $*"
echo
exec "$java" -cp "$work/classes" org.fluorite.bench.MotionBenchmark "$@"
