"""Writes resources/fissa_b_raw_cells.csv: FISSA's expected raw cell traces for fissa/b.

FISSA stores, per cell and trial, a (1 + nRegions, frames) array "raw": row 0 is the mean
intensity inside the cell ROI per frame, the other rows its neuropil regions. This keeps row 0
for the two cells (03.roi, 04.roi in b/rois.zip) and the three movies AVG_A01..A03, so the
Fluorite tests compare against them without Python.

Run from this folder:  python3 scripts/extract_fissa_raw.py ../../../shared/data
"""
import sys

import numpy as np

data = sys.argv[1] if len(sys.argv) > 1 else "../../../shared/data"
expected = np.load(data + "/fissa/b/expected_py3.npz", allow_pickle=True)
raw = expected["raw"]
rois = ["03", "04"]
with open("resources/fissa_b_raw_cells.csv", "w") as out:
    out.write("movie,roi,frame,raw\n")
    for cell in range(raw.shape[0]):
        for trial in range(raw.shape[1]):
            trace = raw[cell, trial][0]
            for frame, value in enumerate(trace):
                out.write("AVG_A0%d.tif,%s,%d,%r\n" % (trial + 1, rois[cell], frame, float(value)))
