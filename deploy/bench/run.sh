#!/usr/bin/env bash
# ./vafa bench: throughput and latency of POST /api/purchases against Debian's PostgreSQL 15, side by side with a
# pgbench model of the same ledger write. See docs/benchmarks.md.
#
#   ./vafa bench [--duration N] [--connections N] [--rate N] [--warmup N] [--members N] [--history N]
#               [--expiry LOTS [--expiry-members N] [--expiry-rate N]] [--redeem-rate N]
#               [--app-java-opts "OPTIONS"] [--pg-settings "NAME=VALUE …"] [--build] [--hold] [--profile]
#
#   --duration N     seconds of each measured run: pgbench, wrk, fixed rate (default 20, at most 240)
#   --connections N  wrk connections and pgbench clients (default 16)
#   --rate N         purchases/s of the fixed-rate latency run (default 300)
#   --warmup N       seconds of wrk warm-up before the measured wrk run (default 180: on 2 cores the JIT and
#                    the young tables settle over the first minutes of load)
#   --members N      members enrolled in the bench tenant, purchases rotate over them (default 200)
#   --history N      purchases of history written into the bench tenant's tables before measuring (default 0)
#   --expiry LOTS    then (d): LOTS lots due for expiry written for more members, and the expiry job run by hand
#                    while purchases go on at a fixed rate (default 0: no (d))
#   --expiry-members N  the members those lots belong to (default LOTS / 10)
#   --expiry-rate N  purchases/s during (d) (default 100)
#   --redeem-rate N  redemptions (reserve + confirm)/s of (e)'s fixed-rate run (default 100)
#   --app-java-opts  the application JVM's options, e.g. "-Xms1g -Xmx1g" (default: $VAFA_APP_JAVA_OPTS, else
#                    none: the JVM sizes itself)
#   --pg-settings    server settings PostgreSQL is started with when this run starts it, e.g.
#                    "max_wal_size=8GB wal_compression=lz4" as docs/operations.md recommends (default: the cluster's own)
#   --build          build first even when admin-ui/target/vafa.jar exists
#   --hold           set up (database, Keycloak, application, bench tenant, and --expiry's lots), print how to
#                    reach it, measure nothing and keep it all running until Ctrl-C: for measuring by hand
#   --profile        record the application with Java Flight Recorder during the measured (b) run
#                    (target/bench-app.jfr; open it with JDK Mission Control or `jfr print`)
#
# Needs root (or sudo) for: installing wrk, starting the PostgreSQL cluster, psql as the postgres user.
# Maven's options for the build go in MAVEN_ARGS (e.g. MAVEN_ARGS=-Dmaven.repo.local=/some/repo).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BENCH_DIR=deploy/bench

DURATION=20
CONNECTIONS=16
RATE=300
WARMUP=180
MEMBERS=200
HISTORY=0
EXPIRY=0
EXPIRY_MEMBERS=""
EXPIRY_RATE=""
BUILD=0
PROFILE=0
HOLD=0
APP_JAVA_OPTS=${VAFA_APP_JAVA_OPTS-}
PG_SETTINGS=""

usage() { sed -n '2,32p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "vafa bench: $*" >&2; exit 1; }
say() { echo "[bench] $*"; }
number() { [[ $2 =~ ^[0-9]+$ ]] && [ "$2" -ge "$3" ] && [ "$2" -le "$4" ] || die "$1 must be a number from $3 to $4, not '$2'"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --duration|--connections|--rate|--warmup|--members|--history|--expiry|--expiry-members|--expiry-rate|--redeem-rate)
      [ $# -ge 2 ] || die "$1 needs a value"
      opt=$1; val=$2; shift 2 ;;
    --duration=*|--connections=*|--rate=*|--warmup=*|--members=*|--history=*|--expiry=*|--expiry-members=*|--expiry-rate=*|--redeem-rate=*)
      opt=${1%%=*}; val=${1#*=}; shift ;;
    --app-java-opts) [ $# -ge 2 ] || die "$1 needs a value"; APP_JAVA_OPTS=$2; shift 2; continue ;;
    --app-java-opts=*) APP_JAVA_OPTS=${1#*=}; shift; continue ;;
    --pg-settings) [ $# -ge 2 ] || die "$1 needs a value"; PG_SETTINGS=$2; shift 2; continue ;;
    --pg-settings=*) PG_SETTINGS=${1#*=}; shift; continue ;;
    --build) BUILD=1; shift; continue ;;
    --profile) PROFILE=1; shift; continue ;;
    --hold) HOLD=1; shift; continue ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument $1" ;;
  esac
  case "$opt" in
    --duration) number "$opt" "$val" 1 240; DURATION=$val ;;
    --connections) number "$opt" "$val" 1 512; CONNECTIONS=$val ;;
    --rate) number "$opt" "$val" 1 20000; RATE=$val ;;
    --warmup) number "$opt" "$val" 0 240; WARMUP=$val ;;
    --members) number "$opt" "$val" 1 100000; MEMBERS=$val ;;
    --history) number "$opt" "$val" 0 5000000; HISTORY=$val ;;
    --expiry) number "$opt" "$val" 0 5000000; EXPIRY=$val ;;
    --expiry-members) number "$opt" "$val" 1 900000; EXPIRY_MEMBERS=$val ;;
    --expiry-rate) number "$opt" "$val" 1 20000; EXPIRY_RATE=$val ;;
    --redeem-rate) number "$opt" "$val" 1 20000; REDEEM_RATE=$val ;;
  esac
done
# Each (d) member has a card of its own after the enrolled ones; the load generator picks cards up to 1,000,000.
EXPIRY_MEMBERS=${EXPIRY_MEMBERS:-$(( EXPIRY / 10 > 0 ? EXPIRY / 10 : 1 ))}
# 100/s rather than (c)'s 300/s: at 300/s purchases alone take most of the two cores, and with a job beside them
# (d) would measure saturation rather than what the job costs them.
EXPIRY_RATE=${EXPIRY_RATE:-100}
REDEEM_RATE=${REDEEM_RATE:-100}
[ $((MEMBERS + EXPIRY_MEMBERS)) -le 1000000 ] || die "--members and --expiry-members add up to more than 1,000,000"

