"""Writes resources/fissa_b_dff_numpy.csv: dF/F0 of FISSA's raw cell traces for fissa/b computed
with numpy, as an independent reference for Fluorite's DeltaF.

Baselines (frames 0-based):
  p10_w9_centred:  F0(t) = np.percentile(F[t-4 : t+5], 10), the window cut at the ends
  p20_w5_trailing: F0(t) = np.percentile(F[t-4 : t+1], 20), the window cut at the start
  frames_0_5:      F0 = mean(F[0:5])

Run from this folder:  python3 scripts/fissa_dff_numpy.py ../../../shared/data
"""
import sys

import numpy as np

data = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/data"
raw = np.load(data + "/fissa/b/expected_py3.npz", allow_pickle=True)["raw"]
rois = ["03", "04"]


def sliding(trace, before, after, percentile):
    n = len(trace)
    return np.array([np.percentile(trace[max(0, t - before):min(n, t + after + 1)], percentile) for t in range(n)])


with open("resources/fissa_b_dff_numpy.csv", "w") as out:
    out.write("movie,roi,frame,p10_w9_centred,p20_w5_trailing,frames_0_5\n")
    for cell in range(raw.shape[0]):
        for trial in range(raw.shape[1]):
            f = raw[cell, trial][0]
            bases = [sliding(f, 4, 4, 10), sliding(f, 4, 0, 20), np.full(len(f), f[0:5].mean())]
            dffs = [(f - b) / b for b in bases]
            for t in range(len(f)):
                out.write("AVG_A0%d.tif,%s,%d,%s\n" % (trial + 1, rois[cell], t, ",".join(repr(float(d[t])) for d in dffs)))
