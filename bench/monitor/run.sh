#!/usr/bin/env bash
# Alert quality of the Monitor checks: false-alarm rate on 50 unshifted batches, detection rate on 50 batches with a
# 0.5-std covariate shift in one of the three most important numeric features. Argument: rows per batch (default 1000).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run --configuration Release --project bench/monitor/Monitor.Bench.csproj -- "${1:-1000}"
