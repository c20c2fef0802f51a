#!/usr/bin/env bash
# Server time of the coverage read model (issue #17) on the demo year: the steering group's dashboard for the
# school year and the Southside viewer's "tonight". Appends to bench/results/coverage.jsonl (median and p90 in ms,
# with the machine's 1-minute load average). Usage: bench/coverage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest=CoverageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "COVERAGE BENCH|^  |Tests run|FAIL" || true
tail -n 1 bench/results/coverage.jsonl
