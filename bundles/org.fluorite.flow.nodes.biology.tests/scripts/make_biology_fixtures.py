#!/usr/bin/env python3
"""Reference outputs for the Biology nodes of Fluorite's flowchart.

Writes ../resources/biology_reference.json:
- static dF/F0 (F0 = min F) with NumPy;
- CaImAn's detrend_df_f with a fixed quantile (flag_auto=False) written out with NumPy/SciPy:
  A's columns normalised, F = C + YrA, B = A^T b f, baselines by scipy.ndimage.percentile_filter
  (window shorter than the trace) or numpy.percentile (longer), F_df = (F - Fd) / (Df + Fd);
- ExtractStim's offsets (the seed's three zero positions) and slices;
- stimulus tuning curves (per stimulus mean/median/max/min over the labelled frames, text names
  sorted, then numeric names by value).
    python3 make_biology_fixtures.py
"""
import json
import os

import numpy as np
import scipy
from scipy import ndimage

rng = np.random.default_rng(11222026)
out = {"numpy": np.__version__, "scipy": scipy.__version__}


def arr(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


f = 100 + 20 * np.abs(rng.standard_normal(80))
out["static"] = {"f": arr(f), "y": arr((f - np.min(f)) / np.min(f))}

# detrend_df_f, fixed quantile
pixels, k, nb, T = 40, 3, 1, 300
A = np.abs(rng.standard_normal((pixels, k)))
b = np.abs(rng.standard_normal((pixels, nb))) + 1
C = np.abs(rng.standard_normal((k, T))).cumsum(axis=1) / 50 + 1
fb = 1 + 0.1 * np.sin(np.arange(T) / 30.0)[None, :] + 0.001 * np.arange(T)[None, :]
YrA = 0.05 * rng.standard_normal((k, T))
nA = np.sqrt((A ** 2).sum(axis=0))
An = A / nA
Cn = C * nA[:, None]
Yn = YrA * nA[:, None]
F = Cn + Yn
B = An.T.dot(b).dot(fb)
out["detrend"] = []
for q, w in [(8, 100), (8, 500), (20, 51), (50, 10)]:
    if w > T:
        Fd = np.percentile(F, q, axis=1)[:, None]
        Df = np.percentile(B, q, axis=1)[:, None]
    else:
        Fd = np.stack([ndimage.percentile_filter(x, q, w) for x in F])
        Df = np.stack([ndimage.percentile_filter(x, q, w) for x in B])
    F_df = (F - Fd) / (Df + Fd)
    out["detrend"].append({"quantile": q, "window": w, "F": [arr(r) for r in F], "B": [arr(r) for r in B],
                           "F_df": [arr(r) for r in F_df]})
x = rng.standard_normal(37)
out["percentile_filter"] = [{"q": q, "size": s, "x": arr(x), "y": arr(ndimage.percentile_filter(x, q, s))}
                            for q, s in [(8, 5), (50, 7), (20, 40), (90, 4), (100, 3), (0, 6)]]

# ExtractStim
curve = rng.standard_normal(200)
periods = [("left", 120, 140), ("right", 10, 30), ("left", 60, 85), ("up", 180, 199)]


def apply_offsets(zero_pos, start_ix, end_ix, max_ix, so, eo):
    if zero_pos == 'start_offset':
        return max(start_ix + so, 0), min(end_ix + eo, max_ix)
    if zero_pos == 'stim_end':
        return end_ix, min(end_ix + eo, max_ix)
    return int((start_ix + end_ix) / 2) + so, min(end_ix + eo, max_ix)


out["extract"] = {"curve": arr(curve), "periods": [list(p) for p in periods], "cases": []}
for zero_pos, so, eo in [("start_offset", 0, 0), ("start_offset", -15, 10), ("stim_end", 0, 12),
                         ("stim_center", -3, 5), ("start_offset", 0, 50)]:
    rows = []
    for name, s, e in sorted(periods, key=lambda p: p[1]):
        a, z = apply_offsets(zero_pos, s, e, curve.size - 1, so, eo)
        rows.append({"name": name, "start": a, "end": z, "curve": arr(curve[a:z])})
    out["extract"]["cases"].append({"zero_pos": zero_pos, "start_offset": so, "end_offset": eo, "rows": rows})

# Stimulus tuning
tperiods = [("10", 0, 20), ("2", 30, 50), ("dark", 60, 80), ("10", 90, 110), ("bright", 120, 150), ("2.5", 160, 170)]
out["tuning"] = {"curve": arr(curve), "periods": [list(p) for p in tperiods], "cases": []}
for method in ["mean", "median", "max", "min"]:
    for so, eo in [(0, 0), (2, 5)]:
        labels = np.array(["None"] * curve.size, dtype=object)
        for name, s, e in tperiods:
            labels[max(s + so, 0):e + eo] = name
        names = sorted(set(labels) - {"None"})
        def isnum(v):
            try:
                float(v)
                return True
            except ValueError:
                return False
        order = sorted([n for n in names if not isnum(n)]) + sorted([n for n in names if isnum(n)], key=float)
        ys = [float(getattr(np, method)(curve[labels == n])) for n in order]
        out["tuning"]["cases"].append({"method": method, "start_offset": so, "end_offset": eo, "stimuli": order,
                                       "values": ys, "max": order[int(np.argmax(ys))],
                                       "min": order[int(np.argmin(ys))]})

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "..", "resources", "biology_reference.json")
with open(target, "w") as fh:
    json.dump(out, fh)
print("wrote", target)
