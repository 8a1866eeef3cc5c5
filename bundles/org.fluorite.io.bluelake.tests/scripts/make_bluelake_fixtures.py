"""Writes two small Bluelake HDF5 files in the layout Bluelake exports and pylake reads
(file format version 2; see pylake's docs/tutorial/file.rst and its mock files):

resources/bluelake_kymo.h5
  root attributes: "Bluelake version" "2.6.0", "File format version" 2, "Experiment" "fluorite test",
    "Description" "synthetic kymograph and force", "GUID" "{6b1e7f2a-...}", "Export time (ns)" EXPORT
  Force HF/Force 1x, Force 1y, Force 2x: continuous float64, 200 samples at 78125 Hz from START,
    values 1x = sin(i / 10), 1y = 0.5 i, 2x = -1 (pN); attributes "Start time (ns)", "Stop time (ns)",
    "Sample rate (Hz)", "Kind" "Continuous"
  Force LF/Force 1x: time series (compound Timestamp int64, Value float64), 5 points at
    START + k 1e6 ns, value 10 + k; "Kind" b"TimeSeries"
  Distance/Distance 1: time series, 5 points at START + k 1e6 ns, value 2.5 + 0.1 k (um)
  Photon count/Red, Green, Blue: continuous uint32 at 78125 Hz from START
  Info wave/Info wave: continuous uint8, same timing. They encode a 4-pixel x 5-line kymograph:
    every line is 2 padding samples (code 0), then per pixel 3 samples (codes 1, 1, 2), then 2
    padding samples: 16 samples per line, 80 in all. Red pixel (p, line) = p + 10 line photons,
    Green = 2 (p + 10 line), Blue = 0, split over the 3 samples as (v // 3, v // 3, rest).
  Photon Time Tags/Red: time tags (int64 ns): START + 1000 k for k in 0..9, "Kind" "TimeTags"
  Kymograph/kymo1: JSON {"value0": {... "scan volume": {"center point (um)": {x 12.5, y 7.25, z 0},
    "pixel time (ms)": 0.0384, "scan axes": [{"axis": 0, "num of pixels": 4, "pixel size (nm)": 100,
    "scan time (ms)": 0, "scan width (um)": 0.9}]}, "scan count": 0, "fluorescence": true, "force": false}}
    attributes "Start time (ns)" START, "Stop time (ns)" START + 80 dt
  Scan/scan1: JSON with two axes (axis 1: 3 pixels of 50 nm, axis 0: 2 pixels of 75 nm), scan count 2,
    centre (1, 2, 3) um; Start START + 100 dt, Stop START + 200 dt
  Marker/marker1: JSON {"name": "marker1", "payload": {"comment": "bead caught"}}, Start START + 10 dt,
    Stop START + 20 dt
  Note/note1: JSON {"name": "note1", "Note text": "buffer exchanged"}, Start START + 50 dt, Stop same
  FD Curve/fd1: JSON {"value0": {"name": "fd1"}}, Start START, Stop START + 200 dt
  Calibration/1/Force 1x: attributes "Stiffness (pN/nm)" 0.25, "Kind" "Full calibration"

resources/bluelake_v1.h5 (file format version 1, no "Kind" attributes): Force HF/Force 1x continuous
  (10 samples 0..9 at 1000 Hz from 1e9 ns) and Force LF/Force 1x time series (3 points 5, 6, 7 at
  1e9 + k 1e6 ns); Bluelake version "1.5.0".
Run: python3 make_bluelake_fixtures.py   (needs h5py, numpy)
"""
import json
import os

import h5py
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, "..", "resources")
START = 1_600_000_000_000_000_000
EXPORT = 1_600_000_100_000_000_000
RATE = 78125.0
DT = int(1e9 / RATE)  # 12800 ns
TS = np.dtype([("Timestamp", np.int64), ("Value", np.float64)])


def continuous(group, name, data, start=START, rate=RATE, kind="Continuous"):
    d = group.create_dataset(name, data=data)
    d.attrs["Start time (ns)"] = np.int64(start)
    d.attrs["Stop time (ns)"] = np.int64(start + len(data) * int(1e9 / rate))
    d.attrs["Sample rate (Hz)"] = rate
    if kind:
        d.attrs["Kind"] = kind
    return d


def timeseries(group, name, stamps, values, kind=b"TimeSeries"):
    d = group.create_dataset(name, data=np.array(list(zip(stamps, values)), dtype=TS))
    if kind:
        d.attrs["Kind"] = kind
    return d


def timed_json(group, name, payload, start, stop):
    d = group.create_dataset(name, data=json.dumps(payload))
    d.attrs["Start time (ns)"] = np.int64(start)
    d.attrs["Stop time (ns)"] = np.int64(stop)
    return d


