#!/usr/bin/env python3
"""Reference values for the drift tests, computed once with SciPy (Debian's python3-scipy).

Run with /usr/bin/python3; writes drift_fixtures.json beside this script. The tests read the JSON and
never run Python: the fixtures pin our statistics to an independent implementation.
"""
import json
import os

import numpy as np
from scipy import stats
from scipy.spatial import distance

rng = np.random.default_rng(20240601)

# The reference: a histogram of a normal sample on 10 equal bins over [-3, 3].
edges = np.linspace(-3.0, 3.0, 11)
reference_sample = np.clip(rng.normal(0.0, 1.0, 5000), -3.0, 3.0)
counts, _ = np.histogram(reference_sample, bins=edges)
cumulative = np.concatenate([[0.0], np.cumsum(counts) / counts.sum()])


def reference_cdf(x):
    # Linear within each bin, as BinnedReference.Cdf.
    return np.interp(x, edges, cumulative)


ks_cases = []
for shift, n in [(0.0, 200), (0.5, 200), (0.2, 1000)]:
    sample = rng.normal(shift, 1.0, n)
    result = stats.kstest(sample, reference_cdf, method="asymp")
    ks_cases.append({"shift": shift, "sample": sample.tolist(), "statistic": result.statistic, "pValue": result.pvalue})

chi_cases = []
for reference_counts, actual_counts in [([500, 300, 150, 50], [48, 33, 14, 5]), ([500, 300, 150, 50], [30, 30, 25, 15])]:
    expected = np.array(reference_counts) / sum(reference_counts) * sum(actual_counts)
    result = stats.chisquare(actual_counts, expected)
    js = distance.jensenshannon(reference_counts, actual_counts, base=2)
    chi_cases.append({"reference": reference_counts, "actual": actual_counts, "statistic": result.statistic, "pValue": result.pvalue, "jensenShannon": js})

fixtures = {"edges": edges.tolist(), "counts": counts.tolist(), "ks": ks_cases, "categorical": chi_cases}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "drift_fixtures.json"), "w") as f:
    json.dump(fixtures, f, indent=1)
