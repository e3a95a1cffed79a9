#!/usr/bin/env bash
# the ladder requirements benchmark: the ladder reports on 100,000 klanten / 1,000,000 metingen. Not part of `mvnw
# verify`.
#
#   system-tests/ladder-benchmark/benchmark.sh [--klanten N] [--per-klant N] [--runs N] [--http] [--keep]
#
# 1. creates the schema ladder_bench in $LADDER_BENCH_DB (default trede_ladder_test) and applies the service's own
#    Flyway migrations to it with psql (platform V0_x, then ladder V1..Vn);
# 2. generates the data set (generate.sql) and the ladder_positie projection as the service keeps it;
# 3. times the exact report SQL the service runs (distribution, transition matrix, time per trede) (participation-ladder-service/src/main/resources/rapportage/*.sql)
#    with psql \timing, --runs times each (default 5), and prints one EXPLAIN ANALYZE per query;
# 4. with --http: starts the packaged service (participation-ladder-service/target/quarkus-app, build it first with
#    ./mvnw -pl participation-ladder-service -am package -DskipTests) on that schema without Flyway and times the
#    two report endpoints with curl and a beleidsmedewerker token from deploy/local/token.sh;
# 5. drops the schema again unless --keep.
#
# Needs: psql, the local PostgreSQL (deploy/local/postgres.sh ensure --with-test-dbs) and, for --http, the dev keys
# (deploy/local/keys.sh). Environment: LADDER_BENCH_DB, LADDER_BENCH_PORT (default 38084), TREDE_TEST_KAFKA.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../deploy/local/lib.sh"
require_cmd psql "Install the PostgreSQL client."

klanten=100000 per_klant=10 runs=5 http="" keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --klanten) klanten=$2; shift ;;
    --per-klant) per_klant=$2; shift ;;
    --runs) runs=$2; shift ;;
    --http) http=1 ;;
    --keep) keep=1 ;;
    *) die "unknown option: $1" ;;
  esac
  shift
done

DB=${LADDER_BENCH_DB:-trede_ladder_test}
SCHEMA=ladder_bench
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
SVC="$TREDE_ROOT/participation-ladder-service"
export PGPASSWORD
PGPASSWORD=$(read_db_password)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$TREDE_PG_HOST" -p "$TREDE_PG_PORT" -U trede -d "$DB")
export PGOPTIONS="-c search_path=$SCHEMA -c client_min_messages=warning"

cleanup() {
  if [[ -n "${svc_pid:-}" ]]; then kill "$svc_pid" 2>/dev/null || true; wait "$svc_pid" 2>/dev/null || true; fi
  if [[ -z "$keep" ]]; then PGOPTIONS="-c client_min_messages=warning" "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"; fi
}
trap cleanup EXIT

log "schema $SCHEMA in $DB: applying the migrations"
PGOPTIONS="-c client_min_messages=warning" "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
for f in "$TREDE_ROOT"/platform/src/main/resources/db/platform/V*.sql; do "${PSQL[@]}" -f "$f"; done
for f in $(ls "$SVC"/src/main/resources/db/migration/V*.sql | sort -V); do "${PSQL[@]}" -f "$f"; done

log "generating $klanten klanten x $per_klant metingen"
start=$SECONDS
"${PSQL[@]}" -v klanten="$klanten" -v per_klant="$per_klant" -f "$HERE/generate.sql"
log "generated in $((SECONDS - start)) s"

# The same dates as the README figures: a peildatum when every klant holds a position, and a year before it.
vars=(-v model="'heemskerk'" -v peildatum="'2022-01-01'" -v van="'2021-01-01'" -v tot="'2022-01-01'" -v niveau="'trede'" -v klantgroep="''")
for groep in "" matchen; do
for q in verdeling overgangen verblijfsduur; do
  vars[-1]="klantgroep='$groep'"
  sql="$SVC/src/main/resources/rapportage/$q.sql"
  q_name="$q${groep:+ klantgroep=$groep}"
  log "$q_name: EXPLAIN ANALYZE"
  { echo "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)"; cat "$sql"; } | "${PSQL[@]}" "${vars[@]}" -f - | grep -E "Execution Time|Scan|Join|Aggregate" | head -12 >&2
  log "$q_name: $runs runs"
  { echo '\timing on'; for ((i = 0; i < runs; i++)); do echo '\o /dev/null'; cat "$sql"; echo ';'; echo '\o'; done; } |
    "${PSQL[@]}" "${vars[@]}" -f - | grep -E '^Time' | sed "s/^/[trede] $q_name sql /" >&2
done
done

if [[ -n "$http" ]]; then
  jar="$SVC/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || die "build the service first: ./mvnw -pl participation-ladder-service -am package -DskipTests"
  port=${LADDER_BENCH_PORT:-38084}
  keys="$TREDE_WORK/keys"
  logfile="$TREDE_ROOT/system-tests/target/ladder-benchmark-service.log"
  mkdir -p "$(dirname "$logfile")"
  log "starting the service on :$port against $DB/$SCHEMA (no Flyway)"
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$TREDE_PG_HOST:$TREDE_PG_PORT/$DB?currentSchema=$SCHEMA" \
  QUARKUS_DATASOURCE_USERNAME=trede QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
  QUARKUS_FLYWAY_MIGRATE_AT_START=false KAFKA_BOOTSTRAP_SERVERS="${TREDE_TEST_KAFKA:-127.0.0.1:9092}" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$keys/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="$keys/private.pem" \
    java -jar "$jar" >"$logfile" 2>&1 &
  svc_pid=$!
  wait_for_http "http://127.0.0.1:$port/q/health/live" 60 || die "service did not start; see $logfile"
  token=$("$TREDE_LOCAL/token.sh" beleidsmedewerker benchmark)
  base="http://127.0.0.1:$port/api/ladder/v1/rapportages"
  for url in "$base/verdeling?model=heemskerk&peildatum=2022-01-01" \
             "$base/verdeling?model=heemskerk&peildatum=2022-01-01&niveau=sub-trede" \
             "$base/verdeling?model=heemskerk&peildatum=2022-01-01&naarModel=divosa" \
             "$base/verdeling?model=heemskerk&peildatum=2022-01-01&klantgroep=matchen" \
             "$base/overgangen?model=heemskerk&van=2021-01-01&tot=2022-01-01" \
             "$base/overgangen?model=heemskerk&van=2021-01-01&tot=2022-01-01&niveau=sub-trede" \
             "$base/overgangen?model=heemskerk&van=2021-01-01&tot=2022-01-01&klantgroep=matchen" \
             "$base/verblijfsduur?model=heemskerk&van=2021-01-01&tot=2022-01-01" \
             "$base/verblijfsduur?model=heemskerk&van=2021-01-01&tot=2022-01-01&niveau=sub-trede"; do
    for ((i = 0; i <= runs; i++)); do
      t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$url")
      # the first call warms the JVM up and is not reported
      ((i == 0)) || log "http ${url#"$base"/} $t s"
    done
  done
fi
