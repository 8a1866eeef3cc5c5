"""Writes resources/kde_scipy.txt: a fixed sample and scipy.stats.gaussian_kde (Scott's bandwidth)
evaluated on a grid, for GaussianKdeTest. Run from the fragment folder: python3 scripts/make_kde_fixture.py"""
import numpy as np
import scipy
from scipy.stats import gaussian_kde

rng = np.random.default_rng(20261122)
sample = np.concatenate([rng.normal(0.0, 1.0, 30), rng.normal(4.0, 0.5, 20)])
grid = np.linspace(-4.0, 7.0, 23)
kde = gaussian_kde(sample)
with open("resources/kde_scipy.txt", "w") as f:
    f.write("# scipy %s gaussian_kde, bw_method='scott'\n" % scipy.__version__)
    f.write("sample " + " ".join(repr(float(v)) for v in sample) + "\n")
    f.write("bandwidth %r\n" % float(np.sqrt(kde.covariance[0, 0])))
    f.write("grid " + " ".join(repr(float(v)) for v in grid) + "\n")
    f.write("density " + " ".join(repr(float(v)) for v in kde(grid)) + "\n")
