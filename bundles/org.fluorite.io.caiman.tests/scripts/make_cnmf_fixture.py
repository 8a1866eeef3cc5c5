"""Writes resources/cnmf_synthetic.hdf5: a small synthetic CaImAn CNMF result in the layout
CaImAn's save_hdf5 produces (estimates/A as a CSC sparse group, C, S, YrA, b, f,
idx_components, dims, params), with analytic content so the Fluorite tests can check it exactly.

Field of view: dims = (d1, d2) = (20, 30), i.e. 20 rows by 30 columns. Pixels are flattened in
column-major (Fortran) order, as CaImAn does: flat index p = row + col * d1.
Three components: truncated Gaussians (sigma 1.5 px, radius 3 px: 29 pixels each) centred at
(row, col) = (5, 7), (12, 20), (15, 4), each column scaled to unit L2 norm.
Traces (50 frames, t = 0..49):  C0 = t,  C1 = 10 + 10 sin(t / 5),  C2 = 5 exp(-t / 10);
S = max(diff(C, prepend 0), 0); YrA[k] = 0.1 (k + 1) cos(t); f = 100 + t;
b (one background component): value row + col / 100 at (row, col).
Run: python3 make_cnmf_fixture.py   (needs h5py, numpy, scipy)
"""
import json
import os

import h5py
import numpy as np
import scipy.sparse

D1, D2, T = 20, 30, 50
CENTRES = [(5, 7), (12, 20), (15, 4)]
SIGMA = 1.5
RADIUS = 3

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "resources", "cnmf_synthetic.hdf5")

cols = []
expected = {"components": []}
for (r0, c0) in CENTRES:
    img = np.zeros((D1, D2))
    for r in range(D1):
        for c in range(D2):
            d2 = (r - r0) ** 2 + (c - c0) ** 2
            if d2 <= RADIUS ** 2:
                img[r, c] = np.exp(-d2 / (2 * SIGMA ** 2))
    img /= np.sqrt((img ** 2).sum())
    flat = img.reshape(-1, order="F")
    cols.append(flat)
    w = flat[flat > 0].astype(np.float32)
    rr, cc = np.nonzero(img)
    expected["components"].append({
        "pixels": int(len(rr)),
        "weightSum": float(w.astype(np.float64).sum()),
        "centroidRow": float((img[rr, cc] * rr).sum() / img[rr, cc].sum()),
        "centroidCol": float((img[rr, cc] * cc).sum() / img[rr, cc].sum()),
    })
A = scipy.sparse.csc_matrix(np.stack(cols, axis=1))

t = np.arange(T, dtype=np.float64)
C = np.stack([t, 10 + 10 * np.sin(t / 5), 5 * np.exp(-t / 10)])
S = np.maximum(np.diff(C, axis=1, prepend=0), 0)
YrA = np.stack([0.1 * (k + 1) * np.cos(t) for k in range(3)])
f = (100 + t)[None, :]
bimg = np.array([[r + c / 100 for c in range(D2)] for r in range(D1)])
b = bimg.reshape(-1, order="F")[:, None]

with h5py.File(out, "w") as h:
    e = h.create_group("estimates")
    e["A/data"] = A.data
    e["A/indptr"] = A.indptr
    e["A/indices"] = A.indices
    e["A/shape"] = np.array(A.shape)
    e["C"] = C
    e["S"] = S
    e["YrA"] = YrA
    e["b"] = b
    e["f"] = f
    e["idx_components"] = np.array([0, 2])
    e["idx_components_bad"] = np.array([1])
    e["dims"] = np.array([D1, D2])
    e["F_dff"] = "NoneType"
    e["SNR_comp"] = np.array([5.5, 1.5, 3.25])
    e["r_values"] = np.array([0.9, 0.2, 0.8])
    p = h.create_group("params")
    p["data/fr"] = 10.0
    p["data/dims"] = np.array([D1, D2])
    p["data/decay_time"] = 0.4
    p["data/fnames"] = np.bytes_("movie.tif")
    p["init/K"] = 3
    p["init/gSig"] = np.array([2, 2])
    p["init/method_init"] = "greedy_roi"
    h["dview"] = "NoneType"

print(json.dumps(expected, indent=1))
