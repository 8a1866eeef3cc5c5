#!/usr/bin/env python3
"""Reference outputs of NumPy/SciPy for the Math nodes of Fluorite's flowchart.

Writes ../resources/math_reference.json: numpy.power/abs/log10/log and the documented modlog
transforms, the ArrayStats functions (plain and across the arrays of a group), scipy.stats.zscore
with axis=None, scipy.stats.linregress over the index, the ArgGroupStat row choice, and the
total-variation regularised derivative (Chartrand's "large" scheme as the seed's TVDiff node
runs it, written here with scipy.sparse and scipy.sparse.linalg.cg, rtol=1e-4, maxiter=100).
    python3 make_math_fixtures.py
"""
import json
import os

import numpy as np
import scipy
from scipy import sparse, stats
from scipy.sparse import linalg as splin

rng = np.random.default_rng(6022026)
out = {"numpy": np.__version__, "scipy": scipy.__version__}


def arr(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


x = np.concatenate([rng.standard_normal(20) * 5, [0.0, -0.0, 1.0, -1.0, 1e-300, 1e300]])
out["elementwise"] = {"x": arr(x),
                      "power": {str(y): arr(np.power(x, y)) for y in [2.0, 3.0, 0.5, -1.0, 1.5]},
                      "abs": arr(np.abs(x)),
                      "log10": arr(np.log10(np.abs(x) + 0.5)), "ln": arr(np.log(np.abs(x) + 0.5)),
                      "log_input": arr(np.abs(x) + 0.5),
                      "modlog10": arr(np.sign(x) * np.log10(np.abs(x) + 1)),
                      "modln": arr(np.sign(x) * np.log(np.abs(x) + 1))}

funcs = ['amin', 'amax', 'nanmin', 'nanmax', 'ptp', 'median', 'mean', 'std', 'var', 'nanmedian', 'nanmean',
         'nanstd', 'nanvar']
a = rng.standard_normal(31) * 2 + 1
an = a.copy()
an[[2, 9]] = np.nan
group = rng.standard_normal((5, 12))
group[1, 3] = np.nan
out["stats"] = {"a": arr(a), "a_nan": arr(an), "group": [arr(r) for r in group],
                "plain": {f: float(getattr(np, f)(a)) for f in funcs},
                "with_nan": {f: float(getattr(np, f)(an)) for f in funcs},
                "across": {f: arr(getattr(np, f)(group, axis=0)) for f in funcs}}

zs = [rng.standard_normal(15) * 3 + 4 for _ in range(3)]
out["zscore"] = {"group": [arr(r) for r in zs], "z": [arr(r) for r in stats.zscore(np.vstack(zs), axis=None)]}

out["linregress"] = []
for y in [np.arange(30) * 0.7 + 2 + rng.standard_normal(30), rng.standard_normal(12),
          np.arange(200) * 0.01 + 0.1 * rng.standard_normal(200), np.array([1.0, 3.0, 2.0]),
          np.array([2.0, 5.0])]:
    r = stats.linregress(np.arange(y.size), y)
    out["linregress"].append({"y": arr(y), "slope": float(r.slope), "intercept": float(r.intercept),
                              "r": float(r.rvalue), "p": float(r.pvalue), "stderr": float(r.stderr)})

groups = ["a", "b", "a", "c", "b", "a", "c", "c"]
vals = np.array([1.0, 5.0, 3.0, np.nan, 5.0, 3.0, 2.0, 7.0])
res = {}
for stat, fn in [("max", np.nanargmax), ("min", np.nanargmin)]:
    rows = []
    for g in dict.fromkeys(groups):
        ix = [i for i, h in enumerate(groups) if h == g]
        rows.append(ix[int(fn(vals[ix]))])
    res[stat] = rows
out["arg_group_stat"] = {"groups": groups, "values": arr(vals), "rows": res}


def tvdiff_large(data, itern, alph, ep, dx):
    n = len(data)
    A = lambda v: np.cumsum(v)
    AT = lambda w: (sum(w) * np.ones(len(w)) - np.transpose(np.concatenate(([0.0], np.cumsum(w[:-1])))))
    c = np.ones(n)
    D = sparse.spdiags([-c, c], [0, 1], n, n) / dx
    mask = np.ones((n, n))
    mask[-1, -1] = 0.0
    D = sparse.dia_matrix(D.multiply(mask))
    DT = D.transpose()
    data = data - data[0]
    u = np.concatenate(([0], np.diff(data)))
    ATd = AT(data)
    for _ in range(itern):
        Q = sparse.spdiags(1. / np.sqrt((D @ u) ** 2.0 + ep), 0, n, n)
        L = DT @ Q @ D
        g = AT(A(u)) - ATd
        g += alph * (L @ u)
        cc = np.cumsum(range(n, 0, -1))
        B = alph * L + sparse.spdiags(cc[::-1], 0, n, n)
        R = np.linalg.cholesky(B.toarray())
        M = R.T @ R
        linop = splin.LinearOperator((n, n), lambda v: alph * (L @ v) + AT(A(v)))
        s, _ = splin.cg(linop, -g, rtol=1e-4, maxiter=100, M=M)
        u = u + s
    return u / dx


out["tvdiff"] = []
for n, itern, alph, ep, dx in [(120, 100, 0.1, 1e-2, 0.05), (60, 20, 0.05, 1e-1, 0.1), (200, 10, 1.0, 1e-2, 0.05)]:
    t = np.arange(n) * dx
    f = np.sin(t) + np.where(t > t[n // 2], 0.5, 0.0) + 0.04 * rng.standard_normal(n)
    out["tvdiff"].append({"iterations": itern, "alpha": alph, "epsilon": ep, "dx": dx, "f": arr(f),
                          "u": arr(tvdiff_large(f, itern, alph, ep, dx))})

here = os.path.dirname(os.path.abspath(__file__))
target = os.path.join(here, "..", "resources", "math_reference.json")
with open(target, "w") as fh:
    json.dump(out, fh)
print("wrote", target)
