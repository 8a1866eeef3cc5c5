#!/usr/bin/env bash
# Fluorite I/O benchmark, without Maven: compiles the sources of org.fluorite.core, org.fluorite.io
# and org.fluorite.io.tiff together with the benchmark into releng/benchmarks/target/classes, then
# runs org.fluorite.bench.IoBenchmark (which writes a 4 GB TIFF movie, measures it in fresh JVMs
# with -Xmx512m, compares with dd and deletes the movie).
#
# Usage: releng/benchmarks/run-io-benchmark.sh [--gigabytes 4] [--dir /tmp/fluorite-bench]
#            [--random-frames 2000] [--scrub-frames 500] [--heap 512m] [--writer auto|exporter|direct] [--keep]
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), FLUORITE_BENCH_DIR (movie folder),
#              OSGI_ANNOTATIONS_JAR (org.osgi.service.component.annotations jar, needed to compile io).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
javac="$java_home/bin/javac"
java="$java_home/bin/java"
[ -x "$javac" ] || { echo "run-io-benchmark: no javac at $javac; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }

annotations=${OSGI_ANNOTATIONS_JAR:-$HOME/.m2/repository/org/osgi/org.osgi.service.component.annotations/1.5.1/org.osgi.service.component.annotations-1.5.1.jar}
if [ ! -f "$annotations" ]; then
    annotations=$(find "$HOME/.m2/repository/org/osgi" -name 'org.osgi.service.component.annotations-*.jar' 2>/dev/null | sort | tail -1 || true)
fi
[ -n "$annotations" ] && [ -f "$annotations" ] || {
    echo "run-io-benchmark: org.osgi.service.component.annotations jar not found; set OSGI_ANNOTATIONS_JAR" >&2; exit 1; }

source_dirs=("$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src")
if [ -d "$root/bundles/org.fluorite.io.tiff/src" ]; then
    source_dirs+=("$root/bundles/org.fluorite.io.tiff/src")
else
    echo "run-io-benchmark: bundles/org.fluorite.io.tiff/src is missing: the benchmark will report that it could not run" >&2
fi
source_dirs+=("$here/src")

target="$here/target"
rm -rf "$target/classes"
mkdir -p "$target/classes"
find "${source_dirs[@]}" -name '*.java' > "$target/sources.txt"
echo "Compiling $(wc -l < "$target/sources.txt") source files into $target/classes ..."
"$javac" --release 21 -nowarn -encoding UTF-8 -cp "$annotations" -d "$target/classes" @"$target/sources.txt" 2>&1 \
    | grep -v '^warning: \[options\]' || true
[ -f "$target/classes/org/fluorite/bench/IoBenchmark.class" ] || { echo "run-io-benchmark: compilation failed" >&2; exit 1; }

dir=${FLUORITE_BENCH_DIR:-/tmp/fluorite-bench}
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    if [ "${args[$i]}" = "--dir" ] && [ $((i + 1)) -lt ${#args[@]} ]; then dir=${args[$((i + 1))]}; fi
done
mkdir -p "$dir"
echo "Free space where the movie goes:"
df -h "$dir"
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') memory"
echo "Command: $java -cp $target/classes org.fluorite.bench.IoBenchmark --dir $dir $*"
echo
exec "$java" -cp "$target/classes" org.fluorite.bench.IoBenchmark --dir "$dir" "$@"
