"""profile.json: per column count, missing, mean, median, std (sample), min, max, quantiles and a
10-bin histogram for numbers; counts per category for categories and booleans. It is the reference
that drift monitoring compares new data against.
"""

import json

import numpy as np

SCHEMA_VERSION = 1
QUANTILES = (0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99)
HISTOGRAM_BINS = 10


def profile(frame, columns, target, positive_class):
    labels = frame[target].astype(str) == positive_class
    return {
        "schemaVersion": SCHEMA_VERSION,
        "rows": int(len(frame)),
        "target": {"column": target, "positiveClass": positive_class, "positiveRate": float(labels.mean()) if len(frame) else None},
        "columns": [_column(frame[c.name], c) for c in columns],
    }


def _column(series, column):
    missing = int(series.isna().sum())
    base = {"name": column.name, "kind": column.kind, "count": int(len(series) - missing), "missing": missing}
    if column.kind == "numeric":
        base.update(_numbers(series.dropna().astype(float).to_numpy()))
    else:
        counts = series.dropna().astype(str).value_counts()
        base["frequencies"] = {str(k): int(v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))}
    return base


def _numbers(values):
    if values.size == 0:
        return {"mean": None, "median": None, "std": None, "min": None, "max": None, "quantiles": {}, "histogram": None}
    counts, edges = np.histogram(values, bins=HISTOGRAM_BINS)
    return {
        "mean": float(values.mean()),
        "median": float(np.median(values)),
        "std": float(values.std(ddof=1)) if values.size > 1 else 0.0,
        "min": float(values.min()),
        "max": float(values.max()),
        "quantiles": {f"{q:g}": float(np.quantile(values, q)) for q in QUANTILES},
        "histogram": {"edges": [float(e) for e in edges], "counts": [int(c) for c in counts]},
    }


def write(path, document):
    with open(path, "w", encoding="utf-8") as handle:
        # An infinity in the data fails here rather than writing a file other JSON readers reject.
        json.dump(document, handle, indent=2, allow_nan=False)
