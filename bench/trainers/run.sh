#!/usr/bin/env bash
# The three trainer families side by side (README, "Trainer families"): ROC AUC with its bootstrap interval on the
# same test rows, training seconds and the process's peak RSS, on data/churn.csv (generated when absent) and on a
# generated set of [rows] rows (default 200000). Each family trains in a process of its own so peak RSS is its own;
# load, split and preprocessing are the same in every process. Then the paired bootstrap of each ML.NET family's
# ROC AUC against XGBoost's on the same test rows.
# Usage: bench/trainers/run.sh [rows]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rows="${1:-200000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

[ -f data/churn.csv ] || dotnet run --project build -- --target=Data
dotnet build bench/trainers/Trainers.Bench.csproj -c Release -o "$work/bin" -v quiet -nologo
bench="$work/bin/Mlops.TrainersBench"
"$bench" generate "$work/churn-${rows}.csv" "$rows"

echo "uptime: $(uptime)"
for csv in data/churn.csv "$work/churn-${rows}.csv"; do
  name="$(basename "$csv" .csv)"
  for family in xgboost lightgbm fasttree; do
    /usr/bin/time -v "$bench" train model/spec.json "$csv" "$family" "$work/$name.$family" 2>"$work/time" | tr -d '\n'
    awk -F': ' '/Maximum resident set size/ { printf " | peak %.0f MiB\n", $2 / 1024 }' "$work/time"
  done
  "$bench" compare model/spec.json "$csv" "$work/$name.xgboost" "$work/$name.lightgbm" "$work/$name.fasttree"
done
