"""Writes the HDF5 fixtures in ../resources used by the Fluorite HDF5 reader tests.

Every dataset holds a pattern the Java tests recompute, so the tests need neither Python nor
stored expected arrays. Needs numpy and h5py (which also writes the LZF filter).

    python3 make_fixtures.py

Pattern of the image stacks: value(t, y, x) = t * 1000 + y * 50 + x (see pattern()).
"""
import os

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources")


def pattern(t, h, w):
    tt, yy, xx = np.meshgrid(np.arange(t), np.arange(h), np.arange(w), indexing="ij")
    return (tt * 1000 + yy * 50 + xx).astype(np.float64)


def filtered(path):
    with h5py.File(path, "w", libver="earliest") as f:
        f.attrs["title"] = "Fluorite HDF5 fixture"
        f.attrs["pixel size"] = 1.5e-7
        f.attrs["counts"] = np.arange(5, dtype=np.int32)
        f.attrs["long list"] = np.linspace(0, 1, 200)
        f.attrs["flag"] = np.uint8(1)
        f.attrs["enabled"] = True  # h5py writes numpy booleans as an enum FALSE/TRUE
        f.attrs.create("vlen text", "variable length", dtype=h5py.string_dtype())
        f.attrs["matrix"] = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        # uint16 stack, chunks (2, 16, 16) over (6, 40, 50): partial edge chunks, deflate + shuffle
        d = f.create_dataset("stacks/deflate_shuffle", data=pattern(6, 40, 50).astype(np.uint16),
                             chunks=(2, 16, 16), compression="gzip", compression_opts=6, shuffle=True)
        d.attrs["unit"] = "counts"
        # float32 stack, LZF, one plane per chunk
        f.create_dataset("stacks/lzf", data=(pattern(4, 24, 30) / 8).astype(np.float32), chunks=(1, 24, 30),
                         compression="lzf")
        # big-endian int16 stack, contiguous
        f.create_dataset("stacks/contiguous_be", data=(pattern(3, 20, 30) - 1500).astype(">i2"))
        # float64 image, deflate only, chunks spanning several rows
        f.create_dataset("images/deflate_f64", data=pattern(1, 33, 17)[0] / 3, chunks=(8, 17), compression="gzip")
        # uint8 image, compact layout (stored in the object header)
        dcpl = h5py.h5p.create(h5py.h5p.DATASET_CREATE)
        dcpl.set_layout(h5py.h5d.COMPACT)
        space = h5py.h5s.create_simple((8, 12))
        ds = h5py.h5d.create(f.id, b"images/compact_u8", h5py.h5t.STD_U8LE, space, dcpl=dcpl)
        ds.write(h5py.h5s.ALL, h5py.h5s.ALL, ((pattern(1, 8, 12)[0]) % 251).astype(np.uint8))
        # 1-D numeric dataset: a plot
        f.create_dataset("signals/sine", data=np.sin(np.arange(500) / 10.0), chunks=(100,), compression="gzip")
        # compound table with a text field
        rec = np.zeros(7, dtype=[("id", "<i4"), ("value", "<f8"), ("label", "S6"), ("frame", "<u2")])
        rec["id"] = np.arange(7) * 10
        rec["value"] = np.arange(7) * 0.5
        rec["label"] = [b"r%d" % i for i in range(7)]
        rec["frame"] = np.arange(7) + 100
        f.create_dataset("tables/records", data=rec, chunks=(3,), compression="gzip")
        f.create_dataset("scalars/answer", data=np.int64(42))
        f.create_dataset("scalars/name", data="fluorite", dtype=h5py.string_dtype())
        f.create_dataset("misc/four_d", data=np.zeros((2, 3, 4, 5), dtype=np.float32))
        f["links/soft"] = h5py.SoftLink("/stacks/lzf")


def damaged_chunk(path):
    """One plane per chunk; the chunk of plane 2 is overwritten with garbage afterwards, so only
    reads that touch nothing but the requested plane's chunks can succeed for planes 0 and 1."""
    with h5py.File(path, "w") as f:
        bad = f.create_dataset("stack", data=pattern(3, 16, 16).astype(np.uint16), chunks=(1, 16, 16),
                               compression="gzip")
        f.flush()
        info = bad.id.get_chunk_info_by_coord((2, 0, 0))
        offset, size = info.byte_offset, info.size
    damage(path, offset, size)


def damage(path, offset, size):
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(b"\xff" * size)


def main():
    os.makedirs(OUT, exist_ok=True)
    filtered(os.path.join(OUT, "filters.h5"))
    damaged_chunk(os.path.join(OUT, "damaged_chunk.h5"))
    # more datasets than the importer opens at once: 60 images of 2 x 3, image i filled with i
    with h5py.File(os.path.join(OUT, "many.h5"), "w") as f:
        for i in range(60):
            f.create_dataset("images/im%02d" % i, data=np.full((2, 3), i, dtype=np.uint8))
    # the same content behind a 512-byte user block
    with h5py.File(os.path.join(OUT, "userblock.h5"), "w", userblock_size=512) as f:
        f.create_dataset("image", data=pattern(1, 10, 12)[0].astype(np.float32))


if __name__ == "__main__":
    main()
