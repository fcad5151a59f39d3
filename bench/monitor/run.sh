#!/usr/bin/env bash
# Alert quality of the Monitor checks on the synthetic churn data and on real data sets Debian ships (python3-statsmodels):
# per data set and batch size (300 and 1,000 rows), false alarms on 40 unshifted batches, detection of a +0.5 σ shift of
# each of the three most important numeric features (40 batches each) and of 20 % of the positive labels flipped.
# Arguments pass to the bench: spec files (default: model/spec.json and bench/monitor/specs/*.json), --rows, --batches,
# --markdown FILE. Another data set: a spec whose data.path names its CSV (relative to the repository root).
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 bench/monitor/datasets.py artifacts/bench-monitor
dotnet run --configuration Release --project bench/monitor/Monitor.Bench.csproj -- "$@"
