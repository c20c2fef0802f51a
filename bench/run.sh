#!/usr/bin/env bash
# Benchmarks the roster solver: every run in a fresh JVM with a fixed seed, results appended as JSON lines.
#   bench/run.sh            everything below (about 16 minutes)
#   bench/run.sh compare    the configuration comparison on the year instance (about 9 minutes)
#   bench/run.sh records    the rest: exact reference, tiny, break, year with 3 seeds, city (about 7 minutes)
#   bench/run.sh one <instance> <config> <seconds> <seed>
#   JAVA_PROPS="-Dname=value ..." passes system properties to each run (the solver's switches, bench/README.md)
#   bench/run.sh exact      the exact reference (CP-SAT, issue #23) and the solve at 10 s on the project's and the
#                           fresh problems; EVALS=N DTIME=D end each solve by N evaluations and CP-SAT by D
#                           deterministic seconds instead (the same on any machine; 2026-12-07: EVALS=10000 DTIME=3)
#   bench/run.sh calendar | wheel   the calendar page benchmarks (see the end of bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q -o test-compile 2>&1 | grep -v WARNING || true
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test \
    > /dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
JAVA=(nice "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1536m -cp "$CP")
mkdir -p bench/results
export OUT=${OUT:-bench/results/results-$(date +%Y%m%d-%H%M).jsonl}

if [ ! -f bench/instances/city.json ]; then # not committed (large): generated once, without touching the others
    generated=$(mktemp -d)
    "${JAVA[@]}" se.tryggalov.roster.solver.bench.InstanceGenerator "$generated" > /dev/null
    cp "$generated/city.json" bench/instances/city.json
    rm -rf "$generated"
fi

# the best known year score (bench/README.md): year runs record when they got within 0.5 % of it
BEST_KNOWN_YEAR=${BEST_KNOWN_YEAR:-0/-96/-156117}

run() { # instance config seconds seed
    local known=()
    read -ra known <<< "${JAVA_PROPS:-}" # e.g. JAVA_PROPS=-Droster.cpsat.oneWorkerSeconds=0 (bench/README.md)
    [ "$1" = year ] && known+=(-Droster.bestKnown="$BEST_KNOWN_YEAR")
    [ -n "${EVALS:-}" ] && known+=(-Droster.evaluations="$EVALS")
    [ -n "${DTIME:-}" ] && known+=(-Droster.cpsat.deterministicTime="$DTIME")
    nice "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx1536m "${known[@]}" -cp "$CP" \
        se.tryggalov.roster.solver.bench.BenchRunner \
        "bench/instances/$1.json" "$2" "$3" "$4" "$OUT" | grep '^{' || true
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
case "${1:-all}" in
calendar|wheel)
    main=se.tryggalov.calendar.ui.CalendarPageBenchmark
    [ "$1" = wheel ] && main=se.tryggalov.calendar.ui.AnnualWheelSvgBenchmark
    exec "$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" "$main" ;;
one)
    run "$2" "$3" "$4" "$5" ;;
exact)
    [ -d bench/instances/fresh ] || "${JAVA[@]}" se.tryggalov.roster.solver.bench.FreshInstances bench/instances/fresh
    fresh=(bench/instances/fresh/*.json)
    "${JAVA[@]}" se.tryggalov.roster.solver.engine.CpSatReference "${REF_SECONDS:-120}" "$OUT" \
        bench/instances/{tiny,tiny2,break,year}.json "${fresh[@]}" | grep '^{' || true
    for f in tiny tiny2 break year "${fresh[@]}"; do
        f=${f#bench/instances/}
        run "${f%.json}" "${CONFIG:-exact-tabu}" "${SECONDS_LIMIT:-10}" 1
    done ;;
compare)
    for c in tabu-groups tabu-groups-even tabu-groups-unfiltered default la-groups ffd-la la-plain la-groups-400 tabu-groups-300 tabu-groups-1000 tabu-groups-2000 \
        tabu-groups-t3 tabu-groups-t15 tabu-groups-heavy tabu-group-only sa-groups hc-groups; do
        run year "$c" 30 1
    done ;;
records|all)
    if [ "${1:-all}" = all ]; then "$0" compare; fi
    for t in tiny tiny2; do
        "${JAVA[@]}" se.tryggalov.roster.solver.engine.ExactReference "bench/instances/$t.json" | grep '^{' \
            | tee -a "$OUT"
        run "$t" tabu-groups 5 1
        run "$t" default 5 1
    done
    run break tabu-groups 10 1
    run break default 10 1
    for seed in 1 2 3; do
        run year tabu-groups 60 "$seed"
    done
    run city tabu-groups 60 1
    run city default 60 1 ;;
esac
echo "results in $OUT"
