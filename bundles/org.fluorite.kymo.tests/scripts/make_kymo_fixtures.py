"""Writes the Bluelake kymograph fixtures of org.fluorite.kymo.tests, in the layout Bluelake exports
(file format version 2, as in pylake's docs/tutorial/file.rst), with photon counts chosen per pixel so
every image is known analytically. All channels are sampled at 1 kHz (dt = 1 ms) from START.

resources/kymos.h5
  Info wave/Info wave (uint8) and Photon count/Red, Green, Blue (uint32), 3000 samples:
  * samples 0..199, kymograph "kymo_a": 8 lines x 5 pixels, pixel size 100 nm, fast axis x (0),
    centre (10, 20, 0) um. Each line: 2 discarded samples, 5 pixels of 4 samples (codes 1 1 1 2),
    3 discarded samples (25 samples, so line time 25 ms, pixel time 4 ms).
    Counts per pixel p of line l: red = p + 10 l, green = 100 + 7 p + l, blue = 3 if p == l % 5 else 0,
    split over the pixel's samples as (v // 4, v // 4, v // 4, rest); discarded samples hold 9 red
    photons that must never be counted.
  * "kymo_partial": same start as kymo_a, stop at sample 189 (line 7 ends after its pixel 2).
  * samples 300..2859, kymograph "kymo_track": 40 lines x 30 pixels, pixel size 100 nm, fast axis y (1).
    Each line: 30 pixels of 2 samples (codes 1 2) then 4 discarded samples (64 samples, 64 ms).
    Green of pixel p, line l: floor(20 exp(-(p - a(l))^2 / 2) + 0.5) + floor(20 exp(-(p - 20)^2 / 2) + 0.5) [5 <= l < 30],
    with a(l) = 8 + 0.25 l; split as (v // 2, rest). Red = 1 everywhere, blue 0.
  * samples 2870..2929, confocal scan "scan_a" (group "Scan"): fast axis x (0) 4 pixels of 50 nm, slow
    axis y (1) 3 pixels of 80 nm, scan count 2. Each line: 4 pixels of 2 samples (codes 1 2), then 2
    discarded samples (10 samples). Red of frame f, row y, column x = 1 + x + 4 y + 12 f, split (v // 2, rest).
  Force HF/Force 1x: continuous float64, value of sample i = i (pN).
  Force LF/Force 2x: time series, a point every 5 ms from START, value = point number.
  Kymograph attributes "Start time (ns)", "Stop time (ns)"; JSON scan description under "value0".

resources/kymo_truncated.h5: as kymo_a alone (200 samples) but Photon count/Blue holds only 150
  samples, so the kymograph is truncated to its first 6 lines (the 150th sample is the 1st of line 6).

Run: python3 make_kymo_fixtures.py   (needs h5py, numpy)
"""
import json
import os

import h5py
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, "..", "resources")
START = 1_600_000_000_000_000_000
RATE = 1000.0
DT = 1_000_000
TS = np.dtype([("Timestamp", np.int64), ("Value", np.float64)])
N = 3000


def continuous(group, name, data, start=START):
    d = group.create_dataset(name, data=data)
    d.attrs["Start time (ns)"] = np.int64(start)
    d.attrs["Stop time (ns)"] = np.int64(start + len(data) * DT)
    d.attrs["Sample rate (Hz)"] = RATE
    d.attrs["Kind"] = "Continuous"
    return d


def scan_json(axis, pixels, size_nm, centre):
    return json.dumps({"value0": {
        "cereal_class_version": 1, "fluorescence": True, "force": False, "scan count": 0,
        "scan volume": {
            "center point (um)": {"x": centre[0], "y": centre[1], "z": centre[2]},
            "cereal_class_version": 1, "pixel time (ms)": 1.0,
            "scan axes": [{"axis": axis, "cereal_class_version": 1, "num of pixels": pixels, "pixel size (nm)": size_nm,
                           "scan time (ms)": 0, "scan width (um)": pixels * size_nm / 1000}]}}})


