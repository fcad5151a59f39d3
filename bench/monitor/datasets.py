"""Writes the bench's real data sets as CSV files with a yes/no target, from tables Debian ships in
python3-statsmodels (apt-get install python3-statsmodels):

- fair.csv: Fair's 1978 survey of extramarital affairs (6,366 rows, integer-coded answers); target had_affair.
- randhie.csv: the RAND Health Insurance Experiment (20,190 rows); target visited (any doctor visit);
  the three health dummies become one categorical column, health.

Usage: python3 datasets.py OUTPUT_FOLDER
"""

import csv
import os
import sys

SOURCE = "/usr/lib/python3/dist-packages/statsmodels/datasets"


def rows(name):
    path = os.path.join(SOURCE, name, f"{name}.csv")
    if not os.path.exists(path):
        sys.exit(f"{path} is missing: install Debian's python3-statsmodels (apt-get install python3-statsmodels).")
    with open(path, newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


def fair():
    for row in rows("fair"):
        affairs = float(row.pop("affairs"))
        row["occupation"] = f"occupation_{int(float(row['occupation']))}"
        row["had_affair"] = "yes" if affairs > 0 else "no"
        yield row


def randhie():
    for row in rows("randhie"):
        visits = float(row.pop("mdvis"))
        good, fair_, poor = (row.pop(k) == "1" for k in ("hlthg", "hlthf", "hlthp"))
        row["health"] = "poor" if poor else "fair" if fair_ else "good" if good else "excellent"
        row["idp"] = "true" if row["idp"] == "1" else "false"
        row["visited"] = "yes" if visits > 0 else "no"
        yield row


def write(folder, name, records):
    records = list(records)
    with open(os.path.join(folder, f"{name}.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(records[0]))
        writer.writeheader()
        writer.writerows(records)


if __name__ == "__main__":
    output = sys.argv[1]
    os.makedirs(output, exist_ok=True)
    write(output, "fair", fair())
    write(output, "randhie", randhie())