# ---------------------------------------------------------------------------------------------- prerequisites
command -v java >/dev/null || die "no java on PATH; run it as ./vafa bench"
JAVA_MAJOR=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${JAVA_MAJOR:-0}" -ge 21 ] 2>/dev/null || die "java on PATH is $JAVA_MAJOR, needs 21+; run it as ./vafa bench"
for tool in curl python3 pgbench psql pg_ctlcluster pg_lsclusters; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: postgresql-15, postgresql-client-15, curl, python3)"
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }

if ! command -v wrk >/dev/null; then
  say "installing wrk from Debian's packages"
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  command -v wrk >/dev/null || die "could not install wrk"
fi

if [ "$BUILD" = 1 ] || [ ! -f admin-ui/target/vafa.jar ] || [ ! -d deploy/devstack/target/lib ]; then
  say "building (./mvnw -B -ntp -q -DskipTests install) …"
  ./mvnw -B -ntp -q -DskipTests install
fi

# ---------------------------------------------------------------------------------------------- clean-up
WORK=$(mktemp -d /tmp/vafa-bench.XXXXXX)
PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
PG_ROLE=vafa_bench
PG_STARTED=0
STACK_PID=""
LOAD_PID=""
ROLE_SET=0
VAFA_DB_CREATED=0

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@"; }
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_bench "$@"; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$LOAD_PID" ] && kill -0 "$LOAD_PID" 2>/dev/null; then kill -TERM "$LOAD_PID" 2>/dev/null; wait "$LOAD_PID"; fi
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    say "stopping the application and Keycloak (pid $STACK_PID) …"
    kill -TERM "$STACK_PID" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$STACK_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$STACK_PID" 2>/dev/null && kill -KILL "$STACK_PID" 2>/dev/null
  fi
  if [ "$VAFA_DB_CREATED" = 1 ]; then
    # VafaRun always makes the database "vafa"; the bench used vafa_bench, so drop the empty one it made.
    psql_admin -c 'DROP DATABASE IF EXISTS vafa WITH (FORCE)' 2>/dev/null
  fi
  if [ "$ROLE_SET" = 1 ]; then
    # The bench role keeps its databases for inspection but can no longer log in.
    psql_admin -c "ALTER ROLE $PG_ROLE NOLOGIN PASSWORD NULL" 2>/dev/null
  fi
  if [ "$PG_STARTED" = 1 ]; then
    say "stopping PostgreSQL $PG_VERSION/$PG_CLUSTER (this run started it)"
    as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop
  fi
  if [ "$rc" = 0 ]; then rm -rf "$WORK"; else echo "vafa bench: logs kept in $WORK" >&2; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# ---------------------------------------------------------------------------------------------- PostgreSQL
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c && $4=="online" {found=1} END {exit !found}'; then
  say "starting PostgreSQL $PG_VERSION/$PG_CLUSTER${PG_SETTINGS:+ with $PG_SETTINGS}"
  pg_options=""
  for setting in $PG_SETTINGS; do
    [[ $setting =~ ^[a-z_]+=[A-Za-z0-9._]+$ ]] || die "--pg-settings: '$setting' is not NAME=VALUE"
    pg_options+=" -c $setting"
  done
  # Settings given on the command line last only until the server stops: the cluster's files are left alone.
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start ${pg_options:+-- -o "$pg_options"}
  PG_STARTED=1
elif [ -n "$PG_SETTINGS" ]; then
  say "PostgreSQL $PG_VERSION/$PG_CLUSTER is already running: measuring with its own settings, not --pg-settings"
fi
PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT"

# A role of our own with a fresh password for this run (the cluster's pg_hba.conf already asks for scram
# passwords on 127.0.0.1; the postgres role and the configuration are left as they are).
PG_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
psql_admin -v role="$PG_ROLE" -v pw="$PG_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" LOGIN SUPERUSER PASSWORD :'pw';
SQL
ROLE_SET=1
if [ -z "$(psql_admin -At -c "SELECT 1 FROM pg_database WHERE datname = 'vafa'")" ]; then VAFA_DB_CREATED=1; fi
for db in vafa_bench vafa_pgbench; do
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER $PG_ROLE"
done
export PGPASSWORD=$PG_PASSWORD
PG_VERSION_FULL=$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench -c 'SHOW server_version')
PG_SHOWN=$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench -c "SELECT string_agg(name || '=' ||
  current_setting(name), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'max_wal_size',
  'wal_compression', 'wal_buffers', 'synchronous_commit', 'checkpoint_timeout')")

# ---------------------------------------------------------------------------------------------- Keycloak + app
# Run a private copy of the jar and the devstack's class path: other builds in this working tree rewrite them.
valid_jar() { python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).namelist()' "$1" 2>/dev/null; }
for attempt in 1 2 3 4 5 6; do
  cp admin-ui/target/vafa.jar "$WORK/vafa.jar" 2>/dev/null && valid_jar "$WORK/vafa.jar" && break
  [ "$attempt" -lt 6 ] || die "admin-ui/target/vafa.jar is not a complete jar (is a build writing it?)"
  say "admin-ui/target/vafa.jar is being written; waiting …"; sleep 10
done
mkdir -p "$WORK/devstack"
cp -r deploy/devstack/target/classes deploy/devstack/target/lib "$WORK/devstack/"

APP_PORT=$(free_port)
KC_PORT=$(free_port)
while [ "$KC_PORT" = "$APP_PORT" ]; do KC_PORT=$(free_port); done
STACK_LOG=$WORK/stack.log
say "starting Keycloak and the application (app :$APP_PORT, Keycloak :$KC_PORT; log $STACK_LOG) …"
(
  unset VAFA_ISSUER_URI VAFA_KEYCLOAK_ADMIN_USER VAFA_KEYCLOAK_ADMIN_PASSWORD
  export VAFA_DEVSTACK=embedded
  export VAFA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" VAFA_DB_USER=$PG_ROLE VAFA_DB_PASSWORD=$PG_PASSWORD
  export VAFA_DEVSTACK_LOGS=$WORK/devstack-logs
  # Keycloak's data of this run only: ./vafa run keeps its own in ~/.local/share/vafa, and locks it while it runs
  export VAFA_DATA_DIR=$WORK/data
  export VAFA_APP_JAVA_OPTS=$APP_JAVA_OPTS
  exec java -cp "$WORK/devstack/classes:$WORK/devstack/lib/*" ir.vafa.devstack.VafaRun \
    --app "$WORK/vafa.jar" --port "$APP_PORT" --keycloak-port "$KC_PORT" \
    -- "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/vafa_bench"
) >"$STACK_LOG" 2>&1 &
STACK_PID=$!

