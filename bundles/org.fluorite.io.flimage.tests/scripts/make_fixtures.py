"""Writes the flimage test fixtures of this fragment with h5py, following the HDF5 layout in the
flimage 0.3.2 documentation ("HDF5 file format"), as Python's flimage writes it: variable-length
UTF-8 string attributes, float32 images with the HDF5 image attributes, gzip + fletcher32 chunks.
(Python's flimage itself was not installable here.) Run: python3 make_fixtures.py ../resources
"""
import sys
import os
import h5py
import numpy as np

out = sys.argv[1] if len(sys.argv) > 1 else "../resources"


def image(group, name, data):
    d = group.create_dataset(name, data=data.astype(np.float32), chunks=data.shape,
                             compression="gzip", compression_opts=9, fletcher32=True)
    d.attrs.create("CLASS", np.bytes_("IMAGE"))
    d.attrs.create("IMAGE_SUBCLASS", np.bytes_("IMAGE_GRAYSCALE"))
    d.attrs.create("IMAGE_VERSION", np.bytes_("1.2"))


def pattern(i, h, w):
    y, x = np.mgrid[0:h, 0:w]
    return (i * 10 + y * w + x).astype(np.float32)


def flimage(group, i, h, w, with_bg):
    group.attrs["flimage version"] = "0.3.2"
    group.attrs["identifier"] = "img_%d" % i
    group.attrs["pixel size"] = 2.0e-7
    group.attrs["time"] = 1.5 + 0.25 * i
    fl = group.create_group("fluorescence")
    image(fl, "raw", pattern(i, h, w))
    bg = fl.create_group("bg_data")
    if with_bg:
        image(bg, "data", np.full((h, w), 0.5 * i + 0.25, np.float32))


# an FLSeries of 12 images (fli_0 ... fli_11, so numeric and text order differ), 6 x 8 pixels
with h5py.File(os.path.join(out, "series12.h5"), "w") as h:
    h.attrs["identifier"] = "fluorite-series"
    for i in range(12):
        flimage(h.create_group("fli_%d" % i), i, 6, 8, True)

# an FLImage with a background, 5 x 7 pixels
with h5py.File(os.path.join(out, "with_background.h5"), "w") as h:
    flimage(h, 3, 5, 7, True)
