#!/usr/bin/env bash
# Load + validate + profile of a 1,000,000 x 20 numeric CSV, against pandas read_csv + describe + isna().sum().
# Usage: bench/data/run.sh [rows] [columns]   (defaults 1000000 20). Prints both times, the ratio and our peak RSS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rows="${1:-1000000}"
columns="${2:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$here/DataBench.csproj" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
bench="$work/bin/Mlops.DataBench"
"$bench" generate "$work/bench.csv" "$rows" "$columns"
echo "file: $(du -m "$work/bench.csv" | cut -f1) MB, $rows rows x $columns numeric columns + label"
cat "$work/bench.csv" >/dev/null # both runs start with the file in the page cache

/usr/bin/time -v "$bench" profile "$work/bench.csv" "$work/bench.csv.spec.json" "$work/profile.json" 2>"$work/dotnet.time" | tee "$work/dotnet.out"
/usr/bin/time -v /usr/bin/python3 "$here/baseline.py" "$work/bench.csv" 2>"$work/python.time" | tee "$work/python.out"

seconds() { sed -n 's/.*total=\([0-9.]*\)s.*/\1/p' "$1"; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
ours="$(seconds "$work/dotnet.out")"
theirs="$(seconds "$work/python.out")"
echo "in-process: dotnet ${ours}s, pandas ${theirs}s, ratio dotnet/pandas $(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')"
echo "wall (with process start): dotnet $(wall "$work/dotnet.time")s, pandas $(wall "$work/python.time")s"
echo "peak RSS: dotnet $(rss "$work/dotnet.time") MiB, pandas $(rss "$work/python.time") MiB"
