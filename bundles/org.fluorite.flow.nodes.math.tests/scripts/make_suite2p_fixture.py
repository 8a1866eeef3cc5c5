#!/usr/bin/env python3
"""SciPy/NumPy reference for the Signal and Math nodes on real calcium traces.

Input: the suite2p output of the FISSA example in the shared test data
(suite2p_fissa_example/F.npy, 23 ROIs x 864 frames, float32, fs = 1 Hz as its ops.npy says).
Writes ../resources/suite2p_reference.json with, per ROI: Butterworth (order 2, freq_divisor 4,
so Wn = (1/1)/4 = 0.25) by filtfilt, min-max normalisation, numpy.gradient, the peak detection of
the PeakDetect node (AmplThrAbs 0.15, AmplThrRel 10, SlopeThr 0, fictional bases) with its peak
features (scipy.integrate.simpson), linregress over the index, and for the first four ROIs the
filtered, derivative, savgol_filter(11, 3) and periodogram arrays,
and the group z-score of all 23 traces. The traces are read as float32 and widened to float64,
as Fluorite's reader does.
    python3 make_suite2p_fixture.py [path/to/F.npy]
"""
import json
import os
import sys

import numpy as np
from scipy import integrate, signal, stats

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "..", "shared", "data",
                                                          "suite2p_fissa_example", "F.npy")
F = np.load(path).astype(np.float64)


def arr(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def detect(d1, curve, norm, slope_thr, ampl_abs, ampl_rel):
    n = d1.size
    sc = np.diff(np.sign(d1))
    d2 = np.gradient(d1)
    peaks = [i for i in np.where(sc < 0)[0] if not norm[i] < ampl_abs and not d2[i] > slope_thr]
    bases = list(np.where(sc > 0)[0])
    if not peaks:
        return []
    if not bases:
        bases = [0, n - 1]
    else:
        if bases[0] > peaks[0]:
            bases.insert(0, 0)
        if bases[-1] < peaks[-1]:
            bases.append(n - 1)
    ev = sorted([(int(p), 0, 'peak') for p in peaks] + [(int(b), 1, 'base') for b in bases])
    ev = [[e[0], e[2]] for e in ev]
    keep = [True] * len(ev)
    for i in range(1, len(ev) - 1):
        if ev[i][1] == 'peak' and ev[i - 1][1] == 'base' and ev[i + 1][1] == 'base':
            l, r = ev[i - 1][0], ev[i + 1][0]
            best = l + int(np.argmax(curve[l:r]))
            if ((curve[best] - curve[l]) + (curve[best] - curve[r])) / 2 > ampl_rel:
                ev[i][0] = best
            else:
                keep[i] = False
    ev = [e for e, k in zip(ev, keep) if k]
    keep = [True] * len(ev)
    for i in range(1, len(ev) - 1):
        if ev[i][1] == 'base' and ev[i - 1][1] != 'peak' and ev[i + 1][1] != 'peak':
            keep[i] = False
    return [e for e, k in zip(ev, keep) if k]


b, a = signal.butter(2, (1.0 / 1.0) / 4.0)
rois = []
for curve in F:
    filt = signal.filtfilt(b, a, curve)
    norm = (filt - filt.min()) / (filt - filt.min()).max()
    d1 = np.gradient(norm)
    ev = detect(d1, curve, norm, 0.0, 0.15, 10.0)
    feats = []
    for i, (p, label) in enumerate(ev):
        if label != 'peak' or i == 0 or i == len(ev) - 1 or ev[i - 1][1] != 'base' or ev[i + 1][1] != 'base':
            continue
        l, r = ev[i - 1][0], ev[i + 1][0]
        pc = curve[l:r]
        feats.append([p, l, r, float(curve[p] - np.mean((curve[l], curve[r]))), float(integrate.simpson(pc)),
                      float(integrate.simpson(pc - pc.min())), float(abs(curve[l] - curve[p]) / abs(p - l))])
    lr = stats.linregress(np.arange(curve.size), curve)
    roi = {"events": [e[0] for e in ev], "labels": [e[1] for e in ev], "features": feats,
           "linregress": [float(lr.slope), float(lr.intercept), float(lr.rvalue), float(lr.pvalue), float(lr.stderr)]}
    if len(rois) < 4:
        # whole arrays for the first four ROIs only, to keep the fixture small
        roi.update({"butterworth": arr(filt), "derivative": arr(d1), "savgol": arr(signal.savgol_filter(curve, 11, 3)),
                    "psd": arr(signal.periodogram(curve)[1])})
    rois.append(roi)
z = stats.zscore(F, axis=None)
out = {"numpy": np.__version__, "scipy": __import__("scipy").__version__, "shape": list(F.shape),
       "first_values": arr(F[0, :3]), "rois": rois, "zscore_row0": arr(z[0]), "zscore_row22": arr(z[22])}
target = os.path.join(here, "..", "resources", "suite2p_reference.json")
with open(target, "w") as fh:
    json.dump(out, fh)
print("wrote", target, "peaks per ROI:", [sum(1 for l in r["labels"] if l == "peak") for r in rois])
