#!/usr/bin/env bash
# Fluorite kymograph benchmark, without Maven. Writes (once) a Bluelake file with a 2,000-line x
# 200-pixel kymograph, 25 samples per pixel and 40 dead samples per line (10.08 million samples per
# channel; photon counts uint32, info wave uint8) with h5py, compiles the kymograph engine and its
# dependencies into a work folder under /tmp, and runs org.fluorite.bench.KymoBenchmark: cold and
# warm reconstruction of red, green and blue, and greedy tracking of green. It also times, with
# numpy, the cumulative-sum reconstruction pylake uses, on the same file, for comparison.
#
# Usage: releng/benchmarks/run-kymo-benchmark.sh [--repeat 5]
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), FLUORITE_BENCH_DIR (default /tmp/fluorite-kymo-bench)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
dir=${FLUORITE_BENCH_DIR:-/tmp/fluorite-kymo-bench}
mkdir -p "$dir/classes"
m2="$HOME/.m2/repository"
cp=""
for j in io/jhdf/jhdf/0.13.0/jhdf-0.13.0.jar org/slf4j/slf4j-api/2.0.18/slf4j-api-2.0.18.jar \
    org/apache/commons/commons-lang3/3.20.0/commons-lang3-3.20.0.jar com/ning/compress-lzf/1.2.0/compress-lzf-1.2.0.jar \
    at/yawk/lz4/lz4-java/1.11.1/lz4-java-1.11.1.jar \
    org/osgi/org.osgi.service.component.annotations/1.5.1/org.osgi.service.component.annotations-1.5.1.jar; do
    [ -f "$m2/$j" ] && cp="$cp:$m2/$j"
done
cp=${cp#:}

file="$dir/kymo_2000x200.h5"
if [ ! -f "$file" ]; then
    echo "Writing $file ..."
    python3 - "$file" <<'PY'
import sys
import json
import h5py
import numpy as np

lines, pixels, spp, dead = 2000, 200, 25, 40
rate, start = 78125.0, 1_600_000_000_000_000_000
per_line = pixels * spp + dead
n = lines * per_line
rng = np.random.default_rng(11)
info = np.zeros((lines, per_line), np.uint8)
px = info[:, :pixels * spp].reshape(lines, pixels, spp)
px[:, :, :-1] = 1
px[:, :, -1] = 2
# background 0.02 photons per sample; three particles of 0.6 photons per sample at their centre
lam = np.full((lines, pixels), 0.02 * 1.0)
l = np.arange(lines)[:, None]
p = np.arange(pixels)[None, :]
for centre in (50 + 0.01 * l, 120 + 5 * np.sin(l / 200), 170 - 0.02 * l):
    lam += 0.6 * np.exp(-(p - centre) ** 2 / (2 * 1.5 ** 2))
def counts(scale):
    c = np.zeros((lines, per_line), np.uint32)
    c[:, :pixels * spp] = rng.poisson(np.repeat(lam * scale, spp, axis=1)).astype(np.uint32)
    return c.reshape(-1)
with h5py.File(sys.argv[1], "w") as h:
    h.attrs["Bluelake version"] = "2.6.0"
    h.attrs["File format version"] = 2
    h.attrs["Experiment"] = "benchmark"
    h.attrs["Description"] = "2000 x 200 kymograph"
    h.attrs["GUID"] = "{00000000-0000-0000-0000-000000000000}"
    h.attrs["Export time (ns)"] = np.int64(start)
    def continuous(g, name, data):
        d = g.create_dataset(name, data=data)
        d.attrs["Start time (ns)"] = np.int64(start)
        d.attrs["Stop time (ns)"] = np.int64(start + n * int(1e9 / rate))
        d.attrs["Sample rate (Hz)"] = rate
        d.attrs["Kind"] = "Continuous"
    pc = h.create_group("Photon count")
    for name, scale in (("Red", 0.5), ("Green", 1.0), ("Blue", 0.25)):
        continuous(pc, name, counts(scale))
    continuous(h.create_group("Info wave"), "Info wave", info.reshape(-1))
    scan = {"value0": {"cereal_class_version": 1, "fluorescence": True, "force": False, "scan count": 0,
            "scan volume": {"center point (um)": {"x": 0.0, "y": 0.0, "z": 0.0}, "cereal_class_version": 1,
            "pixel time (ms)": 0.32, "scan axes": [{"axis": 0, "cereal_class_version": 1, "num of pixels": pixels,
            "pixel size (nm)": 100.0, "scan time (ms)": 0, "scan width (um)": 20.0}]}}}
    d = h.create_group("Kymograph").create_dataset("bench", data=json.dumps(scan))
    d.attrs["Start time (ns)"] = np.int64(start)
    d.attrs["Stop time (ns)"] = np.int64(start + n * int(1e9 / rate))
print("samples per channel:", n)
PY
fi
ls -l "$file"

find "$root/bundles/org.fluorite.core/src" "$root/bundles/org.fluorite.io/src" "$root/bundles/org.fluorite.io.hdf5/src" \
    "$root/bundles/org.fluorite.io.bluelake/src" "$root/bundles/org.fluorite.kymo/src" "$here/src/org/fluorite/bench/KymoBenchmark.java" \
    -name '*.java' -not -path '*/kymo/cli/*' > "$dir/sources.txt"
"$java_home/bin/javac" --release 21 -nowarn -encoding UTF-8 -cp "$cp" -d "$dir/classes" @"$dir/sources.txt" 2>&1 \
    | grep -v '^warning: \[options\]' || true

echo "Load average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}') memory"
echo "Command: $java_home/bin/java -Xmx1g -cp $dir/classes:$cp org.fluorite.bench.KymoBenchmark $file bench $*"
"$java_home/bin/java" -Xmx1g -cp "$dir/classes:$cp" org.fluorite.bench.KymoBenchmark "$file" bench "$@"

echo
echo "numpy, pylake's reconstruction (h5py read of the slice, cumulative sum over used samples, pixel ends):"
python3 - "$file" <<'PY'
import sys
import time
import h5py
import numpy as np

def reconstruct(h):
    info = h["Info wave/Info wave"][:]
    keep = info != 0
    codes = info[keep]
    out = []
    for c in ("Red", "Green", "Blue"):
        data = h["Photon count/" + c][:].astype(float)
        cum = np.cumsum(data[keep])
        ends = cum[codes == 2]
        pixels = np.hstack((ends[0], np.diff(ends)))
        out.append(pixels.reshape(-1, 200).T)
    return out

times = []
for i in range(4):
    t = time.perf_counter()
    with h5py.File(sys.argv[1], "r") as h:
        imgs = reconstruct(h)
    times.append(time.perf_counter() - t)
print("shape", imgs[0].shape, "sums", [float(x.sum()) for x in imgs])
print("numpy reconstruction: first %.3f s, median of the rest %.3f s" % (times[0], float(np.median(times[1:]))))
PY
