#!/usr/bin/env bash
# Times Bootstrap and PairedBootstrap on 20,000 rows x 1,000 resamples against a copy-and-recompute baseline.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run --configuration Release --project bench/metrics/Metrics.Bench.csproj
