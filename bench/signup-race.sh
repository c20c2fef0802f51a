#!/usr/bin/env bash
# The self sign-up race benchmark (issue #15): 200 concurrent sign-ups for 5 places, 50 rounds, through the service
# on the embedded PostgreSQL; one person racing for two overlapping shifts, 50 rounds. Appends to
# bench/results/signup-race.jsonl. Usage: bench/signup-race.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test -Dtest=SignupRaceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "SIGNUP RACE|Tests run|FAIL" || true
tail -n 1 bench/results/signup-race.jsonl