def kymo_a(info, red, green, blue):
    for l in range(8):
        base = 25 * l
        red[base:base + 2] = 9
        red[base + 22:base + 25] = 9
        for p in range(5):
            s = base + 2 + 4 * p
            info[s:s + 4] = [1, 1, 1, 2]
            for v, out in ((p + 10 * l, red), (100 + 7 * p + l, green), (3 if p == l % 5 else 0, blue)):
                out[s:s + 4] = [v // 4, v // 4, v // 4, v - 3 * (v // 4)]


def track_green(p, l):
    a = 8 + 0.25 * l
    v = np.floor(20 * np.exp(-(p - a) ** 2 / 2) + 0.5)
    if 5 <= l < 30:
        v += np.floor(20 * np.exp(-(p - 20) ** 2 / 2) + 0.5)
    return int(v)


def kymo_track(info, red, green, at):
    for l in range(40):
        base = at + 64 * l
        for p in range(30):
            s = base + 2 * p
            info[s:s + 2] = [1, 2]
            v = track_green(p, l)
            green[s:s + 2] = [v // 2, v - v // 2]
            red[s:s + 2] = [0, 1]


def scan_a(info, red, at):
    for f in range(2):
        for y in range(3):
            base = at + 10 * (3 * f + y)
            for x in range(4):
                s = base + 2 * x
                info[s:s + 2] = [1, 2]
                v = 1 + x + 4 * y + 12 * f
                red[s:s + 2] = [v // 2, v - v // 2]


def scan_json2(centre):
    doc = json.loads(scan_json(0, 4, 50.0, centre))
    doc["value0"]["scan count"] = 2
    doc["value0"]["scan volume"]["scan axes"].append({"axis": 1, "cereal_class_version": 1, "num of pixels": 3,
                                                      "pixel size (nm)": 80.0, "scan time (ms)": 0, "scan width (um)": 0.24})
    return json.dumps(doc)


def timed_json(group, name, text, start, stop):
    d = group.create_dataset(name, data=text)
    d.attrs["Start time (ns)"] = np.int64(start)
    d.attrs["Stop time (ns)"] = np.int64(stop)


def root(h):
    h.attrs["Bluelake version"] = "2.6.0"
    h.attrs["File format version"] = 2
    h.attrs["Experiment"] = "fluorite kymograph test"
    h.attrs["Description"] = "analytic kymographs"
    h.attrs["GUID"] = "{0d7c9a51-1b2e-4c3f-8a7d-5e6f70819a2b}"
    h.attrs["Export time (ns)"] = np.int64(START + 10 ** 12)


info = np.zeros(N, np.uint8)
red = np.zeros(N, np.uint32)
green = np.zeros(N, np.uint32)
blue = np.zeros(N, np.uint32)
kymo_a(info, red, green, blue)
kymo_track(info, red, green, 300)
scan_a(info, red, 2870)

with h5py.File(os.path.join(res, "kymos.h5"), "w") as h:
    root(h)
    pc = h.create_group("Photon count")
    continuous(pc, "Red", red)
    continuous(pc, "Green", green)
    continuous(pc, "Blue", blue)
    continuous(h.create_group("Info wave"), "Info wave", info)
    hf = h.create_group("Force HF")
    continuous(hf, "Force 1x", np.arange(N, dtype=np.float64))
    lf = h.create_group("Force LF")
    k = np.arange(N // 5)
    d = lf.create_dataset("Force 2x", data=np.array(list(zip(START + 5 * DT * k, k.astype(float))), dtype=TS))
    d.attrs["Kind"] = b"TimeSeries"
    ky = h.create_group("Kymograph")
    timed_json(ky, "kymo_a", scan_json(0, 5, 100.0, (10.0, 20.0, 0.0)), START, START + 200 * DT)
    timed_json(ky, "kymo_partial", scan_json(0, 5, 100.0, (10.0, 20.0, 0.0)), START, START + 189 * DT)
    timed_json(ky, "kymo_track", scan_json(1, 30, 100.0, (1.0, 2.0, 3.0)), START + 300 * DT, START + 2860 * DT)
    timed_json(h.create_group("Scan"), "scan_a", scan_json2((5.0, 6.0, 7.0)), START + 2870 * DT, START + 2930 * DT)

with h5py.File(os.path.join(res, "kymo_truncated.h5"), "w") as h:
    root(h)
    pc = h.create_group("Photon count")
    continuous(pc, "Red", red[:200])
    continuous(pc, "Green", green[:200])
    continuous(pc, "Blue", blue[:150])
    continuous(h.create_group("Info wave"), "Info wave", info[:200])
    timed_json(h.create_group("Kymograph"), "kymo_a", scan_json(0, 5, 100.0, (10.0, 20.0, 0.0)), START, START + 200 * DT)
print("wrote", res)
