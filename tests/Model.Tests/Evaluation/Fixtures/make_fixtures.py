#!/usr/bin/python3
"""Writes sklearn_metrics.json: reference metrics computed once by scikit-learn.

Run with Debian's Python, which has scikit-learn (1.2.1 when the fixtures were made):
    /usr/bin/python3 tests/Model.Tests/Evaluation/Fixtures/make_fixtures.py
The C# tests read the JSON; they never run Python.
"""
import json
import os

import numpy as np
import sklearn
from sklearn import metrics

# The C# library clips like scikit-learn before 1.2 did; 1.2's default 'auto' uses the dtype's epsilon.
LOG_LOSS_EPS = 1e-15


def random_with_ties(rng):
    # Two decimals make many tied scores, which exercises the tie rules of ROC AUC and average precision.
    p = np.round(rng.uniform(size=600), 2)
    y = (rng.uniform(size=p.size) < p).astype(int)
    return y, p, 0.5


def heavily_imbalanced(rng):
    y = (rng.uniform(size=3000) < 0.02).astype(int)
    p = np.clip(rng.normal(0.1 + 0.3 * y, 0.12), 0.0, 1.0)
    return y, p, 0.3


def exact_zero_and_one(rng):
    # Confidently wrong 0s and 1s make the log-loss clipping matter.
    p = rng.choice([0.0, 1.0, 0.25, 0.5, 0.75], size=400, p=[0.3, 0.3, 0.15, 0.1, 0.15])
    y = np.where(rng.uniform(size=p.size) < 0.85, np.round(p), 1 - np.round(p)).astype(int)
    return y, p, 0.5


def nothing_predicted_positive(rng):
    p = rng.uniform(0.0, 0.4, size=200)
    y = (rng.uniform(size=p.size) < 0.3).astype(int)
    return y, p, 0.9


def max_f1_threshold(y, p):
    """Brute force over every distinct score, highest threshold first; ties keep the highest."""
    best_threshold, best_f1 = None, -1.0
    for t in sorted(set(p.tolist()), reverse=True):
        f1 = metrics.f1_score(y, (p >= t).astype(int), zero_division=0)
        if f1 > best_f1:
            best_threshold, best_f1 = t, f1
    return best_threshold, best_f1


def expected(y, p, threshold):
    predicted = (p >= threshold).astype(int)
    tn, fp, fn, tp = metrics.confusion_matrix(y, predicted, labels=[0, 1]).ravel()
    best_threshold, best_f1 = max_f1_threshold(y, p)
    return {
        "accuracy": metrics.accuracy_score(y, predicted),
        "precision": metrics.precision_score(y, predicted, zero_division=0),
        "recall": metrics.recall_score(y, predicted, zero_division=0),
        "f1": metrics.f1_score(y, predicted, zero_division=0),
        "roc_auc": metrics.roc_auc_score(y, p),
        "pr_auc": metrics.average_precision_score(y, p),
        "log_loss": metrics.log_loss(y, p, eps=LOG_LOSS_EPS, labels=[0, 1]),
        "brier": metrics.brier_score_loss(y, p),
        "true_positives": int(tp),
        "false_positives": int(fp),
        "true_negatives": int(tn),
        "false_negatives": int(fn),
        "max_f1_threshold": best_threshold,
        "max_f1": best_f1,
    }


def main():
    cases = []
    for seed, make in enumerate([random_with_ties, heavily_imbalanced, exact_zero_and_one, nothing_predicted_positive]):
        y, p, threshold = make(np.random.default_rng(seed))
        cases.append({
            "name": make.__name__,
            "threshold": threshold,
            "labels": y.tolist(),
            "probabilities": p.tolist(),
            "expected": {k: float(v) if isinstance(v, float) else v for k, v in expected(y, p, threshold).items()},
        })
    document = {"generator": "make_fixtures.py", "sklearn": sklearn.__version__, "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sklearn_metrics.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, separators=(",", ":"))
        out.write("\n")


if __name__ == "__main__":
    main()
