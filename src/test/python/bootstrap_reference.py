#!/usr/bin/python3
"""Independent reference for BootstrapMeans: scipy.stats.bootstrap, percentile method, 95 %, mean.

Reads one column of values (header 'value') and prints: mean,ci_low,ci_high
Run: /usr/bin/python3 src/test/python/bootstrap_reference.py src/test/resources/fixtures/bootstrap/values.csv
"""
import csv
import sys

import numpy as np
from scipy import stats

with open(sys.argv[1], encoding="utf-8") as f:
    values = np.array([float(r["value"]) for r in csv.DictReader(f)])
res = stats.bootstrap((values,), np.mean, n_resamples=20000, confidence_level=0.95, method="percentile",
                      random_state=np.random.default_rng(1))
print(f"{values.mean()!r},{res.confidence_interval.low!r},{res.confidence_interval.high!r}")
