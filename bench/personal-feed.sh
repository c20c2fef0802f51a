#!/usr/bin/env bash
# The personal calendar feed's server time (issue #16): one person with 120 shifts over a school year, the first
# fetch and 100 more through the service on the embedded PostgreSQL. Appends to bench/results/personal-feed.jsonl.
# Usage: bench/personal-feed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest=PersonalFeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "PERSONAL FEED|Tests run|FAIL" || true
tail -n 1 bench/results/personal-feed.jsonl
