"""Writes resources/v1-project: a project as Fluorite's first schema (user_version 1) stored it,
to test the migration to the current schema. Run from the test bundle's folder:

    python3 scripts/make_v1_project.py

Needs numpy and tifffile. The movie is 3 frames of 4 x 4 uint16, pixel value 100 * t + x; the
two ROIs are the left and right 2-pixel-wide halves, so their traces are 100 t + 0.5 and 100 t + 2.5.
"""
import json
import os
import shutil
import sqlite3

import numpy as np
import tifffile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "v1-project")
IMAGE_UUID = "3e069e2d-d012-47ee-830c-93d85197e2f4"
IMAGE = "images/%s-0000abcd.tif" % IMAGE_UUID

V1 = [
    "CREATE TABLE project_info(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE columns(name TEXT PRIMARY KEY, kind TEXT NOT NULL, value_type TEXT NOT NULL,"
    " replace_value, position INTEGER NOT NULL)",
    "CREATE TABLE samples(sample_id TEXT PRIMARY KEY, animal_id TEXT NOT NULL, trial_id TEXT NOT NULL,"
    " image_uuid TEXT NOT NULL UNIQUE, image_path TEXT NOT NULL, frames INTEGER, width INTEGER,"
    " height INTEGER, comments TEXT, date TEXT, metadata_json TEXT, provenance_json TEXT,"
    " stimulus_json TEXT, added TEXT, modified TEXT)",
    "CREATE TABLE sample_values(sample_id TEXT NOT NULL REFERENCES samples(sample_id) ON DELETE CASCADE,"
    " column_name TEXT NOT NULL, value, PRIMARY KEY(sample_id, column_name))",
    "CREATE TABLE rois(roi_uuid TEXT PRIMARY KEY, sample_id TEXT NOT NULL REFERENCES samples(sample_id)"
    " ON DELETE CASCADE, roi_index INTEGER NOT NULL, roi_json TEXT NOT NULL, trace BLOB,"
    " trace_length INTEGER)",
    "CREATE TABLE roi_tags(roi_uuid TEXT NOT NULL REFERENCES rois(roi_uuid) ON DELETE CASCADE,"
    " column_name TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(roi_uuid, column_name))",
]


def roi(name, left, tag):
    return {"type": "rectangle", "name": name, "colour": None, "strokeWidth": 0.0,
            "tags": {"cell_name": tag}, "attributes": {},
            "position": {"channel": 0, "slice": 0, "frame": 0},
            "left": float(left), "top": 0.0, "width": 2.0, "height": 4.0, "arcSize": 0.0}


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "images"))
    movie = np.array([[[100 * t + x for x in range(4)] for _ in range(4)] for t in range(3)], dtype=np.uint16)
    tifffile.imwrite(os.path.join(OUT, IMAGE), movie, imagej=True, metadata={"axes": "TYX"})
    db = sqlite3.connect(os.path.join(OUT, "project.sqlite"))
    for sql in V1:
        db.execute(sql)
    db.execute("PRAGMA user_version = 1")
    db.executemany("INSERT INTO project_info VALUES (?, ?)",
                   [("format", "fluorite.project"), ("name", "old project"), ("created", "2026-01-01T00:00:00Z")])
    db.executemany("INSERT INTO columns VALUES (?, ?, ?, ?, ?)",
                   [("cell_name", "roi-type", "text", None, 0), ("promoter", "custom", "text", None, 1),
                    ("stage", "custom", "int", 0, 2)])
    stim = {"name": "stim", "types": []}
    db.execute("INSERT INTO samples VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               ("old-_-1", "old", "1", IMAGE_UUID, IMAGE, 3, 4, 4, "from v1", "2026-01-01T00:00:00Z",
                json.dumps({"fps": 2.0}), "[]", json.dumps(stim), "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
    db.executemany("INSERT INTO sample_values VALUES (?, ?, ?)", [("old-_-1", "promoter", "pc2"), ("old-_-1", "stage", 48)])
    for i, (uuid, left, tag) in enumerate([("f44fbd3d-6eaa-4e19-a677-496908565fde", 0, "palp"),
                                           ("a8a1f6a3-5a34-4f43-9d6e-0d0f6a1e2b3c", 2, "mn")]):
        trace = np.array([100 * t + left + 0.5 for t in range(3)], dtype="<f8")
        db.execute("INSERT INTO rois VALUES (?, ?, ?, ?, ?, ?)",
                   (uuid, "old-_-1", i, json.dumps(roi("r%d" % i, left, tag)), trace.tobytes(), len(trace)))
        db.execute("INSERT INTO roi_tags VALUES (?, ?, ?)", (uuid, "cell_name", tag))
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
