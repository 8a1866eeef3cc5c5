"""Reference MSD and OLS diffusion estimates computed with numpy for org.fluorite.kymo's Diffusion.

Simulates three 1-D random walks on kymograph lines (seed 7, D = 0.05 um^2/s, line time 0.1 s,
localisation noise 0.02 um, pixel size 0.1 um); track 2 misses lines 10 and 11. Writes
resources/diffusion_tracks.csv in pylake's track CSV format (version 4) and
resources/diffusion_reference.json with, per track: the MSD (lags, values) for max_lag 6, the
number of lags by Michalet and Berglund's iterative rule, and the OLS intercept, slope, diffusion
constant (slope / 2 dt) and its standard error (also with 5 lags) from the MSD covariance of Bullerjahn et al. (2020),
every quantity evaluated with numpy here (np.polyfit for the line fits).
Run: python3 make_diffusion_reference.py   (needs numpy)
"""
import json
import os

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, "..", "resources")
rng = np.random.default_rng(7)
D, DT, NOISE, PIXEL = 0.05, 0.1, 0.02, 0.1


def walk(n, start):
    steps = rng.normal(0, np.sqrt(2 * D * DT), n)
    steps[0] = 0
    return start + np.cumsum(steps) + rng.normal(0, NOISE, n)


def msd(frames, pos, max_lag):
    f1, f2 = np.meshgrid(frames, frames)
    diff = f1 - f2
    p1, p2 = np.meshgrid(pos, pos)
    sq = (p1 - p2) ** 2
    lags = np.unique(diff)
    lags = lags[lags > 0][:max_lag]
    return lags, np.array([np.mean(sq[diff == k]) for k in lags])


def optimal(x, n):
    fa = 2.0 + 1.6 * x ** 0.51
    la = 3 + (4.5 * n ** 0.4 - 8.5) ** 1.2
    fb = 2 + 1.35 * x ** 0.6
    lb = 0.8 + 0.564 * n
    if np.isinf(x):
        ni, ns = np.floor(la), np.floor(lb)
    else:
        ni = np.floor(fa * la / (fa ** 3 + la ** 3) ** (1 / 3))
        ns = min(np.floor(lb), np.floor(fb * lb / (fb ** 3 + lb ** 3) ** (1 / 3)))
    return max(2, int(ns)), max(2, int(ni))


def loc_error(lags, m):
    slope, intercept = np.polyfit(lags, m, 1)
    if intercept < 0:
        return 0
    if slope < 0:
        return np.inf
    return intercept / slope


def optimal_lags(frames, pos):
    n = len(pos)
    ns = ni = max(2, n // 10)
    computed, seen = 0, set()
    for _ in range(100):
        req = max(ni, ns)
        if req > computed:
            lags, m = msd(frames, pos, req)
            computed = req
        seen.add(ns)
        ns, ni = optimal(loc_error(lags[:ns], m[:ns]), n)
        if ns in seen:
            return ns
    return ns


def covariance(k, n, a2, s2):
    i = np.tile(np.arange(k) + 1, (k, 1)).astype(float)
    j = i.T
    m = np.minimum(i, j)
    den = (n - i + 1.0) * (n - j + 1.0)
    base = (s2 ** 2 / 3) * (2.0 * m * (1 + 3 * i * j - m ** 2) / (n - m + 1) + (m ** 2 - m ** 4) / den
                            + ((i + j - n - 2) >= 0) * ((n + 1.0 - i - j) ** 4 - (n + 1.0 - i - j) ** 2) / den)
    loc = (a2 ** 2 * (1.0 + (i == j)) + 4 * a2 * s2 * m) / (n - m + 1.0) + a2 ** 2 * np.maximum(0, n - i - j + 1.0) / den
    return base + loc


def ols(frames, pos, lags_used):
    lags, m = msd(frames, pos, lags_used)
    slope, intercept = np.polyfit(lags, m, 1)
    k, n = len(m), len(pos)
    alpha, beta = lags.sum(), (lags ** 2).sum()
    cov = covariance(k, n, intercept, slope)
    i = np.tile(lags, (k, 1))
    var = np.sum((i * k - alpha) * (i.T * k - alpha) * cov / (k * beta - alpha ** 2) ** 2)
    return intercept, slope, var


tracks = []
frames0 = np.arange(5, 65)
tracks.append((frames0, walk(len(frames0), 1.0)))
frames1 = np.arange(0, 40)
tracks.append((frames1, walk(len(frames1), 2.5)))
frames2 = np.array([f for f in range(3, 33) if f not in (10, 11)])
tracks.append((frames2, walk(len(frames2), 0.7)))

rows, reference = [], []
for idx, (frames, pos) in enumerate(tracks):
    coord = pos / PIXEL
    pos = coord * PIXEL  # positions as the CSV reader rebuilds them
    for f, c, p in zip(frames, coord, pos):
        rows.append([idx, f, c, f * DT, p, DT])
    lags, m = msd(frames, pos, 6)
    n_lags = optimal_lags(frames, pos)
    a2, s2, var = ols(frames, pos, n_lags)
    reference.append({"msd_lags": lags.tolist(), "msd": m.tolist(), "optimal_lags": n_lags, "intercept": a2, "slope": s2,
                      "diffusion": s2 / (2 * DT), "std_err": float(np.sqrt(abs(var)) / (2 * DT)),
                      "localization_variance": a2 / 2, "points": len(pos)})
    a5, s5, var5 = ols(frames, pos, 5)
    reference[-1]["lag5"] = {"diffusion": s5 / (2 * DT), "std_err": float(np.sqrt(abs(var5)) / (2 * DT)),
                             "localization_variance": a5 / 2}

header = ("Exported with pylake v1.2.0 | track coordinates v4\n"
          "track index;time (pixels);coordinate (pixels);time (seconds);position (um);minimum observable duration (seconds)")
np.savetxt(os.path.join(res, "diffusion_tracks.csv"), np.array(rows), fmt=["%d", "%.18e", "%.18e", "%.18e", "%.18e", "%.6e"],
           header=header, delimiter=";")
with open(os.path.join(res, "diffusion_reference.json"), "w") as out:
    json.dump({"line_time_seconds": DT, "pixel_size_um": PIXEL, "tracks": reference}, out, indent=1)
print(json.dumps(reference[0]["diffusion"]), [r["optimal_lags"] for r in reference])
