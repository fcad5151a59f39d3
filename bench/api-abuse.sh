#!/usr/bin/env bash
# A bounded mixed load of valid and malformed requests (the corpus of tests/Api.Tests/Abuse) against the Release
# API on 127.0.0.1, once built from a baseline commit and once from the working tree: prints each one's status
# counts and how much its log grew. Goals: no 5xx, no request left unanswered, and a log that does not grow
# with stack traces.
#
# Settings (environment): BENCH_DURATION (seconds per run, default 30), BENCH_WORKERS (fast workers, default 8),
# BENCH_BASELINE (the commit to compare with, default c5196f1; empty: skip), BENCH_MODEL (a model folder; default:
# trained here by bench/api-model).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-30}
workers=${BENCH_WORKERS:-8}
baseline=${BENCH_BASELINE-c5196f1}
work=$PWD/artifacts/bench/api-abuse
port=5383
mkdir -p "$work"
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true' EXIT

model=${BENCH_MODEL:-$work/model}
record=$work/record.json
if [[ -z "${BENCH_MODEL:-}" ]]; then
  echo "== Training the bench model (synthetic churn data, native XGBoost)"
  dotnet run --configuration Release --project bench/api-model/Api.BenchModel.csproj -- "$model" "$record"
fi
model=$(realpath "$model")

echo "== Building the load generator"
dotnet publish bench/api-abuse/Api.Abuse.csproj --configuration Release --output "$work/load" --nologo -v quiet

# Publishes the API of a source tree into $work/<name>.
publish() {
  dotnet publish "$1/api/Api.csproj" --configuration Release --output "$work/$2" --nologo -v quiet
}

# Runs the load against one published API; prints its status counts and its log's growth.
run() {
  local name=$1 log=$work/$1.log
  (cd "$work/$name" && exec dotnet Mlops.Api.dll --urls "http://127.0.0.1:$port" --Model:Path="$model" >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.2; done
  local before
  before=$(stat -c %s "$log")
  echo "== $name: ${duration} s, $workers fast workers + the slow cases ($(uptime | sed 's/.*load/load/'))"
  dotnet "$work/load/Mlops.Bench.ApiAbuse.dll" "$port" "$duration" "$workers" "$record"
  local after
  after=$(stat -c %s "$log")
  echo "log: grew $((after - before)) bytes; $(grep -c '^fail:' "$log" || true) error entries, $(grep -c '^ *at ' "$log" || true) stack lines"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

if [[ -n "$baseline" ]]; then
  echo "== Publishing the baseline API ($baseline)"
  rm -rf "$work/src-baseline" && mkdir -p "$work/src-baseline"
  git archive "$baseline" api model Directory.Build.props Directory.Packages.props global.json | tar -x -C "$work/src-baseline"
  publish "$work/src-baseline" baseline
fi
echo "== Publishing the API of the working tree"
publish "$PWD" current

[[ -n "$baseline" ]] && run baseline
run current