BASE="http://127.0.0.1:$APP_PORT"
ISSUER="http://127.0.0.1:$KC_PORT/realms/vafa"
started=$SECONDS
until curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null; do
  kill -0 "$STACK_PID" 2>/dev/null || { tail -40 "$STACK_LOG" >&2; die "the stack stopped before it was healthy"; }
  [ $((SECONDS - started)) -lt 420 ] || { tail -40 "$STACK_LOG" >&2; die "no healthy application after 420 s"; }
  sleep 2
done
say "application healthy after $((SECONDS - started)) s"
APP_PID=$(pgrep -f -- "-jar $WORK/vafa.jar" | head -1)
[ -n "$APP_PID" ] || die "cannot find the application's process"
if grep -q '^ *issuer ' "$STACK_LOG"; then ISSUER=$(sed -n 's/^ *issuer  *//p' "$STACK_LOG" | head -1); fi
TOKEN_URL="$ISSUER/protocol/openid-connect/token"

password_token() {
  curl -fsS "$TOKEN_URL" -d grant_type=password -d client_id=vafa-cli \
    --data-urlencode "username=$1" --data-urlencode "password=$2" | json_field access_token
}
pos_token() {
  curl -fsS "$TOKEN_URL" -d grant_type=client_credentials \
    --data-urlencode "client_id=$POS_ID" --data-urlencode "client_secret=$POS_SECRET" | json_field access_token
}
# api METHOD PATH TOKEN [BODY]: prints the body, fails on a non-2xx answer
api() {
  local out status
  out=$(curl -sS -o "$WORK/api-body" -w '%{http_code}' -X "$1" "$BASE$2" -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' ${4:+--data-binary "$4"}) || die "$1 $2: curl failed"
  status=$out
  [[ $status == 2* ]] || { cat "$WORK/api-body" >&2; echo >&2; die "$1 $2 answered $status"; }
  cat "$WORK/api-body"
}

# ---------------------------------------------------------------------------------------------- bench tenant
say "creating the bench tenant, its program and $MEMBERS members …"
SUPPORT_TOKEN=$(password_token support support) || die "no token for support/support from $TOKEN_URL"
ADMIN_EMAIL=admin@bench.vafa.example
ADMIN_PASSWORD=$(python3 -c 'import secrets; print("Bench-" + secrets.token_hex(8))')
api POST /api/support/tenants "$SUPPORT_TOKEN" \
  "{\"slug\":\"bench\",\"name\":\"Benchmark retail\",\"adminEmail\":\"$ADMIN_EMAIL\",\"adminPassword\":\"$ADMIN_PASSWORD\"}" \
  >"$WORK/tenant.json"
POS_ID=$(json_field posClientId <"$WORK/tenant.json")
POS_SECRET=$(json_field posClientSecret <"$WORK/tenant.json")
ADMIN_USER=$(json_field adminUsername <"$WORK/tenant.json")
ADMIN_TOKEN=$(password_token "$ADMIN_USER" "$ADMIN_PASSWORD") || die "no token for the bench tenant's admin"
api PUT /api/program "$ADMIN_TOKEN" "$(cat "$BENCH_DIR/retail-program.json")" >/dev/null
for i in $(seq 1 "$MEMBERS"); do
  api POST /api/members "$ADMIN_TOKEN" "$(printf '{"cardNumber":"BENCH-%05d"}' "$i")" | json_field id >>"$WORK/member-ids"
done
TENANT_ID=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["tenant"]["id"])' <"$WORK/tenant.json")

# The history goes in before any purchase, as the past of the members' first ones.
if [ "$HISTORY" -gt 0 ]; then
  say "writing a history of $HISTORY purchases into the bench tenant's tables …"
  started=$SECONDS
  psql_bench -v tenant="$TENANT_ID" -v purchases="$HISTORY" -f "$BENCH_DIR/history.sql" >"$WORK/history.txt" 2>&1 \
    || { cat "$WORK/history.txt" >&2; die "writing the history failed"; }
  say "history written in $((SECONDS - started)) s"
fi

# one purchase through the API before measuring, so a broken request fails here with its message
BENCH_TOKEN=$(pos_token) || die "no client-credentials token for $POS_ID"
NOW=$(date -u -d '-2 seconds' +%Y-%m-%dT%H:%M:%SZ)
api POST /api/purchases "$BENCH_TOKEN" "{\"externalId\":\"smoke-1\",\"member\":{\"cardNumber\":\"BENCH-00001\"},\
\"store\":\"bench-store\",\"channel\":\"pos\",\"occurredAt\":\"$NOW\",\"currency\":\"IRR\",\"total\":250000,\
\"lines\":[{\"sku\":\"A\",\"category\":\"grocery\",\"quantity\":2,\"unitPrice\":100000},\
{\"sku\":\"B\",\"category\":\"electronics\",\"quantity\":1,\"unitPrice\":50000}]}" >"$WORK/smoke.json"
# Its receipt shows the program as published: points pending for the return window, a tier, and the end of the
# Jalali year as their expiry, which the lots that history.sql and expiry.sql write take from jalali.sql.
SQL_EXPIRES=$(psql_bench -At -f "$BENCH_DIR/jalali.sql" \
  -c "SELECT extract(epoch FROM pg_temp.jalali_year_end('$NOW', 'Asia/Tehran'))::bigint")
