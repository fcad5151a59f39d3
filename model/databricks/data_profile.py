"""profile.json in the managed runtime's schema (model/Model/Profiles/DataProfile, written with ModelJson):
per column count and missing; for numbers a summary (mean, sample std, min, max, median, quantiles
p1…p99 by linear interpolation), a histogram on quantile edges and the value distribution (each
distinct value with its count when there are at most 500, else 500 evenly spaced order statistics);
for categories and booleans the top K values by count (ties by value) with the rest as "other", and
the rest by name ("rare") up to 10,000 distinct values. Drift monitoring compares new data against
these, so they must be computed exactly as DataProfiler computes them.
"""

import json

import numpy as np

import preprocessing

SCHEMA_VERSION = 1
PERCENTILES = (1, 5, 25, 50, 75, 95, 99)
HISTOGRAM_BINS = 10
DISTRIBUTION_POINTS = 500
VOCABULARY_LIMIT = 10_000


def profile(frame, spec, source):
    labels = frame[spec.target].astype(str) == spec.positive_class
    positives = int(labels.sum())
    return {
        "schemaVersion": SCHEMA_VERSION,
        "source": source,
        "rows": int(len(frame)),
        "target": {
            "column": spec.target,
            "positiveClass": spec.positive_class,
            "positives": positives,
            "positiveRate": positives / len(frame) if len(frame) else "NaN",
        },
        "columns": [_column(frame[c.name], c, spec.top_k) for c in spec.columns],
    }


def _column(series, column, top_k):
    present = series[~series.map(preprocessing.is_missing)]
    node = {"name": column.name, "kind": column.kind, "count": int(len(present)), "missing": int(len(series) - len(present))}
    if column.kind == "numeric":
        values = np.sort(present.astype(float).to_numpy())
        if values.size:
            node["summary"] = _summary(values)
            node["histogram"] = _histogram(values)
            node["distribution"] = _distribution(values)
    elif column.kind == "boolean":
        flags = np.asarray([preprocessing.transform_row([column], {}, {column.name: v})[0] for v in present], dtype=float)
        if flags.size:
            node["summary"] = _summary(np.sort(flags))
        node["frequencies"] = _frequencies(["true" if f == 1 else "false" for f in flags], top_k)
    else:
        node["frequencies"] = _frequencies(present.astype(str).tolist(), top_k)
    return node


def _summary(sorted_values):
    return {
        "mean": float(sorted_values.mean()),
        "std": float(sorted_values.std(ddof=1)) if sorted_values.size > 1 else "NaN",
        "min": float(sorted_values[0]),
        "max": float(sorted_values[-1]),
        "median": float(np.quantile(sorted_values, 0.5)),
        "quantiles": {f"p{p}": float(np.quantile(sorted_values, p / 100)) for p in PERCENTILES},
    }


def _histogram(sorted_values):
    """Edges at the deciles (repeats dropped); bin i holds [edge i, edge i+1), the last bin everything from its lower edge."""
    edges = [float(sorted_values[0])]
    for bin_index in range(1, HISTOGRAM_BINS):
        edge = float(np.quantile(sorted_values, bin_index / HISTOGRAM_BINS))
        if edge > edges[-1]:
            edges.append(edge)
    if sorted_values[-1] > edges[-1] or len(edges) == 1:
        edges.append(float(sorted_values[-1]))
    bins = np.searchsorted(np.asarray(edges[1:-1]), sorted_values, side="right")
    counts = np.bincount(bins, minlength=len(edges) - 1)
    return {"edges": edges, "counts": [int(c) for c in counts]}


def _distribution(sorted_values):
    """Exact counts of at most DISTRIBUTION_POINTS distinct values, else the order statistics at ranks (i + 1/2) n / points."""
    distinct, counts = np.unique(sorted_values, return_counts=True)
    if distinct.size <= DISTRIBUTION_POINTS:
        return {"values": [float(v) for v in distinct], "weights": [int(c) for c in counts], "exact": True}
    n = sorted_values.size
    ranks = sorted({int((i + 0.5) * n / DISTRIBUTION_POINTS) for i in range(DISTRIBUTION_POINTS)})
    return {"values": [float(sorted_values[r]) for r in ranks], "weights": [1] * len(ranks), "exact": False}


def _frequencies(values, top_k):
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    node = {
        "distinct": len(counts),
        "top": [{"value": v, "count": c} for v, c in ranked[:top_k]],
        "other": sum(c for _, c in ranked[top_k:]),
    }
    if len(counts) <= VOCABULARY_LIMIT:
        node["rare"] = [{"value": v, "count": c} for v, c in ranked[top_k:]]
    return node


def write(path, document):
    with open(path, "w", encoding="utf-8") as handle:
        # ModelJson reads NaN as the string "NaN"; a bare NaN token is not JSON, so fail on any left.
        json.dump(document, handle, indent=2, allow_nan=False)
        handle.write("\n")

