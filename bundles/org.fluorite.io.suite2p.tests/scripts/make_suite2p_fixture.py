"""Writes resources/suite2p_synthetic/: a small suite2p output folder with analytic content that
exercises the .npy and pickle paths the real example does not: a parent folder with plane0/ and
plane1/, a Fortran-ordered Fneu.npy with a version-2.0 header, stat.npy pickled with protocol 4
(STACK_GLOBAL, MEMOIZE, FRAME) and ops.npy with protocol 5, a big-endian and a Fortran-ordered
array inside ops.

Content (3 ROIs, 6 frames, image Ly x Lx = 8 x 10):
  F[i, t] = 100 i + t (float32);  Fneu[i, t] = 10 i + 0.5 t (float32);  spks[i, t] = (t % 3 == 0) (float32)
  iscell = [[1, 0.9], [0, 0.2], [1, 0.75]]
  stat[i]: xpix = [i, i+1, i+2], ypix = [i, i, i+1], lam = (i+1) [0.5, 0.25, 0.125] (float32),
           med = [ypix[0], xpix[1]], npix = 3, radius = 1.5 + i (numpy float64 scalar)
  ops: Ly 8, Lx 10, fs 2.5, nframes 6, tau 1.25, meanImg[y, x] = 10 y + x (float32),
       max_proj[y, x] = y + x / 10 (float64, Fortran order), refImg = meanImg as big-endian int16,
       nchannels 1, data_path ['/data/run1'], timing {'registration': 1.5}
plane1/ holds the same files (the reader reports the second plane).
Run: python3 make_suite2p_fixture.py   (needs numpy)
"""
import os
import pickle
import shutil

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "resources", "suite2p_synthetic")
shutil.rmtree(root, ignore_errors=True)


def save_pickled(path, array, protocol):
    """An object-array .npy whose payload is pickled with the given protocol."""
    with open(path, "wb") as fp:
        header = {"descr": "|O", "fortran_order": False, "shape": array.shape}
        np.lib.format.write_array_header_1_0(fp, header)
        pickle.dump(array, fp, protocol=protocol)


def write_plane(folder):
    os.makedirs(folder)
    n, T, Ly, Lx = 3, 6, 8, 10
    i = np.arange(n)[:, None]
    t = np.arange(T)[None, :]
    np.save(os.path.join(folder, "F.npy"), (100 * i + t).astype(np.float32))
    fneu = np.asfortranarray((10 * i + 0.5 * t).astype(np.float32))
    with open(os.path.join(folder, "Fneu.npy"), "wb") as fp:
        np.lib.format.write_array(fp, fneu, version=(2, 0))
    np.save(os.path.join(folder, "spks.npy"), np.broadcast_to((t % 3 == 0), (n, T)).astype(np.float32))
    np.save(os.path.join(folder, "iscell.npy"), np.array([[1, 0.9], [0, 0.2], [1, 0.75]]))
    stat = np.empty(n, dtype=object)
    for k in range(n):
        xpix = np.array([k, k + 1, k + 2])
        ypix = np.array([k, k, k + 1])
        stat[k] = {"xpix": xpix, "ypix": ypix, "lam": ((k + 1) * np.array([0.5, 0.25, 0.125])).astype(np.float32),
                   "med": [int(ypix[0]), int(xpix[1])], "npix": 3, "radius": np.float64(1.5 + k)}
    save_pickled(os.path.join(folder, "stat.npy"), stat, 4)
    yy, xx = np.mgrid[0:Ly, 0:Lx]
    ops = {"Ly": Ly, "Lx": Lx, "fs": 2.5, "nframes": T, "tau": 1.25, "nchannels": 1,
           "meanImg": (10 * yy + xx).astype(np.float32),
           "max_proj": np.asfortranarray(yy + xx / 10.0),
           "refImg": (10 * yy + xx).astype(">i2"),
           "data_path": ["/data/run1"], "timing": {"registration": 1.5}}
    ops_array = np.array(ops, dtype=object)
    save_pickled(os.path.join(folder, "ops.npy"), ops_array, 5)


write_plane(os.path.join(root, "plane0"))
write_plane(os.path.join(root, "plane1"))
print("wrote", root)
