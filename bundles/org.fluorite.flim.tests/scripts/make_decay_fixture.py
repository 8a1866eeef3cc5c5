"""Writes resources/decay/trace.txt: a noisy bleaching trace and scipy's least-squares fit of
amplitude * exp(-rate * t) + offset to it, the reference for DecayFit.
Run: python3 scripts/make_decay_fixture.py (needs numpy and scipy)."""
import os

import numpy as np
import scipy
from scipy.optimize import curve_fit

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "resources", "decay")
os.makedirs(out, exist_ok=True)

rng = np.random.default_rng(7)
t = 12.0 + 0.37 * np.arange(80)
y = 5200.0 * np.exp(-0.061 * t) + 830.0 + 25.0 * rng.standard_normal(t.size)


def model(t, a, k, c):
    return a * np.exp(-k * t) + c


p, _ = curve_fit(model, t, y, p0=(y[0] - y[-1], 0.05, y[-1]), maxfev=100000, xtol=1e-14, ftol=1e-14)
rms = np.sqrt(np.mean((model(t, *p) - y) ** 2))
with open(os.path.join(out, "trace.txt"), "w") as f:
    f.write("# scipy %s curve_fit of a*exp(-k*t)+c; truth a=5200 k=0.061 c=830 noise sigma 25\n" % scipy.__version__)
    f.write("# fit %.12g %.12g %.12g rms %.12g\n" % (p[0], p[1], p[2], rms))
    for ti, yi in zip(t, y):
        f.write("%.17g %.17g\n" % (ti, yi))
print(p, rms)
