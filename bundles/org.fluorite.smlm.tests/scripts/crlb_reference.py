#!/usr/bin/env python3
"""Reference Cramer-Rao lower bounds for org.fluorite.smlm.fit.Crlb, computed independently.

Model (LatGaussFitFR, pixel-integrated): mu(x, y) = N * Ex * Ey + b + bx * (x - cx) + by * (y - cy)
on a w x w window whose pixel j spans [j, j+1], with Ex = (erf((j+1-x0)/(sqrt2 s)) - erf((j-x0)/(sqrt2 s))) / 2.
Noise: variance F2 * (mu + readVar) per pixel (Poisson / EM excess noise / sCMOS read variance).
Fisher information I = J^T diag(1 / (F2 (mu + readVar))) J with J by central differences (float64),
bounds = sqrt(diag(inv(I))) in the order N, x0, y0, sigma, b.

Writes ../resources/crlb-reference.json. Needs numpy and scipy.
"""
import json
import os

import numpy as np
from scipy.special import erf


def model(p, w):
    n, x0, y0, s, b, bx, by = p
    edges = np.arange(w + 1, dtype=float)
    ex = 0.5 * np.diff(erf((edges - x0) / (np.sqrt(2) * s)))
    ey = 0.5 * np.diff(erf((edges - y0) / (np.sqrt(2) * s)))
    centres = np.arange(w) + 0.5
    c = w / 2.0
    return n * np.outer(ey, ex) + b + bx * (centres[None, :] - c) + by * (centres[:, None] - c)


def bounds(n, b, s, w, f2, read_var):
    p = np.array([n, w / 2.0, w / 2.0, s, b, 0.0, 0.0])
    mu = model(p, w).ravel()
    jac = []
    for i in range(len(p)):
        h = 1e-5 * max(1.0, abs(p[i]))
        up = p.copy()
        dn = p.copy()
        up[i] += h
        dn[i] -= h
        jac.append((model(up, w).ravel() - model(dn, w).ravel()) / (2 * h))
    jac = np.array(jac)
    fisher = (jac / (f2 * (mu + read_var))) @ jac.T
    cov = np.linalg.inv(fisher)
    sd = np.sqrt(np.diag(cov))
    return [float(v) for v in sd[:5]]


CASES = [
    dict(photons=5000, background=10, sigma=1.3, window=7, f2=1, readVariance=0),
    dict(photons=2000, background=20, sigma=1.3, window=7, f2=2, readVariance=0.16),
    dict(photons=300, background=5, sigma=1.0, window=9, f2=1, readVariance=2.0),
    dict(photons=10000, background=1e-6, sigma=2.0, window=21, f2=1, readVariance=0),
]

if __name__ == "__main__":
    out = []
    for c in CASES:
        r = dict(c)
        r["bounds"] = bounds(c["photons"], c["background"], c["sigma"], c["window"], c["f2"], c["readVariance"])
        out.append(r)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "resources", "crlb-reference.json")
    with open(path, "w") as f:
        json.dump({"generator": "scripts/crlb_reference.py", "numpy": np.__version__, "cases": out}, f, indent=1)
    print(json.dumps(out, indent=1))
