#!/usr/bin/env bash
# Load benchmark (issue #21; not in CI): virtual users drive the real HTTP path of sign-in, Lediga pass (open
# shifts), sign-up (a click over Vaadin's UIDL protocol), Mina pass and the calendar feed (bench/http/LoadDriver.java)
# against one node and then two nodes, both through HAProxy. Starts, all on 127.0.0.1 and high ports: PostgreSQL from
# Debian's packages, two nodes (the production jar, -Xmx512m each), HAProxy with two front ends (one sends everything
# to node a, the other balances a and b with sticky sessions). Samples every 5 s: each node's heap and connection
# pool (its Prometheus endpoint), PostgreSQL's connections and the machine's load. Output recorded in
# bench/results/load.txt. Usage: bench/load.sh [USERS] [SECONDS]   (default 300 users, 60 s after a 30 s ramp-up)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib/cluster.sh"
WORK=${WORK:-/tmp/trygga-load}
USERS=${1:-300}
SECONDS_RUN=${2:-60}
RAMP=${RAMP:-30}
PG_PORT=55435
PROXY_ONE=18300
PROXY_TWO=18301
PORT_A=18311
PORT_B=18312
NODE_HEAP=${NODE_HEAP:-512m}
GSON=$(ls ~/.m2/repository/com/google/code/gson/gson/*/gson-*.jar | sort -V | tail -1)
FEED_TOKEN=loadbenchfeedtokenxyz
METRICS=load-metrics

cleanup() {
    for pidfile in "$WORK"/*.pid; do [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true; done
    sleep 2
    pg_stop "$WORK/pg"
}
trap cleanup EXIT
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"
sql() { pg_super $PG_PORT trygga -At "$@"; }

say "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
pg_start "$WORK/pg" $PG_PORT
pg_provision $PG_PORT
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/trygga
export SPRING_DATASOURCE_USERNAME=trygga_app SPRING_DATASOURCE_PASSWORD=$APP_PASSWORD
export SPRING_FLYWAY_USER=trygga_owner SPRING_FLYWAY_PASSWORD=$OWNER_PASSWORD
export TRYGGA_TRUSTED_PROXIES=127.0.0.1 TRYGGA_DEMO_ENABLED=true TRYGGA_METRICS_PASSWORD=$METRICS
export TRYGGA_SECOND_FACTOR_KEY=$(head -c 32 /dev/urandom | base64)
node_start a $PORT_A "$WORK/node-a.log"; cp "$WORK/node-a.log.pid" "$WORK/node-a.pid"
wait_ready $PORT_A 600 >/dev/null || die "node a not ready"
node_start b $PORT_B "$WORK/node-b.log"; cp "$WORK/node-b.log.pid" "$WORK/node-b.pid"
wait_ready $PORT_B 600 >/dev/null || die "node b not ready"
SHIFTS=$(pg_super $PG_PORT trygga -v prefix=load -v racers="$USERS" -v rounds=12 -v places=50 -v groups=3 \
    -v feed_token=$FEED_TOKEN -f "$ROOT/bench/lib/load-data.sql" | tail -1)
say "data: demo + $USERS volunteers (load0..), $(echo "$SHIFTS" | tr ',' '\n' | wc -l) open shifts of 50 places"

cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 8192
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    option http-keep-alive
frontend one
    bind 127.0.0.1:$PROXY_ONE
    option forwardfor
    default_backend one_node
frontend two
    bind 127.0.0.1:$PROXY_TWO
    option forwardfor
    default_backend two_nodes
backend one_node
    server a 127.0.0.1:$PORT_A
backend two_nodes
    balance roundrobin
    cookie TRYGGA_NODE insert indirect nocache httponly
    http-response set-header X-Trygga-Node %s
    server a 127.0.0.1:$PORT_A cookie a
    server b 127.0.0.1:$PORT_B cookie b
EOF
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
echo $! >"$WORK/haproxy.pid"
sleep 2

sample() { # one line: time, load, per node heap MB / active / pending / max pool, PostgreSQL connections
    local line; line="$(date -u +%H:%M:%S) load=$(cut -d' ' -f1 /proc/loadavg)"
    for node in a:$PORT_A b:$PORT_B; do
        local m; m=$(curl -s -m 10 -u prometheus:$METRICS "http://127.0.0.1:${node#*:}/actuator/prometheus" || true)
        line+=" ${node%%:*}:heapMB=$(echo "$m" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}')"
        line+=",active=$(echo "$m" | awk '/^hikaricp_connections_active\{/ {printf "%.0f", $2}')"
        line+=",pending=$(echo "$m" | awk '/^hikaricp_connections_pending\{/ {printf "%.0f", $2}')"
        line+=",timeouts=$(echo "$m" | awk '/^hikaricp_connections_timeout_total\{/ {printf "%.0f", $2}')"
        line+=",sessions=$(echo "$m" | awk '/^tomcat_sessions_active_current_sessions\{/ {printf "%.0f", $2}')"
    done
    line+=" pg_connections=$(sql -c "select count(*) from pg_stat_activity where datname = 'trygga'")"
    echo "$line"
}

run() { # run LABEL PROXY_PORT
    local label=$1 port=$2
    say "=== $label: $USERS users, ramp-up ${RAMP} s, then ${SECONDS_RUN} s; $(uptime | sed 's/.*load/load/')"
    ( while true; do sample >>"$WORK/samples-$label.txt"; sleep 5; done ) &
    local sampler=$!
    "$JAVA" -Xmx1g -cp "$GSON" "$ROOT/bench/http/LoadDriver.java" "http://127.0.0.1:$port" "$USERS" "$SECONDS_RUN" \
        "$RAMP" "load" "$FEED_TOKEN" | tee "$WORK/result-$label.txt"
    kill $sampler 2>/dev/null || true
    say "samples every 5 s (heap MB, pool active/pending/timeouts, Tomcat sessions per node; PostgreSQL connections):"
    sed 's/^/  /' "$WORK/samples-$label.txt"
    awk '{for (i = 1; i <= NF; i++) if ($i ~ /^[ab]:heapMB=/) {split($i, f, /[=,]/); h = f[2] + 0; n = substr($i, 1, 1);
          if (h > max[n]) max[n] = h; split($i, g, "pending="); split(g[2], p, ","); if (p[1] + 0 > pend) pend = p[1] + 0}}
          END {printf "  max heap: a %d MB, b %d MB; max pending connection requests: %d\n", max["a"], max["b"], pend}' \
        "$WORK/samples-$label.txt"
    say "signed up so far: $(sql -c "select count(*) from shift_assignment sa join shift s on s.id = sa.shift_id join activity a on a.id = s.activity_id where a.title = 'Load test walk' and sa.status = 'CONFIRMED'") places; overbooked shifts: $(sql -c "select count(*) from (select s.id from shift s join shift_assignment sa on sa.shift_id = s.id and sa.status in ('PROPOSED','CONFIRMED','PENDING','OFFERED') group by s.id, s.max_size having count(*) > s.max_size) x")"
}

run one-node $PROXY_ONE
# the same users again: their sign-ups of the first run stay (they see the evenings they took as taken)
sleep 10
run two-nodes $PROXY_TWO
say "machine: $(uptime | sed 's/.*load/load/')"
