#!/usr/bin/env bash
# Backup and restore drill (issue #21), both ways an installation keeps its data:
#
#  A. External PostgreSQL (Debian's server, a throw-away cluster on 127.0.0.1:55433, roles as deploy/postgres-setup.sql
#     makes them): the production jar fills it with the demo data and stops; rows of every table are counted;
#     pg_dump (custom format) backs it up; the database is dropped; pg_restore brings it back; the counts must be
#     equal; the app starts on the restored database and the administrator signs in.
#  B. Embedded PostgreSQL (single-node install, data directory + credentials file): the app runs with the demo data
#     and stops; the data directory, its credentials file and the second-factor key are archived (tar); all three are
#     deleted; the archive is unpacked; the app starts; the counts must be equal and the administrator signs in.
#
# Needs the production jar (./mvnw -Pproduction -DskipTests package) and PostgreSQL's server and client programs
# (apt-get install postgresql). Prints every count; exits non-zero when anything differs. Output recorded in
# bench/results/restore-drill.txt. Usage: bench/restore-drill.sh [A|B]   (default both)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib/cluster.sh"
WORK=${WORK:-/tmp/trygga-restore-drill}
PG_PORT=55433
APP_PORT=18181
WHAT=${1:-AB}
NODE_HEAP=512m
export TRYGGA_SECOND_FACTOR_KEY=$(head -c 32 /dev/urandom | base64)