python3 - "$WORK/smoke.json" "$SQL_EXPIRES" <<'PY' || die "the smoke purchase's receipt is not what deploy/bench expects"
import datetime, json, sys
r = json.load(open(sys.argv[1]))
at = lambda s: int(datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()) if s else None
problems = []
if not (r["pointsEarned"] > 0 and r["pointsPending"] == r["pointsEarned"] and r["availableAt"]):
    problems.append("its points are not pending: %s earned, %s pending" % (r["pointsEarned"], r["pointsPending"]))
if at(r["expiresAt"]) != int(sys.argv[2]):
    problems.append("they expire at %s, jalali.sql says %s" % (r["expiresAt"],
        datetime.datetime.fromtimestamp(int(sys.argv[2]), datetime.timezone.utc).isoformat()))
if not r.get("tier"):
    problems.append("it names no tier")
for p in problems:
    print("vafa bench: smoke purchase: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# (d)'s lots, written right before (d), or before holding
write_expiry_lots() {
  say "writing $EXPIRY lots due for expiry, of $EXPIRY_MEMBERS more members (BENCH-$(printf %05d $((MEMBERS + 1))) on) …"
  local started=$SECONDS
  psql_bench -v tenant="$TENANT_ID" -v lots="$EXPIRY" -v members="$EXPIRY_MEMBERS" -v first="$MEMBERS" \
    -f "$BENCH_DIR/expiry.sql" >"$WORK/expiry-lots.txt" 2>&1 \
    || { cat "$WORK/expiry-lots.txt" >&2; die "writing the lots failed"; }
  EXPIRY_WRITE_S=$((SECONDS - started))
  say "lots written in $EXPIRY_WRITE_S s (with VACUUM ANALYZE)"
}

if [ "$HOLD" = 1 ]; then
  if [ "$EXPIRY" -gt 0 ]; then write_expiry_lots; fi
  cat <<HOLD
[bench] holding; Ctrl-C stops everything
  application   $BASE (pid $APP_PID)
  token         curl -s $TOKEN_URL -d grant_type=client_credentials -d client_id=$POS_ID -d client_secret=$POS_SECRET
  wrk           BENCH_TOKEN=<token> BENCH_MEMBERS=$((MEMBERS + (EXPIRY > 0 ? EXPIRY_MEMBERS : 0))) BENCH_TAG=\$RANDOM wrk -t 2 -c 16 -d 20s -s $BENCH_DIR/purchases.lua $BASE
  support token curl -s $TOKEN_URL -d grant_type=password -d client_id=vafa-cli -d username=support -d password=support
  expiry job    curl -s -X POST -H "Authorization: Bearer <support token>" $BASE/api/support/jobs/points-expiry/runs
  database      PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -p $PG_PORT -U $PG_ROLE vafa_bench
HOLD
  while kill -0 "$STACK_PID" 2>/dev/null; do sleep 5; done
  die "the stack stopped"
fi

# the fixed-rate generator, compiled now rather than by the source launcher while measuring
"$(dirname "$(readlink -f "$(command -v java)")")/javac" -d "$WORK/load" "$BENCH_DIR/LoadAtRate.java" \
  || die "could not compile $BENCH_DIR/LoadAtRate.java"
# load_at RATE MEMBERS TAG [LoadAtRate options]: in a lean client JVM (C1 only, serial GC), as it shares the cores
# with the server it measures
load_at() {
  BENCH_TOKEN=$BENCH_TOKEN java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$WORK/load" LoadAtRate \
    --url "$BASE/api/purchases" --rate "$1" --members "$2" --tag "$3" "${@:4}"
}
# load_value FILE KEY: one of LoadAtRate's LOAD_<KEY> results
load_value() { sed -n "s/^LOAD_$2 //p" "$1"; }

# The CPU split of a measured run: cpu_from just before it, cpu_to CLIENT VARIABLE just after. The client runs and
# ends between the snapshots, so its CPU comes from the shell's accounting of its children, with `times` in this
# shell itself (inside $(…) it would report a subshell's children: none).
# Each also takes the server's WAL counters (pg_stat_wal): cpu_to leaves "records full-page-images bytes" written
# during the run in WAL_<VARIABLE>.
wal_now() {
  psql -X -At -F ' ' -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench \
    -c 'SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal'
}
cpu_from() {
  # Every measured run starts right after a checkpoint. The server's timed checkpoint (checkpoint_timeout, 5 min by
  # default) otherwise fell about five minutes after the databases were made, inside (b), (a) or (c) by turns; it
  # spent 46 s writing 12,000 buffers in the 08:40 run, and the run it landed in lost the most.
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench -c CHECKPOINT
  WAL_BEFORE=$(wal_now)
  times >"$WORK/times"; CHILDREN_BEFORE=$(sed -n 2p "$WORK/times")
  python3 "$BENCH_DIR/cpu-split.py" snapshot "$WORK/cpu-before.json" "$APP_PID"
}
cpu_to() {
  local children_after split
  python3 "$BENCH_DIR/cpu-split.py" snapshot "$WORK/cpu-after.json" "$APP_PID"
  times >"$WORK/times"; children_after=$(sed -n 2p "$WORK/times")
  split=$(python3 "$BENCH_DIR/cpu-split.py" report "$WORK/cpu-before.json" "$WORK/cpu-after.json" \
    "$CHILDREN_BEFORE" "$children_after" | sed "s/wrk/$1/")
  printf -v "$2" '%s' "$split"
  local before=($WAL_BEFORE) after=($(wal_now))
  printf -v "WAL_$2" '%s %s %s' $((after[0] - before[0])) $((after[1] - before[1])) $((after[2] - before[2]))
}
# WAL per unit of work: wal_per "records fpi bytes" UNITS
wal_per() {
  python3 -c 'import sys; r, f, b = map(int, sys.argv[1].split()); n = max(int(sys.argv[2]), 1)
print("%.1f records, %.2f full-page images, %.0f bytes" % (r / n, f / n, b / n))' "$1" "$2"
}

# ---------------------------------------------------------------------------------------------- (a) pgbench
# Run twice, right before and right after (b), on fresh tables each time, and the ratio uses the mean of the two.
# On this kind of machine the speed drifts under sustained load (pgbench alone fell from 2803 to 1506 tps between
# the start and the end of one run of this command), so (a) is measured next to (b) in time.
THREADS=$(( $(nproc) < CONNECTIONS ? $(nproc) : CONNECTIONS ))
# pgbench_run N: sets PG_TPS_N, PG_LAT_N, PG_TXNS_N, CPU_SPLIT_AN and WAL_CPU_SPLIT_AN
pgbench_run() {
  say "(a) pgbench, run $1 of 2: ledger transaction, $CONNECTIONS clients, $THREADS threads, ${DURATION} s …"
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench -v members="$MEMBERS" \
    -f "$BENCH_DIR/ledger-schema.sql" >/dev/null
  cpu_from
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
    -D members="$MEMBERS" -f "$BENCH_DIR/ledger-txn.sql" vafa_pgbench >"$WORK/pgbench.txt" 2>&1 \
    || { cat "$WORK/pgbench.txt" >&2; die "pgbench failed"; }
  cpu_to pgbench "CPU_SPLIT_A$1"
  local tps lat txns
  tps=$(sed -n 's/^tps = \([0-9]*\.\{0,1\}[0-9]\{0,1\}\)[0-9]* (without initial connection time)$/\1/p' "$WORK/pgbench.txt")
  lat=$(sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p' "$WORK/pgbench.txt")
  txns=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*$/\1/p' "$WORK/pgbench.txt")
  [ -n "$tps" ] || { cat "$WORK/pgbench.txt" >&2; die "could not read tps from pgbench"; }
  printf -v "PG_TPS_$1" '%s' "$tps"; printf -v "PG_LAT_$1" '%s' "$lat"; printf -v "PG_TXNS_$1" '%s' "${txns:-0}"
}

# ---------------------------------------------------------------------------------------------- (b) wrk
TAG=$(date +%s)
if [ "$WARMUP" -gt 0 ]; then
  say "(b) wrk warm-up, ${WARMUP} s …"
  BENCH_TOKEN=$(pos_token)
  BENCH_TOKEN=$BENCH_TOKEN BENCH_MEMBERS=$MEMBERS BENCH_TAG="w$TAG" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" --timeout 10s -s "$BENCH_DIR/purchases.lua" "$BASE" \
    >"$WORK/wrk-warmup.txt" 2>&1 || { cat "$WORK/wrk-warmup.txt" >&2; die "wrk warm-up failed"; }
fi
pgbench_run 1
say "(b) wrk: $CONNECTIONS connections, $THREADS threads, ${DURATION} s …"
BENCH_TOKEN=$(pos_token)
if [ "$PROFILE" = 1 ]; then
  mkdir -p target
  "$(dirname "$(readlink -f "$(command -v java)")")/jcmd" "$APP_PID" JFR.start name=bench settings=profile \
    duration="${DURATION}s" filename="$ROOT/target/bench-app.jfr" >/dev/null || die "could not start the recording"
fi
cpu_from
BENCH_TOKEN=$BENCH_TOKEN BENCH_MEMBERS=$MEMBERS BENCH_TAG="m$TAG" \
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency -s "$BENCH_DIR/purchases.lua" "$BASE" \
  >"$WORK/wrk.txt" 2>&1 || { cat "$WORK/wrk.txt" >&2; die "wrk failed"; }
cpu_to wrk CPU_SPLIT
wrk_value() { sed -n "s/^BENCH_$1 //p" "$WORK/wrk.txt"; }
WRK_REQUESTS=$(wrk_value REQUESTS)
WRK_OK=$(wrk_value OK)
WRK_NON2XX=$(wrk_value NON2XX)
WRK_SOCKET=$(wrk_value SOCKET_ERRORS)
API_PS=$(wrk_value OK_PER_SEC)
WRK_P50=$(wrk_value P50_MS)
WRK_P99=$(wrk_value P99_MS)
[ -n "$API_PS" ] || { cat "$WORK/wrk.txt" >&2; die "could not read the wrk results"; }
WRK_ERRORS=$((WRK_NON2XX + WRK_SOCKET))
pgbench_run 2

# ---------------------------------------------------------------------------------------------- the disk, then (c)
# Every commit waits for a flush of the WAL, so the disk's own flush latency, with nothing else running, is the floor
# under (c)'s tail: measured on the WAL's file system right before (c), after a checkpoint as (c) itself.
psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench -c CHECKPOINT
WAL_DIR=$(readlink -f "$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d vafa_pgbench -c 'SHOW data_directory')/pg_wal")
say "the disk: 8 kB writes and fdatasync at 300/s for 15 s in $(dirname "$WAL_DIR") …"
DISK_PROBE=$(python3 "$BENCH_DIR/fsync-probe.py" "$(dirname "$WAL_DIR")" 15) || die "the disk probe failed"

say "(c) fixed rate: $RATE purchases/s for ${DURATION} s (after 3 s at the same rate) …"
BENCH_TOKEN=$(pos_token)
cpu_from
load_at "$RATE" "$MEMBERS" "r$TAG" --duration "$DURATION" --warmup 3 >"$WORK/rate.txt" 2>&1 \
  || { cat "$WORK/rate.txt" >&2; die "the fixed-rate run failed"; }
cpu_to 'load generator' CPU_SPLIT_C
rate_value() { load_value "$WORK/rate.txt" "$1"; }
RATE_SENT=$(rate_value SENT)
RATE_ERRORS=$(rate_value ERRORS)
RATE_HTTP_ERRORS=$(rate_value HTTP_ERRORS)
RATE_ACHIEVED=$(rate_value ACHIEVED_PER_SEC)
RATE_P50=$(rate_value P50_MS)
RATE_P90=$(rate_value P90_MS)
RATE_P99=$(rate_value P99_MS)
RATE_MAX=$(rate_value MAX_MS)
[ -n "$RATE_P99" ] || { cat "$WORK/rate.txt" >&2; die "could not read the fixed-rate results"; }

# ---------------------------------------------------------------------------------------------- (e) redemptions
# A reward reserved at the till and confirmed, two requests timed as one, for members picked at random: at
# saturation (a closed loop of $CONNECTIONS connections) and at $REDEEM_RATE/s. Every member is first given points
# enough for every redemption of the run, so none is refused for its balance.
say "(e) redemptions: a catalog reward, and 1,000,000 points for each member …"
ADMIN_TOKEN=$(password_token "$ADMIN_USER" "$ADMIN_PASSWORD") || die "no token for the bench tenant's admin"
api POST /api/catalog/rewards "$ADMIN_TOKEN" '{"code":"bench-coffee","kind":"FREE_PRODUCT","name":{"en":"A coffee",
"fa":"یک قهوه"},"costPoints":10,"sku":"COFFEE"}' >/dev/null
while read -r member; do
  api POST "/api/members/$member/adjustments" "$ADMIN_TOKEN" '{"points":1000000,"reason":"bench redemptions"}' >/dev/null
