#!/usr/bin/env python3
"""Reference outputs of SciPy/NumPy for the Signal nodes of Fluorite's flowchart.

Writes ../resources/signal_reference.json: inputs, parameters and the SciPy/NumPy results for
butter, lfilter_zi, filtfilt, savgol_filter, periodogram, resample, fftpack.rfft/irfft,
normalisation, mean/variance scaling, numpy.gradient, integrate.simpson, and a peak detection +
peak features pipeline on a simulated calcium trace. Run with numpy and scipy installed:
    python3 make_signal_fixtures.py
Floats are written with repr (round-trip exact); NaN as the JSON token NaN.
"""
import json
import os

import numpy as np
import scipy
from scipy import signal, fftpack, integrate

rng = np.random.default_rng(20261122)
out = {"numpy": np.__version__, "scipy": scipy.__version__}


def arr(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


# Butterworth designs
out["butter"] = []
for order, wn in [(1, 0.05), (2, 0.05), (2, 0.2), (4, 0.1), (6, 0.5), (8, 0.3)]:
    b, a = signal.butter(order, wn)
    out["butter"].append({"order": order, "wn": wn, "b": arr(b), "a": arr(a),
                          "zi": arr(signal.lfilter_zi(b, a))})

# filtfilt: a noisy trace, Mesmerize's Wn = (1 / fps) / freq_divisor
out["filtfilt"] = []
t = np.arange(300) / 10.0
trace = np.sin(2 * np.pi * 0.2 * t) + 0.3 * rng.standard_normal(t.size) + 2.0
for order, fps, divisor in [(2, 10.0, 2.0), (4, 10.0, 1.0), (3, 5.0, 0.5), (6, 20.0, 0.2)]:
    wn = (1.0 / fps) / divisor
    b, a = signal.butter(order, wn)
    out["filtfilt"].append({"order": order, "wn": wn, "x": arr(trace),
                            "y": arr(signal.filtfilt(b, a, trace))})
short = rng.standard_normal(13)
b, a = signal.butter(2, 0.3)
out["filtfilt"].append({"order": 2, "wn": 0.3, "x": arr(short), "y": arr(signal.filtfilt(b, a, short))})

# Savitzky-Golay, mode='interp'
out["savgol"] = []
noisy = np.cumsum(rng.standard_normal(120))
for w, p in [(5, 2), (11, 3), (31, 5), (7, 0), (3, 1), (21, 8), (9, 4)]:
    out["savgol"].append({"window": w, "polyorder": p, "x": arr(noisy),
                          "y": arr(signal.savgol_filter(noisy, w, p))})


def exact_savgol_coeffs(w, p):
    """Smoothing coefficients in rational arithmetic (normal equations solved exactly)."""
    from fractions import Fraction as Fr
    xs = range(-(w // 2), w // 2 + 1)
    n = p + 1
    m = [[Fr(sum(x ** (i + j) for x in xs)) for j in range(n)] + [Fr(1 if i == 0 else 0)] for i in range(n)]
    for c in range(n):
        piv = next(r for r in range(c, n) if m[r][c] != 0)
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c and m[r][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    y = [m[i][n] / m[i][i] for i in range(n)]
    return [float(sum(y[i] * Fr(x) ** i for i in range(n))) for x in xs]


out["savgol_exact_coeffs"] = [{"window": w, "polyorder": p, "scipy": arr(signal.savgol_coeffs(w, p)),
                               "exact": exact_savgol_coeffs(w, p)} for w, p in [(21, 8), (31, 5), (5, 2)]]
exact = noisy[:9]
out["savgol"].append({"window": 9, "polyorder": 3, "x": arr(exact), "y": arr(signal.savgol_filter(exact, 9, 3))})

# periodogram (defaults) and resample
out["periodogram"] = []
for n, fs in [(100, 1.0), (101, 1.0), (64, 10.0)]:
    x = rng.standard_normal(n) + np.sin(np.arange(n) * 0.3)
    f, p = signal.periodogram(x, fs=fs)
    out["periodogram"].append({"fs": fs, "x": arr(x), "f": arr(f), "p": arr(p)})
out["resample"] = []
for n, num in [(100, 37), (100, 250), (101, 50), (64, 64), (64, 32), (50, 80), (7, 3), (30, 31)]:
    x = rng.standard_normal(n) + np.cos(np.arange(n) * 0.2)
    out["resample"].append({"num": num, "x": arr(x), "y": arr(signal.resample(x, num))})

# fftpack packed real transforms
out["rfft"] = []
for n in [1, 2, 8, 15, 97, 100, 128]:
    x = rng.standard_normal(n)
    y = fftpack.rfft(x)
    out["rfft"].append({"x": arr(x), "y": arr(y), "inverse": arr(fftpack.irfft(y))})

# Normalize node, ScalerMeanVariance (tslearn's formula), numpy.gradient
x = rng.standard_normal(50) * 3 + 7
out["normalize"] = {"x": arr(x), "y": arr((x - np.min(x)) / np.max(x - np.min(x)))}
xn = x.copy()
xn[[3, 17]] = np.nan
out["scaler"] = []
for src in (x, xn):
    for mu, sd in [(0.0, 1.0), (2.5, 0.5)]:
        m = np.nanmean(src)
        s = np.nanstd(src)
        s = 1.0 if s == 0 else s
        out["scaler"].append({"mu": mu, "std": sd, "x": arr(src), "y": arr((src - m) * sd / s + mu)})
out["gradient"] = {"x": arr(x), "y": arr(np.gradient(x))}

# Simpson's rule (current SciPy, unit spacing)
out["simpson"] = []
for n in [1, 2, 3, 4, 5, 6, 7, 8, 50, 51]:
    y = rng.standard_normal(n)
    out["simpson"].append({"y": arr(y), "integral": float(integrate.simpson(y))})


# Peak detection as the PeakDetect node describes it, and the peak features
def detect(d1, curve, norm, slope_thr, ampl_abs, ampl_rel, fictional):
    n = d1.size
    sc = np.diff(np.sign(d1))
    d2 = np.gradient(d1)
    peaks = [i for i in np.where(sc < 0)[0] if not norm[i] < ampl_abs and not d2[i] > slope_thr]
    bases = list(np.where(sc > 0)[0])
    if not peaks:
        return []
    if fictional:
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
            rise = curve[best] - curve[l]
            fall = curve[best] - curve[r]
            if (rise + fall) / 2 > ampl_rel:
                ev[i][0] = best
            else:
                keep[i] = False
    ev = [e for e, k in zip(ev, keep) if k]
    keep = [True] * len(ev)
    for i in range(1, len(ev) - 1):
        if ev[i][1] == 'base' and ev[i - 1][1] != 'peak' and ev[i + 1][1] != 'peak':
            keep[i] = False
    return [e for e, k in zip(ev, keep) if k]


def features(curve, ev):
    rows = []
    for i, (p, label) in enumerate(ev):
        if label != 'peak' or i == 0 or i == len(ev) - 1 or ev[i - 1][1] != 'base' or ev[i + 1][1] != 'base':
            continue
        l, r = ev[i - 1][0], ev[i + 1][0]
        pc = curve[l:r]
        rows.append({"p": p, "l": l, "r": r,
                     "ampl_rel_b_ix_l": float(curve[p] - curve[l]),
                     "ampl_rel_b_ix_r": float(curve[p] - curve[r]),
                     "ampl_rel_b_mean": float(curve[p] - np.mean((curve[l], curve[r]))),
                     "ampl_rel_zero": float(curve[p]),
                     "area_rel_zero": float(integrate.simpson(pc)),
                     "area_rel_min": float(integrate.simpson(pc - np.min(pc))),
                     "rising_slope_avg": float(abs(curve[l] - curve[p]) / abs(p - l)),
                     "falling_slope_avg": float(abs(curve[r] - curve[p]) / abs(p - r)),
                     "duration_base": int(pc.size)})
    return rows


n = 600
fps = 10.0
raw = np.full(n, 1.0)
for onset, amp in [(40, 1.0), (150, 0.6), (160, 0.5), (300, 1.4), (420, 0.25), (520, 0.9)]:
    k = np.arange(n - onset)
    raw[onset:] += amp * (1 - np.exp(-k / 2.0)) * np.exp(-k / 15.0)
raw += 0.03 * rng.standard_normal(n)
b, a = signal.butter(2, (1.0 / fps) / 0.5)
filt = signal.filtfilt(b, a, raw)
norm = (filt - np.min(filt)) / np.max(filt - np.min(filt))
d1 = np.gradient(norm)
out["peaks"] = []
for slope_thr, ampl_abs, ampl_rel, fictional in [(0.0, 0.0, 0.0, True), (-0.002, 0.1, 0.05, True),
                                                 (0.0, 0.2, 0.0, False), (-0.05, 0.0, 0.0, True)]:
    ev = detect(d1, raw, norm, slope_thr, ampl_abs, ampl_rel, fictional)
    out["peaks"].append({"slope_thr": slope_thr, "ampl_thr_abs": ampl_abs, "ampl_thr_rel": ampl_rel,
                         "fictional_bases": fictional, "events": [e[0] for e in ev],
                         "labels": [e[1] for e in ev], "features": features(raw, ev)})
out["peak_input"] = {"raw": arr(raw), "fps": fps, "order": 2, "freq_divisor": 0.5,
                     "filtered": arr(filt), "normalized": arr(norm), "derivative": arr(d1)}

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "..", "resources", "signal_reference.json")
with open(target, "w") as fh:
    json.dump(out, fh)
print("wrote", target)
