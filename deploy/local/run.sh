#!/usr/bin/env bash
# Run the whole Trede suite on this machine, without Docker: PostgreSQL, a Kafka broker and the
# six services. Stays in the foreground; Ctrl-C (or TERM) stops everything it started.
#
#   deploy/local/run.sh [--no-build]   prepare, build (unless --no-build), start, wait for Ctrl-C
#   deploy/local/run.sh stop           stop the services and the default Kafka broker (e.g. after
#                                      the script itself was killed with -9)
#
# Steps: postgres.sh ensure; keys.sh; kafka.sh start; ./mvnw -B -q package -DskipTests;
# services.sh start (ports 8080-8085).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  echo "usage: deploy/local/run.sh [--no-build] | deploy/local/run.sh stop" >&2
  exit 2
}

build=true
case "${1:-}" in
  stop)
    [[ $# -eq 1 ]] || usage
    "$TREDE_LOCAL/services.sh" stop
    "$TREDE_LOCAL/kafka.sh" stop
    exit 0
    ;;
  --no-build)
    [[ $# -eq 1 ]] || usage
    build=false
    ;;
  "") ;;
  *) usage ;;
esac

# --- cleanup on exit ------------------------------------------------------------------------------
# Only what this run started is stopped: a broker or services that were already running stay.
kafka_started_here=false
services_started_here=false
sleep_pid=""
cleanup_done=false
cleanup() {
  local rc=$?
  $cleanup_done && return
  cleanup_done=true
  trap '' INT TERM # a second Ctrl-C must not interrupt the shutdown
  if [[ -n "$sleep_pid" ]]; then kill "$sleep_pid" 2>/dev/null || true; fi
  if $services_started_here || $kafka_started_here; then log "shutting down"; fi
  if $services_started_here; then "$TREDE_LOCAL/services.sh" stop || true; fi
  if $kafka_started_here; then "$TREDE_LOCAL/kafka.sh" stop || true; fi
  if ((rc != 0 && rc != 130 && rc != 143)); then log "run.sh failed (exit code $rc)"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

t0=$SECONDS

# --- 1. PostgreSQL, keys, Kafka -------------------------------------------------------------------
"$TREDE_LOCAL/postgres.sh" ensure
"$TREDE_LOCAL/keys.sh"
if "$TREDE_LOCAL/kafka.sh" status >/dev/null; then
  log "Kafka is already running; leaving it running afterwards"
else
  kafka_started_here=true # set before starting: a Ctrl-C during the start still stops it
fi
"$TREDE_LOCAL/kafka.sh" start

# --- 2. build -------------------------------------------------------------------------------------
if $build; then
  log "building: ./mvnw -B -q package -DskipTests (skip with --no-build)"
  b0=$SECONDS
  (cd "$TREDE_ROOT" && "$TREDE_ROOT/mvnw" -B -q package -DskipTests) || die "build failed"
  log "build done in $((SECONDS - b0)) s"
fi

# --- 3. services ----------------------------------------------------------------------------------
if "$TREDE_LOCAL/services.sh" status >/dev/null; then
  log "the services are already running; leaving them running afterwards"
else
  services_started_here=true
fi
"$TREDE_LOCAL/services.sh" start

# --- 4. tell the user -----------------------------------------------------------------------------
base=8080
cat >&2 <<EOF
[trede]
[trede] Trede is running (ready after $((SECONDS - t0)) s):
[trede]   gateway             http://localhost:$base
[trede]   aggregated OpenAPI  http://localhost:$base/api/openapi.json
[trede]   Swagger UI          http://localhost:$base/q/swagger-ui
[trede]   intake       health http://localhost:$((base + 1))/q/health   OpenAPI http://localhost:$((base + 1))/q/openapi
[trede]   casework     health http://localhost:$((base + 2))/q/health   OpenAPI http://localhost:$((base + 2))/q/openapi
[trede]   enforcement  health http://localhost:$((base + 3))/q/health   OpenAPI http://localhost:$((base + 3))/q/openapi
[trede]   ladder       health http://localhost:$((base + 4))/q/health   OpenAPI http://localhost:$((base + 4))/q/openapi
[trede]   worklist     health http://localhost:$((base + 5))/q/health   OpenAPI http://localhost:$((base + 5))/q/openapi
[trede]   gateway      health http://localhost:$base/q/health
[trede]   logs: ${TREDE_WORK#"$TREDE_ROOT"/}/run/<service>.log, ${TREDE_WORK#"$TREDE_ROOT"/}/kafka/broker.log
[trede]
[trede] Try it (tokens for other roles: deploy/local/token.sh --help):
[trede]   TOKEN=\$(deploy/local/token.sh intake-medewerker)
[trede]   curl -X POST http://localhost:$base/api/intake/v1/meldingen -H "Authorization: Bearer \$TOKEN" \\
[trede]        -H 'Content-Type: application/json' \\
[trede]        -d '{"type":"aanvraag-levensonderhoud","bsn":"999990342","naam":"J. de Vries","geboortedatum":"1990-05-17","kanaal":"digitaal"}'
[trede]   curl http://localhost:$base/api/ladder/v1/treden -H "Authorization: Bearer \$TOKEN"
[trede]
[trede] Ctrl-C stops everything this script started.
EOF

# --- 5. wait for Ctrl-C / TERM; notice services that die on their own -----------------------------
warned=""
while :; do
  sleep 5 &
  sleep_pid=$!
  wait "$sleep_pid" || true
  sleep_pid=""
  if status=$("$TREDE_LOCAL/services.sh" status 2>/dev/null); then
    warned=""
    continue
  fi
  if ! grep -q ' running ' <<<"$status"; then
    log "all services have stopped (services.sh stop / run.sh stop?); exiting"
    exit 0
  fi
  if [[ "$status" != "$warned" ]]; then
    log "warning: not every service is running:"
    while IFS= read -r line; do log "  $line"; done <<<"$status"
    warned=$status
  fi
done
