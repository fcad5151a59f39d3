#!/usr/bin/env bash
# Times the managed scorer against libxgboost on the same booster (100 trees, depth 6, 20 features):
# one record per call, and 1,000,000 records with 1 and 2 threads. Prints BenchmarkDotNet's tables,
# then the managed / libxgboost ratios. Takes a few minutes; results land in bench/scoring/BenchmarkDotNet.Artifacts/.
set -euo pipefail
cd "$(dirname "$0")"
echo "load before the run: $(uptime)"
dotnet build --configuration Release Scoring.Bench.csproj
timeout 20m dotnet bin/Release/net10.0/Scoring.Bench.dll "$@"
echo "load after the run: $(uptime)"