done <"$WORK/member-ids"
say "(e) redemptions at saturation: $CONNECTIONS connections, ${DURATION} s (after 5 s the same) …"
BENCH_TOKEN=$(pos_token)
cpu_from
load_at 1 "$MEMBERS" "es$TAG" --url "$BASE/api" --member-ids "$WORK/member-ids" --reward bench-coffee \
  --closed "$CONNECTIONS" --duration "$DURATION" --warmup 5 >"$WORK/redeem-saturation.txt" 2>&1 \
  || { cat "$WORK/redeem-saturation.txt" >&2; die "the redemptions at saturation failed"; }
cpu_to 'load generator' CPU_SPLIT_E
say "(e) redemptions at $REDEEM_RATE/s for ${DURATION} s (after 3 s the same) …"
BENCH_TOKEN=$(pos_token)
load_at "$REDEEM_RATE" "$MEMBERS" "er$TAG" --url "$BASE/api" --member-ids "$WORK/member-ids" --reward bench-coffee \
  --duration "$DURATION" --warmup 3 >"$WORK/redeem-rate.txt" 2>&1 \
  || { cat "$WORK/redeem-rate.txt" >&2; die "the redemptions at a fixed rate failed"; }
for v in OK ERRORS HTTP_ERRORS ACHIEVED_PER_SEC P50_MS P99_MS MAX_MS; do
  printf -v "REDEEM_SAT_$v" '%s' "$(load_value "$WORK/redeem-saturation.txt" "$v")"
  printf -v "REDEEM_RATE_$v" '%s' "$(load_value "$WORK/redeem-rate.txt" "$v")"
