#!/usr/bin/env bash
# Fluorite localization post-processing benchmark, without Maven: compiles org.fluorite.core,
# org.fluorite.io, org.fluorite.io.hdf5, org.fluorite.motion (its FFT), org.fluorite.cli (used by
# org.fluorite.motion) and org.fluorite.smlm.post with SmlmPostBenchmark into a work folder outside
# the repository, then times drift correction, filtering, merging, rendering and the HDF5 round
# trip on about a million simulated localizations.
# Usage: releng/benchmarks/run-smlm-post-benchmark.sh [--frames 5000] [--sites 4000] [--repeat 3] [--heap 3g]
# Environment: JAVA_HOME (default: releng/scripts/find-jdk.sh's choice), FLUORITE_BENCH_WORK
#              (work folder, default /tmp/fluorite-smlm-post-bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/releng/scripts/find-jdk.sh"
java_home=${JAVA_HOME:-$(fluorite_find_jdk)}
heap=3g
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --heap) heap=$2; shift 2;;
    --frames|--sites|--repeat) args+=("$1" "$2"); shift 2;;
    *) echo "run-smlm-post-benchmark: unknown option $1" >&2; exit 2;;
  esac
done
work=${FLUORITE_BENCH_WORK:-/tmp/fluorite-smlm-post-bench}
m2="$HOME/.m2/repository"
jar() { find "$m2/$1" -name "$2" 2>/dev/null | grep -v -- '-sources' | sort | tail -n 1; }
cp=""
for spec in \
  "org/osgi/org.osgi.service.component.annotations org.osgi.service.component.annotations-1.5.1.jar" \
  "io/jhdf/jhdf jhdf-0.13.0.jar" "org/slf4j/slf4j-api slf4j-api-2.0.18.jar" \
  "org/apache/commons/commons-lang3 commons-lang3-3.20.0.jar" "com/ning/compress-lzf compress-lzf-1.2.0.jar" \
  "at/yawk/lz4/lz4-java lz4-java-1.11.1.jar" \
  "org/eclipse/platform/org.eclipse.equinox.app *.jar" "org/osgi/org.osgi.framework *.jar" \
  "org/osgi/org.osgi.service.event *.jar" "org/eclipse/platform/org.eclipse.equinox.common *.jar"; do
  # shellcheck disable=SC2086
  j="$(jar $spec)"; [ -n "$j" ] && cp="$cp:$j"
done
cp=${cp#:}
rm -rf "$work/classes"; mkdir -p "$work/classes"
find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" "$root/bundles/org.fluorite.io.hdf5/src" \
     "$root/bundles/org.fluorite.cli/src" "$root/bundles/org.fluorite.motion/src" "$root/bundles/org.fluorite.smlm.post/src" \
     "$here/src/org/fluorite/bench/SmlmPostBenchmark.java" -name '*.java' > "$work/sources.txt"
echo "Compiling $(wc -l < "$work/sources.txt") source files into $work/classes ..."
"$java_home/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$cp" -d "$work/classes" @"$work/sources.txt"
echo "java: $("$java_home/bin/java" -version 2>&1 | head -1); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
"$java_home/bin/java" -Xmx"$heap" -cp "$work/classes:$cp" org.fluorite.bench.SmlmPostBenchmark "${args[@]}"
