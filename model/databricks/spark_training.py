"""The Databricks path: the same split rule (split_rule.py), preprocessing and parameters as pandas_training, with
the data in a Spark table and the booster trained by xgboost.spark across the cluster's workers.
Imported only on a cluster: pyspark and xgboost.spark are not needed by the single-machine path.
"""

import math

from pyspark.sql import Window
from pyspark.sql import functions as F

import preprocessing
import split_rule
from pandas_training import booster_parameters
from split_rule import SplitKeyError

PROFILE_SAMPLE_ROWS = 200_000
_NAN = F.lit(math.nan).cast("float")


def load_table(spark, table):
    return spark.read.table(table)


def train(frame, spec, num_workers):
    """Returns the booster cut to its best iteration and the vocabularies fitted on the training split."""
    from xgboost.spark import SparkXGBClassifier

    data = _with_split(frame, spec)
    train_rows = data.filter(F.col("_part") == "train")
    vocabularies = preprocessing.fit_vocabularies(spec.columns, lambda name: _category_counts(train_rows, name), spec.top_k)
    features = F.array(*[e for c in spec.columns for e in _feature_expressions(c, vocabularies)]).cast("array<float>")
    fitting = (data.filter(F.col("_part") != "test")
               .withColumn("_features", features)
               .withColumn("_is_validation", F.col("_part") == "validation"))

    section = spec.xgboost
    parameters = booster_parameters(section)
    classifier = SparkXGBClassifier(
        features_col="_features",
        label_col="_label",
        validation_indicator_col="_is_validation",
        num_workers=num_workers,
        n_estimators=int(section["rounds"]),
        early_stopping_rounds=int(section["early_stopping_rounds"]),
        missing=math.nan,
        tree_method=parameters["tree_method"],
        eval_metric=parameters["eval_metric"],
        max_depth=parameters["max_depth"],
        learning_rate=parameters["eta"],
        min_child_weight=parameters["min_child_weight"],
        subsample=parameters["subsample"],
        colsample_bytree=parameters["colsample_bytree"],
        reg_lambda=parameters["lambda"],
        reg_alpha=parameters["alpha"],
        scale_pos_weight=parameters["scale_pos_weight"],
        random_state=parameters["seed"],
    )
    booster = classifier.fit(fitting).get_booster()
    booster.feature_names = preprocessing.feature_names(spec.columns, vocabularies)
    best = booster.attr("best_iteration")
    return (booster[: int(best) + 1] if best is not None else booster), vocabularies


def profile_sample(frame, spec):
    """Up to PROFILE_SAMPLE_ROWS rows as pandas, enough for the reference profile's statistics."""
    rows = frame.count()
    sampled = frame if rows <= PROFILE_SAMPLE_ROWS else frame.sample(fraction=PROFILE_SAMPLE_ROWS / rows, seed=spec.split_seed)
    return sampled.select(*[c.name for c in spec.columns], spec.target).toPandas()


def _with_split(frame, spec):
    """The split rule of split_rule.py on a table: rank by sha2("<seed>:<key>") within each class.

    A table has no row order, so the rule's row number does not exist here: the spec must name a
    split.key column (a row id, unique and never null), the same column the build reads from its CSV.
    """
    if spec.split_key is None:
        raise SplitKeyError(
            "split.key is required on Spark: a table has no row order to number, so name a column that identifies "
            "each row (the same column the build's CSV holds) in model/spec.json")
    key = F.col(spec.split_key).cast("string")
    _check_keys(frame, spec.split_key, key)
    data = (frame
            .withColumn("_label", (F.col(spec.target).cast("string") == F.lit(spec.positive_class)).cast("int"))
            .withColumn("_group", F.col("_label") if spec.stratified else F.lit(0))
            .withColumn("_order", F.sha2(F.concat(F.lit(f"{spec.split_seed}:"), key), 256)))
    # Each group's rows are numbered in one partition: fine for millions of rows per class, and exact.
    ranked = data.withColumn("_rank", F.row_number().over(Window.partitionBy("_group").orderBy("_order")))
    part = F.lit("train")
    for row in data.groupBy("_group").count().collect():
        n_test, n_valid = split_rule.part_sizes(row["count"], spec)
        in_group = F.col("_group") == F.lit(row["_group"])
        part = (F.when(in_group & (F.col("_rank") <= n_test), F.lit("test"))
                .when(in_group & (F.col("_rank") <= n_test + n_valid), F.lit("validation"))
                .otherwise(part))
    return ranked.withColumn("_part", part).drop("_group", "_order", "_rank")


def _check_keys(frame, column, key):
    empty = frame.filter(key.isNull() | (key == "")).limit(1).count()
    if empty:
        raise SplitKeyError(f"the split key column '{column}' (split.key) is empty in some rows; every row needs its own")
    repeated = frame.groupBy(key.alias("key")).count().filter(F.col("count") > 1).limit(1).collect()
    if repeated:
        raise SplitKeyError(f"the split key column '{column}' (split.key) must identify each row, but '{repeated[0]['key']}' is on {repeated[0]['count']} rows")


def _missing(name):
    return F.col(name).isNull() | (F.col(name).cast("string") == "")


def _category_counts(rows, name):
    counted = rows.filter(~_missing(name)).groupBy(F.col(name).cast("string").alias("value")).count().collect()
    return {r["value"]: r["count"] for r in counted}


def _feature_expressions(column, vocabularies):
    name = column.name
    if column.kind == "numeric":
        return [F.when(_missing(name), _NAN).otherwise(F.col(name).cast("float"))]
    if column.kind == "boolean":
        text = F.lower(F.trim(F.col(name).cast("string")))
        return [F.when(_missing(name), _NAN)
                .when(text.isin(*preprocessing.TRUE_VALUES), F.lit(1.0))
                .when(text.isin(*preprocessing.FALSE_VALUES), F.lit(0.0))
                .otherwise(F.raise_error(F.concat(F.lit(f"column '{name}' must be true or false, not "), text)))]
    vocabulary = vocabularies[name]
    value = F.col(name).cast("string")
    slots = [F.when(_missing(name), _NAN).when(value == F.lit(c), F.lit(1.0)).otherwise(F.lit(0.0)) for c in vocabulary]
    other = F.when(_missing(name), _NAN).when(value.isin(*vocabulary), F.lit(0.0)).otherwise(F.lit(1.0)) if vocabulary \
        else F.when(_missing(name), _NAN).otherwise(F.lit(1.0))
    return slots + [other]
