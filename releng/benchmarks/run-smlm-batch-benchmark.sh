#!/usr/bin/env bash
# Fluorite localization over batch workers, end to end, without Maven: compiles org.fluorite.core,
# io, io.tiff, io.thunderstorm, cli, smlm, batch and smlm.batch into a work folder outside the
# repository, writes the simulated 256x256x1000 stack of SmlmBenchmark (SmlmBatchStack), then times
#   1. ./fluorite localize STACK            one process, all cores
#   2. ./fluorite localize-batch STACK      --executor local --workers 2 (one JVM per item)
# through the headless command line without OSGi (org.fluorite.batch.worker.WorkerMain, which also
# starts the workers), checks that both tables are the same and prints localizations per second.
#
# Usage: releng/benchmarks/run-smlm-batch-benchmark.sh [--frames 1000] [--items 2] [--workers 2] [--dir /tmp/fluorite-smlm-batch-bench]
# Environment: JAVA_HOME (default: releng/scripts/find-jdk.sh), SMLM_BATCH_BENCH_WORK (class folder,
#              default /tmp/fluorite-smlm-batch-bench-classes).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
frames=1000; items=2; workers=2; dir=/tmp/fluorite-smlm-batch-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --frames) frames="$2"; shift 2 ;;
    --items) items="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "run-smlm-batch-benchmark: unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -n "${JAVA_HOME:-}" ]; then java_home="$JAVA_HOME"; else
  source "$root/releng/scripts/find-jdk.sh"; java_home="$(fluorite_find_jdk)"; fi
javac="$java_home/bin/javac"; java="$java_home/bin/java"
[ -x "$javac" ] || { echo "run-smlm-batch-benchmark: no javac at $javac; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }
annotations=$(find "$HOME/.m2/repository/org/osgi" -name 'org.osgi.service.component.annotations-*.jar' 2>/dev/null | grep -v sources | sort | tail -1 || true)
[ -n "$annotations" ] || { echo "run-smlm-batch-benchmark: org.osgi.service.component.annotations jar not found in ~/.m2" >&2; exit 1; }

work=${SMLM_BATCH_BENCH_WORK:-/tmp/fluorite-smlm-batch-bench-classes}
rm -rf "$work"; mkdir -p "$work/classes"
find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" "$root/bundles/org.fluorite.io.tiff/src" \
    "$root/bundles/org.fluorite.io.thunderstorm/src" "$root/bundles/org.fluorite.cli/src" "$root/bundles/org.fluorite.smlm/src" \
    "$root/bundles/org.fluorite.batch/src" "$root/bundles/org.fluorite.smlm.batch/src" -name '*.java' | grep -v '/org/fluorite/cli/internal/' > "$work/sources.txt"
echo "$here/src/org/fluorite/bench/SmlmBatchStack.java" >> "$work/sources.txt"
"$javac" --release 21 -nowarn -encoding UTF-8 -cp "$annotations" -d "$work/classes" @"$work/sources.txt"

contrib=org.fluorite.smlm.cli.LocalizeCommand,org.fluorite.smlm.batch.LocalizeKind,org.fluorite.smlm.batch.cli.LocalizeBatchCommand,org.fluorite.smlm.batch.cli.LocalizeMergeCommand,org.fluorite.io.thunderstorm.ThunderStormExporter,org.fluorite.io.thunderstorm.ThunderStormImporter
fluorite() {
  "$java" -Xmx2g -Dfluorite.worker.contributions="$contrib" -Dfluorite.worker.jvmArgs=-Xmx1g -cp "$work/classes" \
    org.fluorite.batch.worker.WorkerMain "$@"
}
camera=(--adoffset 100 --e-per-count 10 --em-gain 50 --read-noise 20 --pixel-nm 100)

mkdir -p "$dir"; rm -rf "$dir/batch" "$dir/single.csv" "$dir/batch.csv"
stack="$dir/stack-$frames.tif"
[ -f "$stack" ] || "$java" -Xmx2g -cp "$work/classes" org.fluorite.bench.SmlmBatchStack "$stack" "$frames"

echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') memory, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $("$java" -version 2>&1 | head -1)"
echo "Stack: $stack (256x256x$frames, 20 emitters a frame)"
echo

TIMEFORMAT='%R %U %S'
{ time fluorite localize "$stack" --out "$dir/single.csv" "${camera[@]}" --json > "$dir/single.json" 2> "$dir/single.err"; } 2> "$dir/single.time"
{ time fluorite localize-batch "$stack" --out "$dir/batch.csv" --batch "$dir/batch" --executor local --workers "$workers" --items "$items" \
    "${camera[@]}" --json > "$dir/batch.json" 2> "$dir/batch.err"; } 2> "$dir/batch.time"

rows=$(($(wc -l < "$dir/single.csv") - 1))
if cmp -s "$dir/single.csv" "$dir/batch.csv"; then same="identical"; else same="DIFFERENT"; fi
read -r sw su ss < "$dir/single.time"
read -r bw bu bs < "$dir/batch.time"
awk -v r="$rows" -v sw="$sw" -v sc="$(echo "$su + $ss" | bc)" -v bw="$bw" -v bc="$(echo "$bu + $bs" | bc)" -v w="$workers" -v k="$items" -v s="$same" 'BEGIN {
  printf "single-process localize (all cores, one JVM): %d localizations, %.2f s wall, %.2f CPU-s (incl. JVM start): %.0f localizations/s, %.0f per CPU-second\n", r, sw, sc, r / sw, r / sc;
  printf "localize-batch, local executor, %d workers, %d items: %d localizations, %.2f s wall, %.2f CPU-s (incl. all JVMs and the merge): %.0f localizations/s, %.0f per CPU-second\n", w, k, r, bw, bc, r / bw, r / bc;
  printf "tables: %s\n", s }'
echo "localize --json:";       grep -E '"(localizations|seconds|localizationsPerSecond|threads)"' "$dir/single.json" | tr -d ' ,' | paste -sd' '
echo "localize-batch --json:"; grep -E '"(localizations|seconds|localizationsPerSecond)"' "$dir/batch.json" | tr -d ' ,' | paste -sd' '
