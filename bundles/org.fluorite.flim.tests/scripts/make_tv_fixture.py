"""Writes the total-variation denoising fixture of the org.fluorite.flim tests.

A 48 x 40 (height x width) float32 image, a bright disc and a ramp with Gaussian noise (seed 20191),
and scikit-image's denoise_tv_chambolle of it for several weights, as raw little-endian float32 files
under resources/tv/. Run: python3 scripts/make_tv_fixture.py (needs numpy and scikit-image).
"""
import os

import numpy as np
import skimage
from skimage.restoration import denoise_tv_chambolle

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "resources", "tv")
os.makedirs(out, exist_ok=True)

h, w = 48, 40
y, x = np.mgrid[0:h, 0:w]
clean = 0.2 + 0.01 * x + 0.6 * (((x - 22) ** 2 + (y - 20) ** 2) < 10 ** 2)
rng = np.random.default_rng(20191)
noisy = (clean + 0.15 * rng.standard_normal((h, w))).astype(np.float32)
noisy.astype("<f4").tofile(os.path.join(out, "noisy.f32"))

lines = ["# scikit-image %s, numpy %s; image %d x %d (width x height), float32 little-endian"
         % (skimage.__version__, np.__version__, w, h)]
for weight, eps, iters in [(0.1, 2e-4, 200), (0.3, 2e-4, 200), (0.05, 1e-5, 500), (0.2, 2e-4, 7)]:
    name = "tv_w%s_eps%s_n%d.f32" % (weight, eps, iters)
    den = denoise_tv_chambolle(noisy, weight=weight, eps=eps, max_num_iter=iters)
    assert den.dtype == np.float32
    den.astype("<f4").tofile(os.path.join(out, name))
    lines.append("%s weight=%r eps=%r max_num_iter=%d mean=%.7f min=%.7f max=%.7f"
                 % (name, weight, eps, iters, float(den.mean()), float(den.min()), float(den.max())))
with open(os.path.join(out, "README.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))

# the real retina image of ../shared/data/flimage (SOURCES.md), background-corrected fluorescence,
# denoised with a weight suited to its 0..240 intensity range
import h5py

retina = os.path.join(here, "..", "..", "..", "..", "shared", "data", "flimage", "retina_p10.h5")
with h5py.File(retina, "r") as f:
    fl = f["fluorescence/raw"][()].astype(np.float32)
    if "fluorescence/bg_data/data" in f:
        fl = fl - f["fluorescence/bg_data/data"][()].astype(np.float32)
den = denoise_tv_chambolle(fl, weight=5.0)
den.astype("<f4").tofile(os.path.join(out, "retina_p10_tv_w5.f32"))
with open(os.path.join(out, "README.txt"), "a") as f:
    f.write("retina_p10_tv_w5.f32 from flimage/retina_p10.h5 (%d x %d) weight=5.0 eps=0.0002 max_num_iter=200 mean=%.7f min=%.7f max=%.7f\n"
            % (fl.shape[1], fl.shape[0], float(den.mean()), float(den.min()), float(den.max())))
