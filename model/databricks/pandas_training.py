"""The single-machine path: the same preprocessing and booster parameters on a pandas frame with
xgboost.train. Databricks runs spark_training instead; this path is what the .NET contract test runs.
"""

import numpy as np
import xgboost as xgb

import preprocessing
import split_rule


def split(frame, spec):
    """The split rule of split_rule (the build's own): {part: rows of the frame}."""
    parts = split_rule.assign(labels_of(frame, spec).tolist(), split_rule.row_keys(frame, spec), spec)
    return {name: frame.iloc[rows] for name, rows in parts.items()}


def category_counts(series):
    values = series[~series.map(preprocessing.is_missing)]
    return values.astype(str).value_counts().to_dict()


def labels_of(frame, spec):
    return (frame[spec.target].astype(str) == spec.positive_class).astype(int).to_numpy()


def features(frame, spec, vocabularies):
    records = frame[[c.name for c in spec.columns]].to_dict("records")
    rows = [preprocessing.transform_row(spec.columns, vocabularies, r) for r in records]
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), -1)


def booster_parameters(xgboost_section, seed_override=None):
    """XGBoost's own parameter names; the spec's rounds and early stopping are arguments of train, not parameters."""
    section = xgboost_section
    parameters = {
        "objective": "binary:logistic",
        "eval_metric": "logloss",
        "tree_method": "hist",
        "max_depth": int(section["max_depth"]),
        "eta": float(section["eta"]),
        "min_child_weight": float(section["min_child_weight"]),
        "subsample": float(section["subsample"]),
        "colsample_bytree": float(section["colsample_bytree"]),
        "lambda": float(section["lambda"]),
        "alpha": float(section["alpha"]),
        "scale_pos_weight": float(section["scale_pos_weight"]),
        "seed": int(section["seed"] if seed_override is None else seed_override),
    }
    if int(section["nthread"]) > 0:
        parameters["nthread"] = int(section["nthread"])
    return parameters


def train(frame, spec):
    """Fits preprocessing on the training split and trains with early stopping on validation.

    Returns the booster cut to its best iteration (so every reader, the managed scorer included,
    scores with exactly the trees that were kept) and the fitted vocabularies.
    """
    parts = split(frame, spec)
    vocabularies = preprocessing.fit_vocabularies(
        spec.columns, lambda name: category_counts(parts["train"][name]), spec.top_k)
    names = preprocessing.feature_names(spec.columns, vocabularies)
    dtrain = xgb.DMatrix(features(parts["train"], spec, vocabularies), label=labels_of(parts["train"], spec), feature_names=names, missing=np.nan)
    dvalid = xgb.DMatrix(features(parts["validation"], spec, vocabularies), label=labels_of(parts["validation"], spec), feature_names=names, missing=np.nan)
    booster = xgb.train(
        booster_parameters(spec.xgboost),
        dtrain,
        num_boost_round=int(spec.xgboost["rounds"]),
        evals=[(dvalid, "validation")],
        early_stopping_rounds=int(spec.xgboost["early_stopping_rounds"]),
        verbose_eval=False,
    )
    return booster[: booster.best_iteration + 1], vocabularies


def predict(booster, frame, spec, vocabularies):
    """The booster's probabilities for a raw frame, and the feature matrix it scored."""
    matrix = features(frame, spec, vocabularies)
    dmatrix = xgb.DMatrix(matrix, feature_names=preprocessing.feature_names(spec.columns, vocabularies), missing=np.nan)
    return booster.predict(dmatrix), matrix