def kymo_streams():
    pixels, lines, spp, pad = 4, 5, 3, 2
    info, red, green = [], [], []
    for line in range(lines):
        info += [0] * pad
        red += [0] * pad
        green += [0] * pad
        for p in range(pixels):
            info += [1] * (spp - 1) + [2]
            for v, out in ((p + 10 * line, red), (2 * (p + 10 * line), green)):
                out += [v // 3, v // 3, v - 2 * (v // 3)]
        info += [0] * pad
        red += [0] * pad
        green += [0] * pad
    return (np.array(info, np.uint8), np.array(red, np.uint32), np.array(green, np.uint32),
            np.zeros(len(info), np.uint32))


def scan_json(axes, centre, count, pixel_time):
    return {"value0": {
        "cereal_class_version": 1, "fluorescence": True, "force": False, "scan count": count,
        "scan volume": {
            "center point (um)": {"x": centre[0], "y": centre[1], "z": centre[2]},
            "cereal_class_version": 1, "pixel time (ms)": pixel_time,
            "scan axes": [{"axis": a, "cereal_class_version": 1, "num of pixels": n, "pixel size (nm)": s,
                           "scan time (ms)": 0, "scan width (um)": n * s / 1000 + 0.5} for (a, n, s) in axes]}}}


with h5py.File(os.path.join(res, "bluelake_kymo.h5"), "w") as h:
    h.attrs["Bluelake version"] = "2.6.0"
    h.attrs["File format version"] = 2
    h.attrs["Experiment"] = "fluorite test"
    h.attrs["Description"] = "synthetic kymograph and force"
    h.attrs["GUID"] = "{6b1e7f2a-0c4d-4e55-9a61-3f2d8c7b9e10}"
    h.attrs["Export time (ns)"] = np.int64(EXPORT)
    i = np.arange(200)
    hf = h.create_group("Force HF")
    continuous(hf, "Force 1x", np.sin(i / 10))
    continuous(hf, "Force 1y", 0.5 * i)
    continuous(hf, "Force 2x", -np.ones(200))
    stamps = [START + k * 1_000_000 for k in range(5)]
    timeseries(h.create_group("Force LF"), "Force 1x", stamps, [10.0 + k for k in range(5)])
    timeseries(h.create_group("Distance"), "Distance 1", stamps, [2.5 + 0.1 * k for k in range(5)])
    info, red, green, blue = kymo_streams()
    pc = h.create_group("Photon count")
    continuous(pc, "Red", red)
    continuous(pc, "Green", green)
    continuous(pc, "Blue", blue)
    continuous(h.create_group("Info wave"), "Info wave", info)
    tt = h.create_group("Photon Time Tags").create_dataset("Red", data=np.array([START + 1000 * k for k in range(10)], np.int64))
    tt.attrs["Kind"] = "TimeTags"
    timed_json(h.create_group("Kymograph"), "kymo1", scan_json([(0, 4, 100.0)], (12.5, 7.25, 0.0), 0, 0.0384),
               START, START + len(info) * DT)
    timed_json(h.create_group("Scan"), "scan1", scan_json([(1, 3, 50.0), (0, 2, 75.0)], (1.0, 2.0, 3.0), 2, 0.1),
               START + 100 * DT, START + 200 * DT)
    timed_json(h.create_group("Marker"), "marker1", {"name": "marker1", "payload": {"comment": "bead caught"}},
               START + 10 * DT, START + 20 * DT)
    timed_json(h.create_group("Note"), "note1", {"name": "note1", "Note text": "buffer exchanged"},
               START + 50 * DT, START + 50 * DT)
    timed_json(h.create_group("FD Curve"), "fd1", {"value0": {"name": "fd1"}}, START, START + 200 * DT)
    cal = h.create_group("Calibration/1/Force 1x")
    cal.attrs["Stiffness (pN/nm)"] = 0.25
    cal.attrs["Kind"] = "Full calibration"

with h5py.File(os.path.join(res, "bluelake_v1.h5"), "w") as h:
    h.attrs["Bluelake version"] = "1.5.0"
    h.attrs["File format version"] = 1
    h.attrs["Experiment"] = "old"
    h.attrs["Description"] = ""
    h.attrs["GUID"] = "invalid"
    h.attrs["Export time (ns)"] = np.int64(-1)
    continuous(h.create_group("Force HF"), "Force 1x", np.arange(10, dtype=np.float64), start=1_000_000_000, rate=1000.0,
               kind=None)
    timeseries(h.create_group("Force LF"), "Force 1x", [1_000_000_000 + k * 1_000_000 for k in range(3)], [5.0, 6.0, 7.0],
               kind=None)
print("wrote", res)
