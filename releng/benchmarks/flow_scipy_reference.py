#!/usr/bin/env python3
"""SciPy/NumPy timing of the vectorisable part of the flowchart benchmark, for comparison with
FlowBenchmark: filtfilt (butter(2, 0.05)) over 10,000 x 3,000 samples along axis 1, then min-max
normalisation and numpy.gradient. Peak detection and features have no vectorised SciPy equivalent.
    python3 releng/benchmarks/flow_scipy_reference.py
"""
import time

import numpy as np
from scipy import signal

rng = np.random.default_rng(1)
x = 1 + 0.02 * rng.standard_normal((10000, 3000))
t0, w0 = time.process_time(), time.time()
b, a = signal.butter(2, 0.05)
y = signal.filtfilt(b, a, x, axis=1)
t1, w1 = time.process_time(), time.time()
m = y - y.min(axis=1, keepdims=True)
n = m / m.max(axis=1, keepdims=True)
d = np.gradient(n, axis=1)
t2, w2 = time.process_time(), time.time()
print(f"scipy filtfilt 10000x3000 (vectorised): cpu {t1 - t0:.2f} s wall {w1 - w0:.2f} s; "
      f"normalize+gradient cpu {t2 - t1:.2f} s wall {w2 - w1:.2f} s")
