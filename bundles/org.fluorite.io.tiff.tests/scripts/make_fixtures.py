"""Writes the small TIFF fixtures in ../resources used by the Fluorite TIFF reader tests.

Each fixture holds a deterministic pattern that the Java tests recompute, so the tests need
neither Python nor stored expected arrays. Needs numpy, tifffile and imagecodecs
(LZW, PackBits and the floating-point predictor).

    python3 make_fixtures.py
"""
import os

import numpy as np
import tifffile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources")


def pattern(shape):
    """v = (i * 7 + y * 13 + x * 3) % 251 for plane i, row y, column x (float64)."""
    planes = int(np.prod(shape[:-2])) if len(shape) > 2 else 1
    i, y, x = np.meshgrid(np.arange(planes), np.arange(shape[-2]), np.arange(shape[-1]), indexing="ij")
    return ((i * 7 + y * 13 + x * 3) % 251).astype(np.float64).reshape(shape)


def main():
    os.makedirs(OUT, exist_ok=True)
    # uint16, LZW, horizontal predictor, strips of 7 rows, little-endian
    a = (pattern((3, 40, 50)) * 200).astype(np.uint16)
    tifffile.imwrite(f"{OUT}/lzw_u16_predictor.tif", a, compression="lzw", predictor=True, rowsperstrip=7,
                    photometric="minisblack")
    # float32 / 7, Deflate, floating-point predictor, 16x16 tiles
    a = (pattern((2, 40, 50)) / 7).astype(np.float32)
    tifffile.imwrite(f"{OUT}/deflate_f32_fpredictor_tiled.tif", a, compression="zlib", predictor=True, tile=(16, 16),
                    photometric="minisblack")
    # uint8 RGB, planar configuration 2 (separate), PackBits, big-endian
    a = np.stack([pattern((40, 50)).astype(np.uint8) + k * 3 for k in range(3)], axis=0)
    tifffile.imwrite(f"{OUT}/packbits_rgb_planar_be.tif", a, photometric="rgb", planarconfig="separate",
                     compression="packbits", byteorder=">")
    # float64 - 100, BigTIFF, big-endian, Deflate + floating-point predictor
    a = pattern((2, 20, 30)) - 100
    tifffile.imwrite(f"{OUT}/bigtiff_be_f64.tif", a, bigtiff=True, byteorder=">", compression="zlib", predictor=True)
    # int32: pattern * -1000, LZW, horizontal predictor
    a = (pattern((20, 30)) * -1000).astype(np.int32)
    tifffile.imwrite(f"{OUT}/lzw_i32_predictor.tif", a, compression="lzw", predictor=True)
    # 1-bit WhiteIsZero: stored bit = (x + y) % 2, read back inverted
    a = ((np.add.outer(np.arange(9), np.arange(11)) % 2) == 1)
    tifffile.imwrite(f"{OUT}/bilevel_miniswhite.tif", a, photometric="miniswhite")
    # ImageJ hyperstack T=3 Z=2 C=2, 0.2 um pixels, 0.5 um spacing, 0.25 s frame interval
    a = pattern((3, 2, 2, 12, 10)).astype(np.uint8)
    tifffile.imwrite(f"{OUT}/imagej_tzc.tif", a, imagej=True, resolution=(1 / 0.2, 1 / 0.2),
                     metadata={"axes": "TZCYX", "spacing": 0.5, "unit": "um", "finterval": 0.25})
    # OME-TIFF T=4 Z=2 with per-plane DeltaT: one slow frame (0.1 s steps, then 0.3 s)
    a = pattern((4, 2, 8, 6)).astype(np.uint16)
    delta_t = [t for t in (0.0, 0.1, 0.2, 0.5) for _ in range(2)]
    the_z = [z for _ in range(4) for z in range(2)]
    the_t = [t for t in range(4) for _ in range(2)]
    tifffile.imwrite(f"{OUT}/ome_deltat.ome.tif", a, ome=True,
                     metadata={"axes": "TZYX", "PhysicalSizeX": 0.5, "PhysicalSizeXUnit": "nm",
                               "PhysicalSizeY": 0.5, "PhysicalSizeYUnit": "nm", "PhysicalSizeZ": 2.0,
                               "TimeIncrement": 100, "TimeIncrementUnit": "ms",
                               "Plane": {"DeltaT": delta_t, "TheZ": the_z, "TheT": the_t, "TheC": [0] * 8}})


if __name__ == "__main__":
    main()
