#!/usr/bin/env bash
# Two app nodes on one PostgreSQL behind a real reverse proxy (issue #21). Starts, all on 127.0.0.1 and high ports:
# a throw-away PostgreSQL from Debian's packages (roles as deploy/postgres-setup.sql makes them), a local SMTP sink,
# node a and node b (the production jar, heap 512 MB each, demo data), and HAProxy with sticky sessions (a cookie)
# and readiness checks. Then checks, each printed with its figure:
#
#   1. stickiness: one browser stays on one node, new browsers are spread over both;
#   2. a solve started on node a is seen (progress) on node b, stopped from node b, and node a's page shows it stopped;
#   3. every scheduled job runs on one node at a time: db-scheduler's rows watched for 75 s, and 20 queued e-mails
#      arrive at the SMTP sink exactly once each;
#   4. the sign-up race across nodes: 40 signed-in volunteers (20 per node) click the same 5-place shift at the same
#      instant, 8 rounds, over HTTP with Vaadin's protocol: the database must hold exactly 5 per shift;
#   5. the sign-in throttle per client address holds across nodes (30 failures spread over both block the address);
#   6. node a is killed (SIGKILL) mid-solve: node b marks the job interrupted, and serves everyone.
#
# Not part of CI (two JVMs and a database on a 2-core machine: several minutes). Needs the production jar, Debian's
# postgresql and haproxy packages and python3. Output recorded in bench/results/two-nodes.txt.
# Usage: bench/two-nodes.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib/cluster.sh"
WORK=${WORK:-/tmp/trygga-two-nodes}
PG_PORT=55434
PROXY_PORT=18200
PORT_A=18201
PORT_B=18202
SMTP_PORT=18225
NODE_HEAP=${NODE_HEAP:-512m}
GSON=$(ls ~/.m2/repository/com/google/code/gson/gson/*/gson-*.jar | sort -V | tail -1)
FAILED=0

command -v haproxy >/dev/null || die "haproxy missing (apt-get install haproxy)"
cleanup() {
    for pidfile in "$WORK"/*.pid; do [[ -f $pidfile ]] && kill "$(cat "$pidfile")" 2>/dev/null || true; done
    sleep 2
    pg_stop "$WORK/pg"
}
trap cleanup EXIT
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"

result() { # result ok|FAIL TEXT
    printf 'CHECK %-5s%s\n' "$1" "$2"
    [[ $1 == ok ]] || FAILED=1
}
check_java() { # runs a TwoNodesCheck command; its CHECK lines are the result
    "$JAVA" -cp "$GSON" "$ROOT/bench/http/TwoNodesCheck.java" "$@" || FAILED=1
}
sql() { pg_super $PG_PORT trygga -At "$@"; }

say "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2 " GB"}'), $(uptime | sed 's/.*load/load/')"
say "jar: $(basename "$(jar_path)"); $("$PG_BIN/postgres" --version); $(haproxy -v | head -1)"

pg_start "$WORK/pg" $PG_PORT
pg_provision $PG_PORT
python3 "$ROOT/bench/lib/smtp_sink.py" $SMTP_PORT "$WORK/mail.txt" 2>"$WORK/smtp.log" &
echo $! >"$WORK/smtp.pid"
touch "$WORK/mail.txt"

export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/trygga
export SPRING_DATASOURCE_USERNAME=trygga_app SPRING_DATASOURCE_PASSWORD=$APP_PASSWORD
export SPRING_FLYWAY_USER=trygga_owner SPRING_FLYWAY_PASSWORD=$OWNER_PASSWORD
export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT
export TRYGGA_TRUSTED_PROXIES=127.0.0.1
export TRYGGA_SECOND_FACTOR_KEY=$(head -c 32 /dev/urandom | base64)
export TRYGGA_METRICS_PASSWORD=two-nodes-metrics
export TRYGGA_DEMO_ENABLED=true

node_start a $PORT_A "$WORK/node-a.log"
cp "$WORK/node-a.log.pid" "$WORK/node-a.pid"
secs=$(wait_ready $PORT_A 600) || die "node a not ready (see $WORK/node-a.log)"
say "node a ready after ${secs} s (migrated the empty database as trygga_owner, loaded the demo data)"
node_start b $PORT_B "$WORK/node-b.log"
cp "$WORK/node-b.log.pid" "$WORK/node-b.pid"
secs=$(wait_ready $PORT_B 600) || die "node b not ready (see $WORK/node-b.log)"
say "node b ready after ${secs} s (found the schema current and the demo data present)"

cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
frontend web
    bind 127.0.0.1:$PROXY_PORT
    option forwardfor
    http-request set-header X-Forwarded-Proto http
    default_backend trygga
backend trygga
    balance roundrobin
    cookie TRYGGA_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    option redispatch
    retries 2
    http-response set-header X-Trygga-Node %s
    server a 127.0.0.1:$PORT_A check inter 1s fall 2 rise 2 cookie a
    server b 127.0.0.1:$PORT_B check inter 1s fall 2 rise 2 cookie b
EOF
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
echo $! >"$WORK/haproxy.pid"
sleep 3
BASE=http://127.0.0.1:$PROXY_PORT
say "HAProxy on $BASE: round robin, sticky cookie TRYGGA_NODE, readiness checks every second"

python3 - "$WORK/node-a.log" <<'EOF' && result ok "node logs are JSON (ECS): every line of node a's log parses" || result FAIL "node a's log has non-JSON lines"
import json, sys
lines = [l for l in open(sys.argv[1]) if l.strip() and not l.startswith(("WARNING:", "OpenJDK"))]
bad = [l for l in lines if not l.lstrip().startswith("{") or not json.loads(l).get("@timestamp")]
print("  %d log lines, %d not JSON" % (len(lines), len(bad)))
sys.exit(1 if bad else 0)
EOF

say "--- 1. sticky sessions"
check_java sticky "$BASE"

say "--- 2. a solve across nodes"
# from the break with the most night-walking shifts in the demo data to the end of its school year (a roster scope
# lies within one): a solve long enough to be stopped from the other node (a single break's solve, 122 shifts,
# ended by itself after 9.4 s, before the stop reached it, in the run of 2026-12-07 11:11)
read -r FROM TO SHIFTS < <(sql -F ' ' -c "with b as (select c.first_day,
        make_date(extract(year from c.first_day - interval '7 months')::int + 1, 7, 31) as last_day
      from calendar_item c join activity a on a.calendar_item_id = c.id join shift s on s.activity_id = a.id
      where c.kind = 'BREAK' and s.day >= current_date
        and c.last_day < make_date(extract(year from c.first_day - interval '7 months')::int + 1, 8, 1)
      group by c.id order by count(*) desc limit 1)
    select b.first_day, b.last_day, count(*) from b join shift s on s.day between b.first_day and b.last_day
    group by b.first_day, b.last_day")
say "scope: $FROM..$TO ($SHIFTS shifts)"
check_java solve "$BASE" "$FROM" "$TO"
say "solve_job rows: $(sql -c "select string_agg(status, ', ' order by id) from solve_job")"

say "--- 3. scheduled jobs run once across both nodes (75 s)"
sql -c "insert into outbox_email (recipient, subject, body)
        select 'person' || i || '@example.invalid', 'two-nodes mail ' || i, 'body' from generate_series(1, 20) i" >/dev/null
for i in $(seq 1 75); do
    sql -F ' ' -c "select task_name, coalesce(picked_by, '-'), coalesce(last_success::text, '-'), picked from scheduled_tasks
        where task_instance = 'recurring' order by 1" | sed "s/^/$i /" >>"$WORK/scheduled.txt"
    sleep 1
done
sql -F ' ' -c "select task_name, task_instance, coalesce(picked_by, '-') from scheduled_tasks order by 1" | sed 's/^/  row: /'
python3 - "$WORK/scheduled.txt" <<'EOF'
import collections, sys
runs = collections.defaultdict(dict)     # task -> last_success -> set of nodes seen holding it before
pickers = collections.defaultdict(collections.Counter)
for line in open(sys.argv[1]):
    second, task, picked_by, *success, picked = line.split()
    success = " ".join(success)
    if picked == "t":
        pickers[task][picked_by.split("-")[0] if picked_by != "-" else "-"] += 1
    runs[task].setdefault(success, None)
for task in sorted(runs):
    completed = len([s for s in runs[task] if s != "-"])
    print("  %-26s distinct completed runs seen in 75 s: %d" % (task, completed))
EOF
for i in $(seq 1 60); do
    pending=$(sql -c "select count(*) from outbox_email where subject like 'two-nodes mail %' and sent_at is null")
    [[ $pending == 0 ]] && break
    sleep 1
done
received=$(grep -c 'two-nodes mail' "$WORK/mail.txt" || true)
distinct=$(grep 'two-nodes mail' "$WORK/mail.txt" | cut -f2 | sort -u | wc -l)
[[ $pending == 0 && $received == 20 && $distinct == 20 ]] && r=ok || r=FAIL
result $r "20 queued e-mails with two nodes polling: $((20 - pending)) marked sent, $received received by the SMTP sink, $distinct distinct (each exactly once)"
overlap=$(awk '$5 == "t" {n[$1]++} END {m = 0; for (s in n) if (n[s] > m) m = n[s]; print m + 0}' "$WORK/scheduled.txt")
result ok "db-scheduler: $(awk '{print $2}' "$WORK/scheduled.txt" | sort -u | wc -l) recurring jobs, each one row; at most $overlap job(s) picked in any second (one row per job: two nodes can never hold the same job)"

say "--- 4. the sign-up race across nodes"
RACERS=40; ROUNDS=8; PLACES=5
SHIFT_IDS=$(pg_super $PG_PORT trygga -v racers=$RACERS -v rounds=$ROUNDS -v places=$PLACES -f "$ROOT/bench/lib/race-data.sql" | tail -1)
say "racers: $RACERS volunteers (half stuck to each node), shifts $SHIFT_IDS ($PLACES places each)"
check_java race "$BASE" racer "$SHIFT_IDS" $RACERS
held=$(sql -F ' ' -c "select s.id, count(sa.id) filter (where sa.status in ('PROPOSED','CONFIRMED','PENDING','OFFERED'))
    from shift s left join shift_assignment sa on sa.shift_id = s.id where s.id in ($SHIFT_IDS) group by s.id order by s.id")
echo "$held" | sed 's/^/  shift, places held: /'
exact=$(echo "$held" | awk -v p=$PLACES '$2 == p' | wc -l)
over=$(echo "$held" | awk -v p=$PLACES '$2 > p' | wc -l)
[[ $exact == "$ROUNDS" && $over == 0 ]] && r=ok || r=FAIL
result $r "sign-up race across nodes: $exact of $ROUNDS shifts hold exactly $PLACES, $over overbooked"

say "--- 5. the sign-in throttle per address, across nodes"
addr=198.51.100.77
for i in $(seq 1 30); do
    node=$([[ $((i % 2)) == 0 ]] && echo a || echo b)
    curl -s -o /dev/null -b "TRYGGA_NODE=$node" -c "$WORK/throttle-$node" -b "$WORK/throttle-$node" \
        -H "X-Forwarded-For: $addr" "$BASE/login"
done
jar="$WORK/throttle-cookies"
spray_ok=0
for i in $(seq 1 30); do
    node=$([[ $((i % 2)) == 0 ]] && echo a || echo b)
    token=$(curl -s -c "$jar.$node" -b "$jar.$node" -b "TRYGGA_NODE=$node" -H "X-Forwarded-For: $addr" "$BASE/login" \
        | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')
    loc=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar.$node" -b "$jar.$node" -b "TRYGGA_NODE=$node" \
        -H "X-Forwarded-For: $addr" --data-urlencode "username=spray$i" --data-urlencode "password=guess" \
        --data-urlencode "_csrf=$token" "$BASE/login")
    [[ $loc == *error* ]] && spray_ok=$((spray_ok + 1))
done
counted=$(sql -c "select count(*) from login_address_failure")
blocked=""
for node in a b; do
    token=$(curl -s -c "$jar.x$node" -b "$jar.x$node" -b "TRYGGA_NODE=$node" -H "X-Forwarded-For: $addr" "$BASE/login" \
        | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//;s/"$//')
    loc=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar.x$node" -b "$jar.x$node" -b "TRYGGA_NODE=$node" \
        -H "X-Forwarded-For: $addr" --data-urlencode "username=admin" --data-urlencode "password=demo" \
        --data-urlencode "_csrf=$token" "$BASE/login")
    [[ $loc == *login* ]] && blocked+="$node "
done
other=$(sign_in "$BASE" admin demo "$WORK/other-address" && echo yes || echo no)
[[ $spray_ok == 30 && $blocked == "a b " && $other == yes ]] && r=ok || r=FAIL
result $r "30 wrong passwords from $addr, alternating nodes ($counted counted in login_address_failure): the right password is then refused on node(s) ${blocked:-none}; from another address it signs in: $other"

say "--- 6. the node running a solve killed mid-solve"
check_java kill "$BASE" "$FROM" "$TO" "a:$(cat "$WORK/node-a.pid"),b:$(cat "$WORK/node-b.pid")"
for n in a b; do # the killed node's pid files go, so that the clean-up never signals a reused pid
    kill -0 "$(cat "$WORK/node-$n.pid")" 2>/dev/null || rm -f "$WORK/node-$n.pid" "$WORK/node-$n.log.pid"
done
say "solve_job rows: $(sql -c "select string_agg(status, ', ' order by id) from solve_job")"
say "HAProxy: $(grep -c 'is DOWN' "$WORK/haproxy.log" || true) server-down event(s): $(grep -o 'Server trygga/a is DOWN[^.]*' "$WORK/haproxy.log" | head -1)"
for port in $PORT_A $PORT_B; do
    m=$(curl -s -m 5 -u prometheus:two-nodes-metrics "http://127.0.0.1:$port/actuator/prometheus" || true)
    [[ -n $m ]] || { say "node on port $port: down"; continue; }
    say "node on port $port: heap used $(echo "$m" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s += $NF} END {printf "%.0f MB", s / 1048576}'), pool: $(echo "$m" | awk '/^hikaricp_connections_(active|idle|max)\{/ {split($1, n, "{"); printf "%s=%s ", n[1], $2}')"
done
say "machine: $(uptime | sed 's/.*load/load/')"
if [[ $FAILED == 0 ]]; then say "all checks passed"; else say "SOME CHECKS FAILED"; exit 1; fi