done
REDEEM_RATE_SENT=$(load_value "$WORK/redeem-rate.txt" SENT)
REDEEM_SAT_SENT=$(load_value "$WORK/redeem-saturation.txt" SENT)
[ -n "$REDEEM_SAT_P99_MS" ] && [ -n "$REDEEM_RATE_P99_MS" ] \
  || { cat "$WORK/redeem-saturation.txt" "$WORK/redeem-rate.txt" >&2; die "could not read (e)'s results"; }
say "(e) checking the redemptions …"
REDEEM_CHECK=$(psql_bench -At -F ' ' -v tenant="$TENANT_ID" -f "$BENCH_DIR/redemptions-check.sql") \
  || die "the checks after the redemptions failed"
read -r CHECK_CONFIRMED CHECK_REDEEM_LINES CHECK_HELD CHECK_VOUCHERS <<<"$REDEEM_CHECK"

# ---------------------------------------------------------------------------------------------- (d) expiry
# The expiry job over the --expiry lots, run by hand while purchases go on at a fixed rate, after a baseline of the
# same load. The purchases rotate over every enrolled member, the (d) ones too: one whose member a batch of the job
# holds waits for that batch's commit, as on a platform in use.
if [ "$EXPIRY" -gt 0 ]; then
  write_expiry_lots
  LOAD_MEMBERS=$((MEMBERS + EXPIRY_MEMBERS))
  say "(d) baseline: $EXPIRY_RATE purchases/s over $LOAD_MEMBERS members for ${DURATION} s (after 3 s at the same rate) …"
  psql_bench -c CHECKPOINT # the lots' pages go to disk now, not during the job
  BENCH_TOKEN=$(pos_token)
  load_at "$EXPIRY_RATE" "$LOAD_MEMBERS" "eb$TAG" --duration "$DURATION" --warmup 3 >"$WORK/expiry-base.txt" 2>&1 \
    || { cat "$WORK/expiry-base.txt" >&2; die "(d)'s baseline run failed"; }

  say "(d) the points-expiry job, purchases going on at $EXPIRY_RATE/s …"
  BENCH_TOKEN=$(pos_token)
  SUPPORT_TOKEN=$(password_token support support) || die "no token for support/support"
  cpu_from
  # The load runs until the job has answered; 280 s at most, as its token lives 5 minutes.
  load_at "$EXPIRY_RATE" "$LOAD_MEMBERS" "ej$TAG" --duration 280 --warmup 2 --until "$WORK/expiry-done" \
    >"$WORK/expiry-load.txt" 2>&1 &
  LOAD_PID=$!
  until grep -q '^LOAD_STARTED' "$WORK/expiry-load.txt"; do
    kill -0 "$LOAD_PID" 2>/dev/null || { cat "$WORK/expiry-load.txt" >&2; die "the load generator stopped"; }
    sleep 0.1
  done
  job_started=$(date +%s%N)
  api POST /api/support/jobs/points-expiry/runs "$SUPPORT_TOKEN" >"$WORK/expiry-job.json"
  EXPIRY_WALL_MS=$(( ($(date +%s%N) - job_started) / 1000000 ))
  touch "$WORK/expiry-done"
  wait "$LOAD_PID" || { LOAD_PID=""; cat "$WORK/expiry-load.txt" >&2; die "the load during the job failed"; }
  LOAD_PID=""
  cpu_to 'load generator' CPU_SPLIT_D
  read -r EXPIRY_JOB_MS EXPIRY_JOB_AT EXPIRED_MEMBERS EXPIRED_LOTS EXPIRED_POINTS < <(python3 -c '
import json, sys; r = json.load(sys.stdin); c = r["counts"]
print(r["millis"], r["startedAt"], c.get("members", 0), c.get("lotsExpired", 0), c.get("pointsExpired", 0))' \
    <"$WORK/expiry-job.json")
  [ -n "${EXPIRED_POINTS:-}" ] || { cat "$WORK/expiry-job.json" >&2; die "could not read the job's answer"; }

  say "(d) checking the ledger after the job …"
  checks=$(psql_bench -At -F ' ' -v tenant="$TENANT_ID" -v at="$EXPIRY_JOB_AT" -f "$BENCH_DIR/expiry-check.sql") \
    || die "the checks after the job failed"
  read -r CHECK_LIVE CHECK_BALANCE CHECK_ONE CHECK_SUM <<<"$checks"
  [ -n "${CHECK_SUM:-}" ] || die "could not read the checks after the job: $checks"
  for v in P50 P99; do printf -v "EXPIRY_BASE_$v" '%s' "$(load_value "$WORK/expiry-base.txt" "${v}_MS")"; done
  for v in SENT ERRORS HTTP_ERRORS ACHIEVED_PER_SEC SECONDS P50_MS P90_MS P99_MS MAX_MS; do
    printf -v "EXPIRY_LOAD_$v" '%s' "$(load_value "$WORK/expiry-load.txt" "$v")"
  done
  [ -n "$EXPIRY_LOAD_P99_MS" ] && [ -n "$EXPIRY_BASE_P99" ] \
    || { cat "$WORK/expiry-base.txt" "$WORK/expiry-load.txt" >&2; die "could not read (d)'s load results"; }
fi

# ---------------------------------------------------------------------------------------------- summary
calc() { python3 -c "import sys; print(eval(sys.argv[1]))" "$1"; }
PG_TPS=$(calc "'%.1f' % (($PG_TPS_1 + $PG_TPS_2) / 2)")
RATIO=$(calc "'%.2f' % ($API_PS / $PG_TPS)")
WRK_ERR_PCT=$(calc "'%.2f' % (100.0 * $WRK_ERRORS / max($WRK_REQUESTS, 1))")
RATE_ERR_PCT=$(calc "'%.2f' % (100.0 * $RATE_ERRORS / max($RATE_SENT, 1))")
RATIO_OK=$(calc "'yes' if $API_PS / $PG_TPS >= 0.40 else 'NO'")
P99_OK=$(calc "'yes' if $RATE_P99 < 20 else 'NO'")

mkdir -p target
RESULTS=target/bench-results.txt
{
  echo "Vafa benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (uncommitted changes)')"
  echo "  machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; PostgreSQL $PG_VERSION_FULL; java $JAVA_MAJOR"
  echo "  PostgreSQL settings: $PG_SHOWN"
  echo "  each measured run starts right after a CHECKPOINT"
  echo "  settings: --duration $DURATION --connections $CONNECTIONS --rate $RATE --warmup $WARMUP --members $MEMBERS --history $HISTORY$([ "$EXPIRY" -gt 0 ] && echo " --expiry $EXPIRY --expiry-members $EXPIRY_MEMBERS --expiry-rate $EXPIRY_RATE") --app-java-opts \"$APP_JAVA_OPTS\""
  echo "  (a) pgbench ledger transaction:  $PG_TPS tps, the mean of $PG_TPS_1 (just before (b)) and $PG_TPS_2 (just after)  ($CONNECTIONS clients, latency average ${PG_LAT_1:-?} and ${PG_LAT_2:-?} ms)"
  echo "      CPU during (a) before (b), % of one core: $CPU_SPLIT_A1"
  echo "      CPU during (a) after (b),  % of one core: $CPU_SPLIT_A2"
  echo "      WAL per transaction: $(wal_per "$WAL_CPU_SPLIT_A1" "$PG_TXNS_1")"
  echo "  (b) API purchases at saturation: $API_PS purchases/s  (p50 $WRK_P50 ms, p99 $WRK_P99 ms; $WRK_OK ok, $WRK_NON2XX non-2xx, $WRK_SOCKET socket errors = $WRK_ERR_PCT %)"
  echo "      CPU during (b), % of one core: $CPU_SPLIT"
  echo "      WAL per purchase: $(wal_per "$WAL_CPU_SPLIT" "$WRK_REQUESTS")"
  echo "      ratio (b)/(a):               $RATIO  (target >= 0.40: $RATIO_OK)"
  echo "  (c) API at $RATE purchases/s:     p50 $RATE_P50 ms, p90 $RATE_P90 ms, p99 $RATE_P99 ms, max $RATE_MAX ms  (target p99 < 20 ms: $P99_OK)"
  echo "      sent $RATE_SENT at $RATE_ACHIEVED/s, errors $RATE_ERRORS ($RATE_ERR_PCT %: $RATE_HTTP_ERRORS non-2xx, the rest timeouts/IO)"
  echo "      CPU during (c), % of one core: $CPU_SPLIT_C"
  echo "      the WAL's disk alone, right before (c): $DISK_PROBE"
  if [ "$(calc "1 if $RATE > $API_PS else 0")" = 1 ]; then
    echo "      note: $RATE/s is above the saturation throughput (b), so (c) measures queueing, not service time"
  fi
  echo "  (e) redemptions (reserve + confirm) at saturation: $REDEEM_SAT_ACHIEVED_PER_SEC/s over $CONNECTIONS connections  (p50 $REDEEM_SAT_P50_MS ms, p99 $REDEEM_SAT_P99_MS ms; $REDEEM_SAT_OK ok of $REDEEM_SAT_SENT, $REDEEM_SAT_HTTP_ERRORS non-2xx)"
  echo "      CPU during it, % of one core: $CPU_SPLIT_E"
  echo "      at $REDEEM_RATE/s: p50 $REDEEM_RATE_P50_MS ms, p99 $REDEEM_RATE_P99_MS ms, max $REDEEM_RATE_MAX_MS ms  ($REDEEM_RATE_OK ok of $REDEEM_RATE_SENT at $REDEEM_RATE_ACHIEVED_PER_SEC/s, errors $REDEEM_RATE_ERRORS: $REDEEM_RATE_HTTP_ERRORS non-2xx, the rest timeouts/IO)"
  echo "      after: $CHECK_CONFIRMED confirmed reservations, $CHECK_REDEEM_LINES REDEEM lines of theirs, $CHECK_HELD still held, $CHECK_VOUCHERS vouchers issued for them  ($([ "$CHECK_CONFIRMED" = "$CHECK_REDEEM_LINES" ] && [ "$CHECK_CONFIRMED" = "$CHECK_VOUCHERS" ] && [ "$CHECK_CONFIRMED" -ge $((REDEEM_SAT_OK + REDEEM_RATE_OK)) ] && echo ok || echo FAILED))"
  if [ "$EXPIRY" -gt 0 ]; then
    echo "  (d) expiry job over $EXPIRY lots of $EXPIRY_MEMBERS members (written in $EXPIRY_WRITE_S s), purchases at $EXPIRY_RATE/s over $LOAD_MEMBERS members:"
    echo "      job: $EXPIRED_LOTS lots of $EXPIRED_MEMBERS members expired ($EXPIRED_POINTS points) in $(calc "'%.1f' % ($EXPIRY_JOB_MS / 1000.0)") s ($EXPIRY_WALL_MS ms at the client), $(calc "'%.0f' % ($EXPIRED_LOTS * 1000.0 / max($EXPIRY_JOB_MS, 1))") lots/s  (target 1,000,000 lots in < 60 s: $(calc "'yes' if $EXPIRED_LOTS * 60000 > 1000000 * $EXPIRY_JOB_MS else 'NO'"))"
    echo "      purchases during the job: p50 $EXPIRY_LOAD_P50_MS ms, p90 $EXPIRY_LOAD_P90_MS ms, p99 $EXPIRY_LOAD_P99_MS ms, max $EXPIRY_LOAD_MAX_MS ms  (target p99 < 50 ms: $(calc "'yes' if $EXPIRY_LOAD_P99_MS < 50 else 'NO'"))"
    echo "      sent $EXPIRY_LOAD_SENT in $EXPIRY_LOAD_SECONDS s at $EXPIRY_LOAD_ACHIEVED_PER_SEC/s, errors $EXPIRY_LOAD_ERRORS ($EXPIRY_LOAD_HTTP_ERRORS non-2xx, the rest timeouts/IO)"
    echo "      purchases just before ($DURATION s, same rate and members): p50 $EXPIRY_BASE_P50 ms, p99 $EXPIRY_BASE_P99 ms"
    echo "      CPU during the job, % of one core: $CPU_SPLIT_D"
    echo "      WAL per lot expired: $(wal_per "$WAL_CPU_SPLIT_D" "$EXPIRED_LOTS")"
    echo "      after: $CHECK_LIVE live lots past expiry, $CHECK_BALANCE balances not lots - debt, $CHECK_ONE due lots without exactly one EXPIRE allocation, $CHECK_SUM EXPIRE lines not their allocations' sum  ($([ "$CHECK_LIVE$CHECK_BALANCE$CHECK_ONE$CHECK_SUM" = 0000 ] && echo ok || echo FAILED))"
    if [ "$EXPIRED_LOTS" != "$EXPIRY" ]; then
      echo "      note: the job expired $EXPIRED_LOTS lots, not $EXPIRY (another run of it, e.g. the scheduler's, took some)"
    fi
    if [ "$(calc "1 if $EXPIRY_LOAD_SECONDS * 1000 + 1000 < $EXPIRY_WALL_MS else 0")" = 1 ]; then
      echo "      note: the load stopped after $EXPIRY_LOAD_SECONDS s, before the job ended: its figures cover only that part"
    fi
  fi
} >"$WORK/summary.txt"
cp "$WORK/summary.txt" "$RESULTS"
echo
echo "================================================================================================"
cat "$RESULTS"
echo "================================================================================================"
echo "written to $RESULTS"
for f in wrk rate redeem-saturation redeem-rate expiry-base expiry-load; do
  grep -h '_FIRST_ERROR' "$WORK/$f.txt" 2>/dev/null | sed "s/^/  first error ($f): /" || true
done

FAILED=0
if [ "$CHECK_CONFIRMED" != "$CHECK_REDEEM_LINES" ] || [ "$CHECK_CONFIRMED" != "$CHECK_VOUCHERS" ] \
    || [ "$CHECK_CONFIRMED" -lt $((REDEEM_SAT_OK + REDEEM_RATE_OK)) ]; then
  echo "vafa bench: the redemptions do not add up (see the (e) checks)" >&2; FAILED=1
fi
if [ "$(calc "1 if ($REDEEM_SAT_HTTP_ERRORS + $REDEEM_RATE_HTTP_ERRORS) * 100 > $REDEEM_SAT_SENT + $REDEEM_RATE_SENT else 0")" = 1 ]; then
  echo "vafa bench: more than 1 % of the redemptions were answered with an error status" >&2; FAILED=1
fi
if [ "$(calc "1 if $WRK_ERRORS * 100 > $WRK_REQUESTS else 0")" = 1 ]; then
  echo "vafa bench: more than 1 % of the saturation run's requests failed" >&2; FAILED=1
fi
# Timeouts in (c) mean the rate is above what the server sustains: that is a result (p99), not a broken run.
if [ "$(calc "1 if $RATE_HTTP_ERRORS * 100 > $RATE_SENT else 0")" = 1 ]; then
  echo "vafa bench: more than 1 % of the fixed-rate run's requests were answered with an error status" >&2; FAILED=1
fi
if [ "$EXPIRY" -gt 0 ]; then
  if [ "$CHECK_LIVE$CHECK_BALANCE$CHECK_ONE$CHECK_SUM" != 0000 ]; then
    echo "vafa bench: the ledger is not consistent after the expiry job (see the (d) checks)" >&2; FAILED=1
  fi
  if [ "$(calc "1 if $EXPIRY_LOAD_HTTP_ERRORS * 100 > $EXPIRY_LOAD_SENT else 0")" = 1 ]; then
    echo "vafa bench: more than 1 % of the purchases during the expiry job were answered with an error status" >&2; FAILED=1
  fi
fi
if [ "$FAILED" = 1 ]; then exit 1; fi
