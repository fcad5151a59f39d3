"""The fitted preprocessing, the same as the managed runtime's (model/Model/Preprocessing):

numbers pass through with missing as NaN; booleans become 0/1; a category is one-hot over the top K
categories of the training split (most frequent first, ties by name) plus one "other" slot for every
other value; a missing category leaves its whole block NaN so the booster takes its default branch.
preprocessing.json is written in the runtime's schema (PreprocessingDocument, schema version 1).
"""

import json
import math

SCHEMA_VERSION = 1
OTHER_SLOT = "other"
_KINDS = {"numeric": "Numeric", "categorical": "Categorical", "boolean": "Boolean"}
TRUE_VALUES = {"true", "1", "yes", "y", "t"}
FALSE_VALUES = {"false", "0", "no", "n", "f"}


def is_missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or (isinstance(value, str) and value == "")


def fit_vocabularies(columns, counts_of, top_k):
    """counts_of(column name) gives {category: rows} over the training split's non-missing values."""
    vocabularies = {}
    for column in columns:
        if column.kind == "categorical":
            counts = {str(k): int(v) for k, v in counts_of(column.name).items()}
            ranked = sorted(counts, key=lambda c: (-counts[c], c))
            vocabularies[column.name] = ranked[:top_k]
    return vocabularies


def feature_names(columns, vocabularies):
    names = []
    for column in columns:
        if column.kind == "categorical":
            names.extend(f"{column.name}={c}" for c in vocabularies[column.name])
            names.append(f"{column.name}={OTHER_SLOT}")
        else:
            names.append(column.name)
    return names


def transform_row(columns, vocabularies, record):
    """One raw record (a mapping of column name to value) to the booster's feature vector."""
    features = []
    for column in columns:
        value = record.get(column.name)
        if column.kind == "categorical":
            features.extend(_one_hot(vocabularies[column.name], value))
        elif column.kind == "boolean":
            features.append(_boolean(column.name, value))
        else:
            features.append(math.nan if is_missing(value) else float(value))
    return features


def _one_hot(vocabulary, value):
    width = len(vocabulary) + 1
    if is_missing(value):
        return [math.nan] * width
    block = [0.0] * width
    text = str(value)
    block[vocabulary.index(text) if text in vocabulary else len(vocabulary)] = 1.0
    return block


def _boolean(name, value):
    if is_missing(value):
        return math.nan
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    text = str(value).strip().lower()
    if text in TRUE_VALUES:
        return 1.0
    if text in FALSE_VALUES:
        return 0.0
    raise ValueError(f"column '{name}' must be true or false, not '{value}'")


def document(columns, vocabularies):
    """preprocessing.json as the managed runtime reads it."""
    return {
        "schemaVersion": SCHEMA_VERSION,
        "columns": [_column(c) for c in columns],
        "encodings": [{"column": name, "categories": cats} for name, cats in vocabularies.items()],
        "featureNames": feature_names(columns, vocabularies),
    }


def _column(column):
    node = {"name": column.name, "kind": _KINDS[column.kind], "required": column.required}
    if column.minimum is not None:
        node["min"] = column.minimum
    if column.maximum is not None:
        node["max"] = column.maximum
    if column.allowed:
        node["allowedValues"] = list(column.allowed)
    return node


def write(path, columns, vocabularies):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document(columns, vocabularies), handle, indent=2)
