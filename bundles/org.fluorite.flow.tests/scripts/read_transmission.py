#!/usr/bin/env python3
"""Reads a Fluorite transmission file (.trn.h5) with h5py and numpy only, following the layout in
bundles/org.fluorite.flow/README.md, and prints its columns and history as JSON (NaN, infinities
and missing values as the strings "nan", "inf", "-inf", "None"). Also builds a pandas DataFrame
when pandas is installed, to show the file maps onto one.

    python3 scripts/read_transmission.py resources/every-type.trn.h5 > resources/every-type.python.json
"""
import json
import math
import sys

import h5py
import numpy as np


def text(b):
    return b.decode("utf-8") if isinstance(b, bytes) else str(b)


def number(v):
    v = v.item() if hasattr(v, "item") else v
    if isinstance(v, float) and not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    return v


def read_column(group, spec, rows):
    """One column as a Python list of rows (None for missing values)."""
    kind = spec["type"]
    if rows == 0:
        return []
    node = group[spec["dataset"]]
    if kind in ("text", "uuid"):
        values = [text(v) for v in node[()]]
        for r in node.attrs.get("missing_rows", []):
            values[int(r)] = None
        if kind == "uuid":
            values = [v if v else None for v in values]
        return values
    if kind in ("long", "double"):
        return [number(v) for v in node[()]]
    if kind == "array":
        if text(node.attrs["layout"]) == "matrix":
            return [list(map(number, row)) for row in node[()]]
        lengths = node["lengths"][()]
        values = node["values"][()] if "values" in node else np.zeros(0)
        out, at = [], 0
        for n in lengths:
            if n < 0:
                out.append(None)
            else:
                out.append([number(v) for v in values[at:at + n]])
                at += n
        return out
    if kind == "table":
        lengths = node["lengths"][()]
        total = int(sum(max(0, int(n)) for n in lengths))
        inner = {c["name"]: read_column(node["rows"] if total else None, c, total) for c in spec["columns"]}
        out, at = [], 0
        for n in lengths:
            if n < 0:
                out.append(None)
            else:
                out.append({k: v[at:at + n] for k, v in inner.items()})
                at += n
        return out
    raise ValueError("unknown column type " + kind)


def read(path):
    with h5py.File(path, "r") as f:
        assert text(f.attrs["format"]) == "fluorite-transmission"
        rows = int(f.attrs["rows"])
        schema = json.loads(text(f["schema"][0]))
        history = json.loads(text(f["history"][0]))
        metadata = json.loads(text(f["metadata"][0]))
        columns = {c["name"]: read_column(f["columns"] if rows else None, c, rows) for c in schema}
    return rows, schema, history, metadata, columns


def main():
    rows, schema, history, metadata, columns = read(sys.argv[1])
    try:
        import pandas as pd
        df = pd.DataFrame(columns)
        shape = list(df.shape)
    except ImportError:
        shape = None
    out = {
        "format": "fluorite-transmission",
        "rows": rows,
        "pandas_shape": shape,
        "metadata": metadata,
        "history": {block: [op["name"] for op in ops] for block, ops in history.items()},
        "columns": {k: ["None" if v is None else v for v in vals] for k, vals in columns.items()},
    }
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
