#!/usr/bin/env bash
# Load + validate + profile of a 1,000,000 x 20 numeric CSV, against pandas read_csv + describe + isna().sum().
# Usage: bench/data/run.sh [rows] [columns] [repeats]   (defaults 1000000 20 3).
# Both run alternately `repeats` times on the same file (in the page cache); the best time of each counts,
# because the machine is shared. Prints both times, the ratio and the peak RSS of each.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rows="${1:-1000000}"
columns="${2:-20}"
repeats="${3:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$here/DataBench.csproj" -c Release -o "$work/bin" -v quiet -nologo
bench="$work/bin/Mlops.DataBench"
"$bench" generate "$work/bench.csv" "$rows" "$columns"
echo "file: $(du -m "$work/bench.csv" | cut -f1) MB, $rows rows x $columns numeric columns + label"
cat "$work/bench.csv" >/dev/null

seconds() { sed -n 's/.*total=\([0-9.]*\)s.*/\1/p' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f\n", $2 / 1024 }' "$1"; }
best() { sort -n | head -1; }
for run in $(seq "$repeats"); do
  /usr/bin/time -v "$bench" profile "$work/bench.csv" "$work/bench.csv.spec.json" "$work/profile.json" 2>"$work/dotnet.time" | tee "$work/dotnet.out"
  seconds "$work/dotnet.out" >>"$work/dotnet.times"
  rss "$work/dotnet.time" >>"$work/dotnet.rss"
  /usr/bin/time -v /usr/bin/python3 "$here/baseline.py" "$work/bench.csv" 2>"$work/python.time" | tee "$work/python.out"
  seconds "$work/python.out" >>"$work/python.times"
  rss "$work/python.time" >>"$work/python.rss"
done

ours="$(best <"$work/dotnet.times")"
theirs="$(best <"$work/python.times")"
echo "best of $repeats (in-process): dotnet ${ours}s, pandas ${theirs}s, ratio dotnet/pandas $(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')"
echo "peak RSS (max over runs): dotnet $(sort -n "$work/dotnet.rss" | tail -1) MiB, pandas $(sort -n "$work/python.rss" | tail -1) MiB"
