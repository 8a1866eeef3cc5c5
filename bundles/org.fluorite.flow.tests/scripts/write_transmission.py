#!/usr/bin/env python3
"""Writes a Fluorite transmission file with h5py alone, following the layout in
bundles/org.fluorite.flow/README.md, the way a Python user would: variable-length UTF-8 strings,
int32 and float32 where numpy chose them. TransmissionHdf5Test checks that Fluorite reads it.

    python3 scripts/write_transmission.py resources/from-python.trn.h5
"""
import json
import sys

import h5py
import numpy as np

BLOCK = "9b2f7c3e-1d4a-4e5b-8c6d-7e8f9a0b1c2d"


def main(path):
    rows = 3
    schema = [
        {"name": "cell_type", "type": "text", "unit": "", "dataset": "cell_type"},
        {"name": "stage", "type": "long", "unit": "", "dataset": "stage"},
        {"name": "_RAW_CURVE", "type": "array", "unit": "", "dataset": "_RAW_CURVE"},
        {"name": "_PEAK_TIMES", "type": "array", "unit": "s", "dataset": "_PEAK_TIMES"},
        {"name": "_SAMPLING_RATE", "type": "double", "unit": "Hz", "dataset": "_SAMPLING_RATE"},
        {"name": "_BLOCK_", "type": "uuid", "unit": "", "dataset": "_BLOCK_"},
    ]
    history = {BLOCK: [{"name": "spawn_transmission", "node": "", "parameters": {"sub_dataframe_name": "python"}},
                       {"name": "addition", "node": "", "parameters": {"value": 3.14}}]}
    metadata = {"last_output": "_RAW_CURVE", "last_unit": "time"}
    text = h5py.string_dtype("utf-8")
    with h5py.File(path, "w") as f:
        f.attrs["format"] = "fluorite-transmission"
        f.attrs["version"] = np.int64(1)
        f.attrs["rows"] = np.int64(rows)
        f.create_dataset("schema", data=[json.dumps(schema)], dtype=text)
        f.create_dataset("history", data=[json.dumps(history)], dtype=text)
        f.create_dataset("metadata", data=[json.dumps(metadata)], dtype=text)
        c = f.create_group("columns")
        ds = c.create_dataset("cell_type", data=["palp", "", "Zelle \u00b5"], dtype=text)
        ds.attrs["missing_rows"] = np.array([1], dtype=np.int64)
        c.create_dataset("stage", data=np.array([48, 72, -1], dtype=np.int32))
        m = c.create_dataset("_RAW_CURVE", data=np.arange(12, dtype=np.float32).reshape(3, 4) + 3.14)
        m.attrs["layout"] = "matrix"
        g = c.create_group("_PEAK_TIMES")
        g.attrs["layout"] = "ragged"
        g.create_dataset("lengths", data=np.array([2, -1, 0], dtype=np.int64))
        g.create_dataset("values", data=np.array([0.5, 1.25]))
        c.create_dataset("_SAMPLING_RATE", data=np.array([10.0, 10.0, np.nan]))
        c.create_dataset("_BLOCK_", data=[BLOCK] * rows, dtype=text)


if __name__ == "__main__":
    main(sys.argv[1])
