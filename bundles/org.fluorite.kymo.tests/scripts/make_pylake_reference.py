"""Reference images of the fixture kymographs computed with numpy the way pylake reconstructs them
(pylake's detail/image.py and kymo.py: the info-wave slice [start, stop), used samples only, a
cumulative sum read at the pixel ends, zero padding to whole lines, one column per line; pixel
timestamps as the integer mean of the sample times of fixed-size pixels; line time from the first
pixel's sample count and the dead time after the first line).
Writes resources/pylake_reference.json (pixel timestamps as ns after the kymograph's start). Run after make_kymo_fixtures.py (needs h5py, numpy).
"""
import json
import os

import h5py
import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, "..", "resources")


def sliced(dset, start, stop):
    t0 = int(dset.attrs["Start time (ns)"])
    dt = int(1e9 / dset.attrs["Sample rate (Hz)"])
    i0 = max(0, -(-(start - t0) // dt))
    i1 = max(i0, -(-(stop - t0) // dt))
    return dset[i0:i1], t0 + i0 * dt, dt


def pad_lines(pixels, ppl):
    out = np.zeros(int(np.ceil(pixels.size / ppl)) * ppl, dtype=pixels.dtype)
    out[:pixels.size] = pixels
    return out.reshape(-1, ppl).T


def kymo(h, name):
    d = h["Kymograph"][name]
    meta = json.loads(d[()])["value0"]
    ppl = meta["scan volume"]["scan axes"][0]["num of pixels"]
    start, stop = int(d.attrs["Start time (ns)"]), int(d.attrs["Stop time (ns)"])
    info, t_first, dt = sliced(h["Info wave/Info wave"], start, stop)
    keep = info != 0
    subset = info[keep]
    out = {}
    for colour in ("Red", "Green", "Blue"):
        data, _, _ = sliced(h["Photon count/" + colour], start, stop)
        cumulative = np.cumsum(data.astype(float)[keep])
        ends = cumulative[subset == 2]
        out[colour.lower()] = pad_lines(np.hstack((ends[0], np.diff(ends))), ppl).tolist()
    stamps = t_first + np.arange(info.size, dtype=np.int64) * dt
    pixel_size = int(np.argmax(subset)) + 1
    used = stamps[keep][: (subset.size // pixel_size) * pixel_size].reshape(-1, pixel_size)
    minimum = used.min()
    means = minimum + (used - minimum).sum(axis=1) // pixel_size
    # ns after the kymograph's start (absolute ns need 19 digits, beyond what Fluorite's JSON reads exactly)
    out["timestamps_after_start"] = pad_lines(means - start, ppl).tolist()
    first = int(np.argmax(info != 0))
    boundary = int(np.argmax(info == 2))
    scan = ppl * (boundary - first + 1)
    beyond = info[first + scan:] != 0
    out["line_time_seconds"] = ((scan + int(np.argmax(beyond))) if beyond.size and beyond.any() else scan) * dt * 1e-9
    out["pixel_time_seconds"] = (boundary - first + 1) * dt * 1e-9
    return out


with h5py.File(os.path.join(res, "kymos.h5"), "r") as h:
    ref = {name: kymo(h, name) for name in h["Kymograph"]}
with open(os.path.join(res, "pylake_reference.json"), "w") as f:
    json.dump(ref, f)
print({k: (len(v["red"]), len(v["red"][0]), v["line_time_seconds"]) for k, v in ref.items()})
