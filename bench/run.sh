#!/usr/bin/env bash
# Runs one benchmark in a fresh JVM: bench/run.sh calendar | wheel
# Needs the test classes: ./mvnw -q test-compile first (the script does it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
case "${1:-calendar}" in
    calendar) main=se.tryggalov.calendar.ui.CalendarPageBenchmark ;;
    wheel) main=se.tryggalov.calendar.ui.AnnualWheelSvgBenchmark ;;
    *) echo "usage: bench/run.sh calendar|wheel" >&2; exit 2 ;;
esac
exec "$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" "$main"