cleanup() {
    for pidfile in "$WORK"/*.log.pid; do [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true; done
    sleep 2
    pg_stop "$WORK/pg"
}
trap cleanup EXIT
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"
say "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
say "jar: $(basename "$(jar_path)")  PostgreSQL server: $("$PG_BIN/postgres" --version)"

stop_node() { # sends SIGTERM (graceful) and waits
    local pid; pid=$(node_pid "$1"); kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$1.pid"
}

compare() { # compare BEFORE AFTER LABEL
    if diff -u "$1" "$2" >"$WORK/diff.txt"; then
        say "$3: all $(wc -l <"$1") tables hold the same number of rows ($(awk '{s+=$2} END {print s}' "$1") rows)"
    else
        cat "$WORK/diff.txt"; die "$3: counts differ"
    fi
}

print_counts() { # two columns: table, before, after
    join "$1" "$2" | awk 'BEGIN {printf "  %-32s %8s %8s\n", "table", "before", "after"} {printf "  %-32s %8s %8s\n", $1, $2, $3}'
}

if [[ $WHAT == *A* ]]; then
    say "=== A. external PostgreSQL: pg_dump / pg_restore ==="
    pg_start "$WORK/pg" $PG_PORT
    pg_provision $PG_PORT
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/trygga
    export SPRING_DATASOURCE_USERNAME=trygga_app SPRING_DATASOURCE_PASSWORD=$APP_PASSWORD
    export SPRING_FLYWAY_USER=trygga_owner SPRING_FLYWAY_PASSWORD=$OWNER_PASSWORD
    node_start drill $APP_PORT "$WORK/node-a1.log" --trygga.demo.enabled=true
    secs=$(wait_ready $APP_PORT 600) || die "the app did not become ready (see $WORK/node-a1.log)"
    say "app ready on the empty database after ${secs} s (Flyway as trygga_owner, pool as trygga_app, demo data loaded)"
    sign_in "http://127.0.0.1:$APP_PORT" admin demo "$WORK/cookies-a1" || die "admin could not sign in"
    stop_node "$WORK/node-a1.log"
    row_counts $PG_PORT >"$WORK/a-before.txt"

    t0=$(date +%s%N)
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/pg_dump" -h 127.0.0.1 -p $PG_PORT -U trygga_owner -d trygga -Fc \
        -f "$WORK/trygga.dump"
    say "backup: pg_dump -Fc as trygga_owner: $(du -h "$WORK/trygga.dump" | cut -f1) in $((($(date +%s%N) - t0) / 1000000)) ms"

    pg_super $PG_PORT postgres -c "drop database trygga"
    say "destroyed: database trygga dropped ($(pg_super $PG_PORT postgres -Atc "select count(*) from pg_database where datname = 'trygga'") left)"

    t0=$(date +%s%N)
    pg_super $PG_PORT postgres -c "create database trygga owner trygga_owner encoding 'UTF8' template template0" \
        -c "revoke all on database trygga from public" -c "grant connect on database trygga to trygga_app"
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/pg_restore" -h 127.0.0.1 -p $PG_PORT -U postgres -d trygga --exit-on-error \
        "$WORK/trygga.dump"
    say "restored: pg_restore into a new database in $((($(date +%s%N) - t0) / 1000000)) ms (roles kept: they live outside the database)"
    row_counts $PG_PORT >"$WORK/a-after.txt"
    print_counts "$WORK/a-before.txt" "$WORK/a-after.txt"
    compare "$WORK/a-before.txt" "$WORK/a-after.txt" "A. pg_restore"
    app_rights=$(PGPASSWORD=$APP_PASSWORD "$PG_BIN/psql" -X -At -h 127.0.0.1 -p $PG_PORT -U trygga_app -d trygga -c \
        "select count(*) from app_user" 2>&1)
    say "the app role reads the restored tables (app_user: $app_rights rows)"
    node_start drill $APP_PORT "$WORK/node-a2.log" --trygga.demo.enabled=true
    secs=$(wait_ready $APP_PORT 600) || die "the app did not start on the restored database (see $WORK/node-a2.log)"
    sign_in "http://127.0.0.1:$APP_PORT" admin demo "$WORK/cookies-a2" || die "admin could not sign in after the restore"
    say "app ready on the restored database after ${secs} s; admin signed in"
    stop_node "$WORK/node-a2.log"
    pg_stop "$WORK/pg"
    unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_FLYWAY_USER SPRING_FLYWAY_PASSWORD
fi

if [[ $WHAT == *B* ]]; then
    say "=== B. embedded PostgreSQL: the data directory ==="
    DATA=$WORK/single/pgdata
    KEY=$WORK/single/second-factor.key
    unset TRYGGA_SECOND_FACTOR_KEY
    embedded=(--trygga.demo.enabled=true --trygga.embedded-db.data-directory="$DATA" --trygga.second-factor.key-file="$KEY")
    node_start single $APP_PORT "$WORK/node-b1.log" "${embedded[@]}"
    secs=$(wait_ready $APP_PORT 600) || die "the single node did not become ready (see $WORK/node-b1.log)"
    say "single node ready after ${secs} s (embedded PostgreSQL in $DATA)"
    sign_in "http://127.0.0.1:$APP_PORT" admin demo "$WORK/cookies-b1" || die "admin could not sign in"
    owner_password=$(sed -n 's/^owner.password=//p' "$DATA.credentials")
    row_counts "$(sed -n 4p "$DATA/postmaster.pid")" postgres postgres "$owner_password" >"$WORK/b-before.txt"
    stop_node "$WORK/node-b1.log"
    [[ ! -f $DATA/postmaster.pid ]] || die "the embedded PostgreSQL still runs after the app stopped"
    say "stopped: the app and its PostgreSQL (copy the data directory only while its server is stopped)"

    tar -C "$WORK/single" -czf "$WORK/single-node-backup.tar.gz" pgdata pgdata.credentials second-factor.key
    say "backup: tar of pgdata, pgdata.credentials and second-factor.key: $(du -h "$WORK/single-node-backup.tar.gz" | cut -f1)"
    rm -rf "$WORK/single"
    say "destroyed: $WORK/single removed"
    mkdir -p "$WORK/single" && tar -C "$WORK/single" -xzf "$WORK/single-node-backup.tar.gz"
    say "restored: unpacked"
    node_start single $APP_PORT "$WORK/node-b2.log" "${embedded[@]}"
    secs=$(wait_ready $APP_PORT 600) || die "the single node did not start on the restored directory (see $WORK/node-b2.log)"
    say "single node ready on the restored directory after ${secs} s"
    row_counts "$(sed -n 4p "$DATA/postmaster.pid")" postgres postgres "$owner_password" >"$WORK/b-after.txt"
    sign_in "http://127.0.0.1:$APP_PORT" admin demo "$WORK/cookies-b2" || die "admin could not sign in after the restore"
    say "admin signed in after the restore"
    stop_node "$WORK/node-b2.log"
    print_counts "$WORK/b-before.txt" "$WORK/b-after.txt"
    compare "$WORK/b-before.txt" "$WORK/b-after.txt" "B. data directory"
fi
say "drill passed"
