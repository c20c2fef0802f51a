# Helpers shared by bench/restore-drill.sh and bench/two-nodes.sh (issue #21): a throw-away PostgreSQL from Debian's
# packages, the production jar as a node, readiness, sign-in over HTTP and row counts. Everything listens on
# 127.0.0.1 only, on high ports. Sourced, not run.

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
OWNER_PASSWORD=drill-owner-secret
APP_PASSWORD=drill-app-secret

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*"; exit 1; }

# the production jar: $JAR, or the one ./mvnw -Pproduction package left in target/
jar_path() {
    if [[ -n ${JAR:-} ]]; then echo "$JAR"; return; fi
    ls "$ROOT"/target/trygga-lov-*.jar 2>/dev/null | grep -v original | head -1
}

# pg_start DIR PORT: initdb (as the postgres system user: PostgreSQL refuses to run as root) and start.
pg_start() {
    local dir=$1 port=$2
    [[ -x $PG_BIN/postgres ]] || die "no PostgreSQL server binaries (apt-get install postgresql)"
    mkdir -p "$dir"
    local run=()
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; run=(runuser -u postgres --); fi
    (umask 077; echo "$OWNER_PASSWORD" >"$dir/pwfile")
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir/pwfile"
    "${run[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$dir/pwfile" \
        >"$dir/initdb.log" 2>&1 || die "initdb (see $dir/initdb.log)"
    rm -f "$dir/pwfile"
    "${run[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null \
        || die "PostgreSQL did not start (see $dir/postgres.log)"
}

pg_stop() {
    local dir=$1
    local run=()
    if [[ $(id -u) -eq 0 ]]; then run=(runuser -u postgres --); fi
    [[ -f $dir/data/postmaster.pid ]] && "${run[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
    return 0
}

# psql as the superuser on PORT: pg_super PORT [DB] ARGS...
pg_super() {
    local port=$1 db=$2; shift 2
    PGPASSWORD=$OWNER_PASSWORD "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

# The two roles and the database, as docs/deployment.md tells an installation to make them.
pg_provision() {
    local port=$1
    pg_super "$port" postgres -v owner_password="'$OWNER_PASSWORD'" -v app_password="'$APP_PASSWORD'" \
        -f "$ROOT/deploy/postgres-setup.sql" >/dev/null
}

# Rows per table of the public schema ("table count" lines, sorted), Flyway's history left out.
row_counts() {
    local port=$1 db=${2:-trygga} user=${3:-postgres} password=${4:-$OWNER_PASSWORD}
    local tables
    tables=$(PGPASSWORD=$password "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$port" -U "$user" -d "$db" -c \
        "select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history' order by 1")
    local sql="" t
    for t in $tables; do sql+="select '$t', count(*) from \"$t\" union all "; done
    PGPASSWORD=$password "$PG_BIN/psql" -X -At -F ' ' -h 127.0.0.1 -p "$port" -U "$user" -d "$db" \
        -c "${sql% union all } order by 1"
}

# node_start NAME PORT LOGFILE [extra args...]: the production jar, heap capped; env decides the database.
node_start() {
    local name=$1 port=$2 log=$3; shift 3
    local jar; jar=$(jar_path)
    [[ -n $jar ]] || die "no production jar: ./mvnw -Pproduction -DskipTests package"
    "$JAVA" -Xmx${NODE_HEAP:-512m} -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port="$port" \
        --server.address=127.0.0.1 "$@" >"$log" 2>&1 &
    echo $! >"$log.pid"
}

node_pid() { cat "$1.pid"; }

# wait_ready PORT SECONDS: until /actuator/health/readiness answers 200; prints the seconds it took.
wait_ready() {
    local port=$1 limit=$2 start=$SECONDS
    while (( SECONDS - start < limit )); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness") == 200 ]]; then
            echo $((SECONDS - start)); return 0
        fi
        sleep 1
    done
    return 1
}

# sign_in BASEURL USER PASSWORD JAR: the login form with its CSRF token; true when it leads into the app.
sign_in() {
    local base=$1 user=$2 password=$3 jar=$4
    local token
    token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')
    local location
    location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
        "$base/login")
    [[ -n $location && $location != *"/login"* ]]
}
