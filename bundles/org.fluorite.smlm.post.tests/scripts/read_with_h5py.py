"""Reads Fluorite's localization HDF5 fixture with h5py and pandas, as a user without Fluorite
would, and records what they see in resources/fluorite_locs_v1.h5py.json (checked by StoreTest).

Run from this folder:  python3 scripts/read_with_h5py.py
The fixture itself is written by org.fluorite.smlm.post.store.StoreFixture.main.
"""
import json

import h5py
import pandas as pd

PATH = "resources/fluorite_locs_v1.h5"


def text(v):
    """Fixed-length strings come back from h5py as bytes."""
    return v.decode("utf-8") if isinstance(v, bytes) else str(v)


with h5py.File(PATH, "r") as f:
    columns = [text(c) for c in f.attrs["columns"]]
    group = f["localizations"]
    frame = pd.DataFrame({c: group[c][()] for c in columns})
    out = {
        "fluorite_layout": text(f.attrs["fluorite_layout"]),
        "layout_version": int(f.attrs["layout_version"]),
        "columns": columns,
        "dtypes": {c: str(group[c].dtype) for c in columns},
        "units": {c: text(group[c].attrs["unit"]) for c in columns},
        "values": {},
        "pandas_rows": int(len(frame)),
        "provenance": text(f.attrs["provenance"]),
        "metadata": text(f.attrs["metadata"]),
        "row_count": int(f.attrs["row_count"]),
    }
    for c in columns:
        v = frame[c].tolist()
        out["values"][c] = [x.decode("utf-8") if isinstance(x, bytes) else x for x in v]

with open("resources/fluorite_locs_v1.h5py.json", "w", encoding="utf-8") as o:
    json.dump(out, o, ensure_ascii=False, indent=1)
print(json.dumps({k: out[k] for k in ("columns", "dtypes", "units", "pandas_rows")}))
