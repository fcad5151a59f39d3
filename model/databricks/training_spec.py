"""Reads the parts of model/spec.json that training needs, defensively.

The spec is owned by the .NET side (model/Model.Training/Spec); this reader takes only what the job
uses and falls back to the same defaults, so a key added there does not break the job:

  columns[]        {name, type: numeric|categorical|boolean, required?, range?{min,max}, values?[]}
  target           {column, positiveClass}
  split            {test, validation, seed, stratified, key?}
  categories       {topK}
  xgboost          rounds, early_stopping_rounds, max_depth, eta, min_child_weight, subsample,
                   colsample_bytree, lambda, alpha, scale_pos_weight, seed, nthread
"""

import json
from dataclasses import dataclass, field

XGBOOST_DEFAULTS = {
    "rounds": 400,
    "early_stopping_rounds": 30,
    "max_depth": 6,
    "eta": 0.1,
    "min_child_weight": 1.0,
    "subsample": 0.9,
    "colsample_bytree": 0.9,
    "lambda": 1.0,
    "alpha": 0.0,
    "scale_pos_weight": 1.0,
    "seed": 42,
    "nthread": 0,
}


class SpecError(ValueError):
    """The spec lacks something training needs; the message names the key."""


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "numeric", "categorical" or "boolean", as the spec spells them
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    allowed: list[str] | None = None


@dataclass(frozen=True)
class TrainingSpec:
    columns: list[Column]
    target: str
    positive_class: str
    test_fraction: float = 0.2
    validation_fraction: float = 0.2
    split_seed: int = 42
    stratified: bool = True
    split_key: str | None = None  # the row id column of the split rule (split_rule.py); None: row numbers
    top_k: int = 20
    xgboost: dict = field(default_factory=lambda: dict(XGBOOST_DEFAULTS))


def load(path):
    with open(path, encoding="utf-8") as handle:
        return parse(json.load(handle), path)


def parse(document, source="spec.json"):
    columns = [_column(c, source, i) for i, c in enumerate(document.get("columns") or [])]
    if not columns:
        raise SpecError(f"{source}: 'columns' must list the input columns")
    target = document.get("target") or {}
    if "column" not in target or "positiveClass" not in target:
        raise SpecError(f"{source}: 'target' needs 'column' and 'positiveClass'")
    split = document.get("split") or {}
    return TrainingSpec(
        columns=columns,
        target=target["column"],
        positive_class=str(target["positiveClass"]),
        test_fraction=float(split.get("test", 0.2)),
        validation_fraction=float(split.get("validation", 0.2)),
        split_seed=int(split.get("seed", 42)),
        stratified=bool(split.get("stratified", True)),
        split_key=split.get("key") or None,
        top_k=int((document.get("categories") or {}).get("topK", 20)),
        xgboost=_xgboost(document.get("xgboost") or {}, source),
    )


def _column(node, source, index):
    if "name" not in node or node.get("type") not in ("numeric", "categorical", "boolean"):
        raise SpecError(f"{source}: columns[{index}] needs a 'name' and a 'type' of numeric, categorical or boolean")
    value_range = node.get("range") or {}
    return Column(
        name=node["name"],
        kind=node["type"],
        required=bool(node.get("required", False)),
        minimum=value_range.get("min"),
        maximum=value_range.get("max"),
        allowed=node.get("values") or None,
    )


def _xgboost(section, source):
    unknown = sorted(set(section) - set(XGBOOST_DEFAULTS))
    if unknown:
        raise SpecError(f"{source}: unknown keys in 'xgboost': {', '.join(unknown)}")
    merged = dict(XGBOOST_DEFAULTS)
    merged.update(section)
    return merged
