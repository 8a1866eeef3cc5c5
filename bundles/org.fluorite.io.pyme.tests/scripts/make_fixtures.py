"""Writes small raw PYME series (.h5) for the tests, with h5py, following the layout PYMEAcquire's
HDF spooler writes (PyTables): /ImageData [frame][x][y] uint16 (PYME indexes images x first),
/MetaData with one group per metadata namespace holding the entries as attributes (voxelsize in
um, Camera.CycleTime in s), /Events a table (EventName S32, Time f8, EventDescr S256).
No raw PYME file exists in shared/data. Run: python3 make_fixtures.py ../resources

Pixel values: frame f, x, y -> f * 1000 + x * 10 + y (x < 7, y < 5), so a transposed read shows.
"""
import os
import sys
import h5py
import numpy as np

out = sys.argv[1] if len(sys.argv) > 1 else "../resources"


def series(name, frames, meta_root, groups):
    f, x, y = np.mgrid[0:frames, 0:7, 0:5]
    data = (f * 1000 + x * 10 + y).astype(np.uint16)
    with h5py.File(os.path.join(out, name), "w") as h:
        for k, v in (("CLASS", "GROUP"), ("PYTABLES_FORMAT_VERSION", "2.1"), ("TITLE", ""), ("VERSION", "1.0")):
            h.attrs.create(k, np.bytes_(v))
        d = h.create_dataset("ImageData", data=data, chunks=(1, 7, 5), maxshape=(None, 7, 5),
                             compression="gzip", compression_opts=1)
        d.attrs.create("CLASS", np.bytes_("EARRAY"))
        d.attrs["EXTDIM"] = np.int32(0)
        md = h.create_group("MetaData")
        for k, v in meta_root.items():
            md.attrs[k] = v
        for g, entries in groups.items():
            grp = md.create_group(g)
            for k, v in entries.items():
                grp.attrs[k] = v
        ev = np.array([(b"ProtocolTask", 1.5e9, b"start"), (b"StartAq", 1.5e9 + 0.25, b"0")],
                      dtype=[("EventName", "S32"), ("Time", "<f8"), ("EventDescr", "S256")])
        h.create_dataset("Events", data=ev)


common = {"voxelsize": {"x": 0.117, "y": 0.118, "z": 0.2, "units": "um"},
          "Camera": {"CycleTime": 0.05, "IntegrationTime": 0.049, "ADOffset": 100.0,
                     "ElectronsPerCount": 0.45, "Name": "Simulated"}}
series("pyme_series.h5", 4, {"StartTime": 1.5e9, "AcquisitionType": "Series"}, common)
series("pyme_zt.h5", 6, {"DimensionOrder": "XYZTC", "SizeZ": 2, "SizeT": 3, "SizeC": 1}, common)

# a PYME .h5r fit result: /FitResults with nested fitResults / fitError members (LatGaussFitFR's
# record layout), 3 localizations; /MetaData/voxelsize.x = 0.1 um gives photons = 2 pi A (sigma/100 nm)^2
fr = np.dtype([("tIndex", "<i4"),
               ("fitResults", [("A", "<f4"), ("x0", "<f4"), ("y0", "<f4"), ("sigma", "<f4"), ("background", "<f4")]),
               ("fitError", [("A", "<f4"), ("x0", "<f4"), ("y0", "<f4"), ("sigma", "<f4"), ("background", "<f4")]),
               ("resultCode", "<i4"), ("startParams", "<f4", (2,))])
rows = np.zeros(3, dtype=fr)
rows["tIndex"] = [0, 4, 9]
rows["fitResults"]["A"] = [100, 200, 300]
rows["fitResults"]["x0"] = [1000.5, 2000.25, 3000.0]
rows["fitResults"]["y0"] = [-50, 0, 50]
rows["fitResults"]["sigma"] = [100, 150, 200]
rows["fitResults"]["background"] = [5, 6, 7]
rows["fitError"]["x0"] = [10, 20, 30]
rows["resultCode"] = [0, 0, 1]
rows["startParams"] = [[1, 2], [3, 4], [5, 6]]
with h5py.File(os.path.join(out, "fit_results.h5r"), "w") as h:
    h.create_dataset("FitResults", data=rows)
    vs = h.create_group("MetaData").create_group("voxelsize")
    vs.attrs["x"] = 0.1
    vs.attrs["y"] = 0.1
