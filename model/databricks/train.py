"""The training entry point of the Databricks job (model/databricks/job.json runs it as a spark_python_task).

It reads the data (a table on Databricks, a CSV anywhere else), trains XGBoost with the parameters of
model/spec.json and writes, under --output-path, the three files local training writes:
booster.json (XGBoost's JSON model), preprocessing.json and profile.json.

  on Databricks:  train.py --spec /Workspace/Repos/o/r/model/spec.json --table main.mlops.churn \
                      --output-path /Volumes/main/mlops/models/0.3.0/<commit> --commit <sha> --version 0.3.0
  anywhere:       /usr/bin/python3 train.py --spec model/spec.json --csv data/churn.csv --output-path out/

--predict-csv with --predictions-out also scores a CSV with the trained booster and writes the feature
vectors and probabilities as JSON: the .NET contract test checks the managed scorer against them.
"""

import argparse
import dataclasses
import json
import math
import os
import sys

# A spark_python_task does not put the script's folder on the import path; its sibling modules live there.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data_profile  # noqa: E402
import pandas_training  # noqa: E402
import preprocessing  # noqa: E402
import training_spec  # noqa: E402

MISSING_SPELLINGS = ["", "NA", "N/A", "NaN", "nan", "null", "NULL"]


def main(argv=None):
    args = _arguments(argv)
    spec = training_spec.load(args.spec)
    os.makedirs(args.output_path, exist_ok=True)
    print(f"Training {args.version or '(no version)'} of commit {args.commit or '(unknown)'} into {args.output_path}", flush=True)

    if args.table:
        booster, vocabularies, sample = _train_on_spark(args, spec)
    else:
        frame = read_csv(args.csv, spec)
        booster, vocabularies = pandas_training.train(frame, spec)
        sample = frame

    booster.save_model(os.path.join(args.output_path, "booster.json"))
    preprocessing.write(os.path.join(args.output_path, "preprocessing.json"), spec.columns, vocabularies)
    data_profile.write(os.path.join(args.output_path, "profile.json"), data_profile.profile(sample, spec, args.table or args.csv))
    print(f"Wrote booster.json ({booster.num_boosted_rounds()} trees), preprocessing.json and profile.json", flush=True)

    if args.predict_csv:
        # Rows to score are never split, so they need no split key column.
        unkeyed = dataclasses.replace(spec, split_key=None)
        write_predictions(args.predictions_out, booster, read_csv(args.predict_csv, unkeyed), unkeyed, vocabularies)


def read_csv(path, spec):
    """Categories stay strings ("01" is not 1); missing is spelled as the managed CSV loader spells it.
    The split key column is text exactly as written: no value of it means missing."""
    import pandas as pd

    declared = [c.name for c in spec.columns] + [spec.target]
    dtypes = {c.name: str for c in spec.columns if c.kind != "numeric"}
    dtypes[spec.target] = str
    if spec.split_key:
        dtypes[spec.split_key] = str
    frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values={name: MISSING_SPELLINGS for name in declared})
    absent = [name for name in declared if name not in frame.columns]
    if absent:
        raise SystemExit(f"{path} has no column(s) {', '.join(absent)} that the spec declares")
    if spec.split_key and spec.split_key not in frame.columns:
        raise SystemExit(f"{path} has no column '{spec.split_key}' that the spec names as split.key")
    return frame


def write_predictions(path, booster, frame, spec, vocabularies):
    probabilities, matrix = pandas_training.predict(booster, frame, spec, vocabularies)
    rows = [{"features": [None if math.isnan(v) else float(v) for v in row], "probability": float(p)}
            for row, p in zip(matrix, probabilities)]
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"featureNames": preprocessing.feature_names(spec.columns, vocabularies), "rows": rows}, handle)


def _train_on_spark(args, spec):
    from pyspark.sql import SparkSession

    import spark_training

    spark = SparkSession.builder.getOrCreate()
    frame = spark_training.load_table(spark, args.table)
    workers = args.num_workers or max(1, spark.sparkContext.defaultParallelism)
    booster, vocabularies = spark_training.train(frame, spec, workers)
    return booster, vocabularies, spark_training.profile_sample(frame, spec)


def _arguments(argv):
    parser = argparse.ArgumentParser(description="Train the model and write booster.json, preprocessing.json, profile.json.")
    parser.add_argument("--spec", required=True, help="model/spec.json")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--table", help="a Spark table (trains with xgboost.spark)")
    source.add_argument("--csv", help="a CSV file (trains on one machine with pandas)")
    parser.add_argument("--output-path", required=True, help="the folder for the three files, e.g. a /Volumes/... path")
    parser.add_argument("--commit", default="")
    parser.add_argument("--version", default="")
    parser.add_argument("--num-workers", type=int, default=0, help="xgboost.spark workers; 0 uses the cluster's parallelism")
    parser.add_argument("--predict-csv", help="also score this CSV with the trained booster")
    parser.add_argument("--predictions-out", help="where --predict-csv's features and probabilities go (JSON)")
    args = parser.parse_args(argv)
    if bool(args.predict_csv) != bool(args.predictions_out):
        parser.error("--predict-csv and --predictions-out go together")
    return args


if __name__ == "__main__":
    main()
