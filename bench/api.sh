#!/usr/bin/env bash
# Measures POST /predict of the Release API against a ceiling: a minimal API that binds the same JSON body
# and answers a constant. Both run on 127.0.0.1, measured in turn under wrk at 16 connections.
# Goals: /predict reaches >= 80 % of the ceiling's requests/s, and its p99 latency stays under 5 ms.
#
# Settings (environment): BENCH_DURATION (default 20s per measured run), BENCH_WARMUP (5s), BENCH_CONNECTIONS (16),
# BENCH_THREADS (1: on a small machine wrk should leave the server a core), BENCH_ROUNDS (2: each side measured this many times, alternating, best kept), BENCH_MODEL (a model folder to serve; default: trained here by bench/api-model).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
connections=${BENCH_CONNECTIONS:-16}
threads=${BENCH_THREADS:-1}
rounds=${BENCH_ROUNDS:-2}
work=$PWD/artifacts/bench/api
api_port=5381
ceiling_port=5382

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)." >&2; exit 1; }
mkdir -p "$work"
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

echo "== Publishing the API and the ceiling (Release)"
dotnet publish api/Api.csproj --configuration Release --output "$work/api" --nologo -v quiet
dotnet publish bench/api-ceiling/Api.Ceiling.csproj --configuration Release --output "$work/ceiling" --nologo -v quiet

model=${BENCH_MODEL:-$work/model}
record=$work/record.json
if [[ -z "${BENCH_MODEL:-}" ]]; then
  echo "== Training the bench model (synthetic churn data, native XGBoost)"
  dotnet run --configuration Release --project bench/api-model/Api.BenchModel.csproj -- "$model" "$record"
fi
[[ -f "$record" ]] || { echo "No record at $record: run once without BENCH_MODEL to write one." >&2; exit 1; }
model=$(realpath "$model")
record=$(realpath "$record")

script=$work/post.lua
cat > "$script" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$record"):read("*a")
LUA

wait_for() {
  for _ in $(seq 1 100); do
    curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' --data @"$record" "$1" && return 0
    sleep 0.2
  done
  echo "Nothing answered at $1" >&2
  exit 1
}

# Prints "requests/s p99-ms" of one wrk run.
measure() {
  local output
  output=$(wrk --threads "$threads" --connections "$connections" --duration "$duration" --latency --script "$script" "$1")
  echo "$output" >&2
  if grep -Eq "Non-2xx|Socket errors" <<<"$output"; then
    echo "wrk saw errors against $1" >&2
    exit 1
  fi
  local rps p99
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$output")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }' <<<"$output")
  echo "$rps $p99"
}

run() {
  local name=$1 url=$2
  echo "== $name: warm-up $warmup, then $duration at $connections connections" >&2
  wrk --threads "$threads" --connections "$connections" --duration "$warmup" --script "$script" "$url" >/dev/null
  measure "$url"
}

(cd "$work/ceiling" && exec dotnet Mlops.Bench.ApiCeiling.dll --urls "http://127.0.0.1:$ceiling_port" >"$work/ceiling.log" 2>&1) &
pids+=($!)
(cd "$work/api" && exec dotnet Mlops.Api.dll --urls "http://127.0.0.1:$api_port" --Model:Path="$model" >"$work/api.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$ceiling_port/predict"
wait_for "http://127.0.0.1:$api_port/predict"

# Alternate the two and keep each one's best round, so that a burst of other load on the machine
# does not decide the ratio.
best() { awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" 'BEGIN { if (c == "" || a > c) print a, b; else print c, d }'; }
ceiling_rps="" ceiling_p99="" api_rps="" api_p99=""
for round in $(seq 1 "$rounds"); do
  read -r rps p99 < <(run "ceiling, round $round" "http://127.0.0.1:$ceiling_port/predict")
  [[ -n "${p99:-}" ]] || { echo "The ceiling run failed." >&2; exit 1; }
  read -r ceiling_rps ceiling_p99 < <(best "$rps" "$p99" "$ceiling_rps" "$ceiling_p99")
  read -r rps p99 < <(run "/predict, round $round" "http://127.0.0.1:$api_port/predict")
  [[ -n "${p99:-}" ]] || { echo "The /predict run failed." >&2; exit 1; }
  read -r api_rps api_p99 < <(best "$rps" "$p99" "$api_rps" "$api_p99")
done

echo
printf '%-10s %14s %10s\n' "endpoint" "requests/s" "p99 (ms)"
printf '%-10s %14.0f %10.2f\n' "ceiling" "$ceiling_rps" "$ceiling_p99"
printf '%-10s %14.0f %10.2f\n' "/predict" "$api_rps" "$api_p99"
awk -v api="$api_rps" -v ceiling="$ceiling_rps" -v p99="$api_p99" 'BEGIN {
  ratio = 100 * api / ceiling
  printf "ratio      %13.1f %%   (goal >= 80 %%: %s)\n", ratio, (ratio >= 80 ? "met" : "NOT met")
  printf "p99        %13.2f ms  (goal < 5 ms: %s)\n", p99, (p99 < 5 ? "met" : "NOT met")
}'
