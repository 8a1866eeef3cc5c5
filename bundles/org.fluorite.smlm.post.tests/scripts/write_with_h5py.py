"""Writes a localization table in Fluorite's HDF5 layout (version 1) with h5py, the way a Python
user would without Fluorite: variable-length string attributes, float32 and int32 columns.
StoreTest reads resources/python_written_v1.h5 back and checks the values written here.

Run from this folder:  python3 scripts/write_with_h5py.py
"""
import json

import h5py
import numpy as np

n = 20
frame = (np.arange(n) // 4 + 1).astype(np.int32)
x = (100.0 + 12.5 * np.arange(n)).astype(np.float32)
y = (2000.0 - 7.25 * np.arange(n)).astype(np.float32)
photons = (500.0 + 50.0 * np.arange(n)).astype(np.float64)
with h5py.File("resources/python_written_v1.h5", "w") as f:
    f.attrs["fluorite_layout"] = "localizations"
    f.attrs["layout_version"] = np.int64(1)
    f.attrs["name"] = "from python"
    f.attrs["kind"] = "localizations"
    f.attrs["row_count"] = np.int64(n)
    f.attrs["columns"] = ["frame", "x", "y", "photons"]
    f.attrs["units"] = ["", "nm", "nm", "photon"]
    f.attrs["types"] = ["long", "double", "double", "double"]
    f.attrs["metadata"] = json.dumps({"writer": "h5py", "pixelSizeNm": 100.0})
    f.attrs["provenance"] = "[]"
    g = f.create_group("localizations")
    for name, values, unit in (("frame", frame, ""), ("x", x, "nm"), ("y", y, "nm"), ("photons", photons, "photon")):
        d = g.create_dataset(name, data=values)
        d.attrs["unit"] = unit
print("wrote", n, "rows")
