"""The split rule, the same as the build's (model/Model.Training/Pipeline/DataSplit.cs):

1. every row has a key: the spec's split.key column as text, or its 1-based data row number in the file;
2. rows are ordered by the lowercase hex SHA-256 of the UTF-8 text "<seed>:<key>", ties by position;
3. within each class when stratified (else over all rows) the first round(n * test) rows are test, the
   next round(n * validation) validation, the rest train (round half to even, as Python's round).

A row's place in the order depends only on its own key, so the build's Evaluate and Gate score the
remote model on exactly the rows it never trained on. Run it to see the parts of a CSV:

  /usr/bin/python3 split_rule.py --spec model/spec.json --csv data/churn.csv
prints {"train": [...], "validation": [...], "test": [...]}: 0-based row positions in file order.
"""

import hashlib
import json
import sys

PARTS = ("train", "validation", "test")


class SplitKeyError(ValueError):
    """The split key column cannot key the rows (an empty or repeated value); the message names it."""


def order_key(seed, key):
    return hashlib.sha256(f"{seed}:{key}".encode("utf-8")).hexdigest()


def part_sizes(rows, spec):
    """How many of a group's rows go to test and to validation."""
    return round(rows * spec.test_fraction), round(rows * spec.validation_fraction)


def row_keys(frame, spec):
    """The key column's text (read as text by train.read_csv), or the 1-based row numbers."""
    if spec.split_key is None:
        return [str(number) for number in range(1, len(frame) + 1)]
    keys = frame[spec.split_key].tolist()
    check_keys(keys, spec.split_key)
    return keys


def check_keys(keys, column):
    first_row = {}
    for row, key in enumerate(keys, start=1):
        if not isinstance(key, str) or key == "":
            raise SplitKeyError(f"the split key column '{column}' (split.key) is empty on data row {row}; every row needs its own")
        if key in first_row:
            raise SplitKeyError(f"the split key column '{column}' (split.key) must identify each row, but '{key}' is on data rows {first_row[key]} and {row}")
        first_row[key] = row


def assign(labels, keys, spec):
    """{part: sorted 0-based positions} for rows with these 0/1 labels and split keys."""
    order = sorted(range(len(keys)), key=lambda row: order_key(spec.split_seed, keys[row]))
    groups = [[row for row in order if labels[row] == label] for label in (0, 1)] if spec.stratified else [order]
    parts = {name: [] for name in PARTS}
    for rows in groups:
        n_test, n_valid = part_sizes(len(rows), spec)
        parts["test"].extend(rows[:n_test])
        parts["validation"].extend(rows[n_test:n_test + n_valid])
        parts["train"].extend(rows[n_test + n_valid:])
    return {name: sorted(rows) for name, rows in parts.items()}


def _main(argv):
    import argparse

    import train
    import training_spec
    from pandas_training import labels_of

    parser = argparse.ArgumentParser(description="Print the split rule's train/validation/test row positions of a CSV.")
    parser.add_argument("--spec", required=True)
    parser.add_argument("--csv", required=True)
    args = parser.parse_args(argv)
    spec = training_spec.load(args.spec)
    frame = train.read_csv(args.csv, spec)
    parts = assign(labels_of(frame, spec).tolist(), row_keys(frame, spec), spec)
    json.dump(parts, sys.stdout)


if __name__ == "__main__":
    _main(sys.argv[1:])
