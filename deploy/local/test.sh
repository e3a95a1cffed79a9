#!/usr/bin/env bash
# Run the full test suite (./mvnw -B verify) against a real PostgreSQL and a real Kafka broker,
# without Docker. Extra arguments go to Maven unchanged:
#
#   deploy/local/test.sh                          everything
#   deploy/local/test.sh -pl intake-service -am   one module (and what it needs)
#   deploy/local/test.sh -Dtest=MeldingResourceTest -Dsurefire.failIfNoSpecifiedTests=false
#   deploy/local/test.sh -Dtrede.test.today=2026-12-24      everything, as if today were Christmas Eve
#
# Dates: the services' test clock starts at -Dtrede.test.today (default: the machine's Dutch date, 09:00). After
# a green full run (no extra arguments), the date-sensitive tests (JUnit tag "datum") run again on each day of
# TREDE_TEST_DAYS (default below: days chosen to hurt; set it empty to skip, or to other days/date-times).
#
# Steps: tools.sh (kubectl and Node.js for the deploy checks, Chromium for the Swagger UI system test); postgres.sh ensure --with-test-dbs;
# keys.sh; kafka.sh start (127.0.0.1:9092; stopped
# again at the end if this script started it); export the test environment below; mvnw verify.
# Exits with Maven's exit code.
#
# Environment for the tests:
#   TREDE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432   (+ /trede_<service>_test per service)
#   TREDE_TEST_PG_USER=trede  TREDE_TEST_PG_PASSWORD=<deploy/local/.work/db-password>
#   TREDE_TEST_KAFKA=127.0.0.1:9092  TREDE_DEV_KEYS=<abs path of deploy/local/.work/keys>
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_BOOTSTRAP=127.0.0.1:9092
# What the system-tests module starts itself (kafka.sh/services.sh with these dirs). If Maven is
# interrupted it may not get to stop them, so the cleanup below does.
SYSTEM_TEST_KAFKA_DIR=system-tests/target/kafka
SYSTEM_TEST_RUN_DIR=system-tests/target/stack

kafka_started_here=false
cleanup_done=false
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  $cleanup_done && return
  cleanup_done=true
  trap '' INT TERM
  local st
  st=$("$TREDE_LOCAL/services.sh" status --run-dir "$SYSTEM_TEST_RUN_DIR" 2>/dev/null || true)
  if grep -q ' running ' <<<"$st"; then
    log "stopping services left running by the system tests"
    "$TREDE_LOCAL/services.sh" stop --run-dir "$SYSTEM_TEST_RUN_DIR" || true
  fi
  if "$TREDE_LOCAL/kafka.sh" status --dir "$SYSTEM_TEST_KAFKA_DIR" >/dev/null 2>&1; then
    log "stopping the Kafka broker left running by the system tests"
    "$TREDE_LOCAL/kafka.sh" stop --dir "$SYSTEM_TEST_KAFKA_DIR" || true
  fi
  if $kafka_started_here; then "$TREDE_LOCAL/kafka.sh" stop || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. tools, PostgreSQL (with the *_test databases), keys, Kafka --------------------------------
"$TREDE_LOCAL/tools.sh"
"$TREDE_LOCAL/postgres.sh" ensure --with-test-dbs
"$TREDE_LOCAL/keys.sh"
if "$TREDE_LOCAL/kafka.sh" status >/dev/null; then
  log "Kafka is already running; leaving it running afterwards"
else
  kafka_started_here=true # set before starting: a Ctrl-C during the start still stops it
fi
"$TREDE_LOCAL/kafka.sh" start

# --- 2. test environment --------------------------------------------------------------------------
TREDE_TEST_PG_URL="jdbc:postgresql://$TREDE_PG_HOST:$TREDE_PG_PORT"
TREDE_TEST_PG_USER=trede
TREDE_TEST_PG_PASSWORD=$(read_db_password)
TREDE_TEST_KAFKA=$KAFKA_BOOTSTRAP
TREDE_DEV_KEYS=$TREDE_KEYS_DIR
export TREDE_TEST_PG_URL TREDE_TEST_PG_USER TREDE_TEST_PG_PASSWORD TREDE_TEST_KAFKA TREDE_DEV_KEYS

# --- 3. Maven -------------------------------------------------------------------------------------
log "running: ./mvnw -B verify $*"
t0=$SECONDS
rc=0
(cd "$TREDE_ROOT" && "$TREDE_ROOT/mvnw" -B verify "$@") || rc=$?
if ((rc == 0)); then
  log "tests passed ($((SECONDS - t0)) s)"
else
  log "Maven failed with exit code $rc ($((SECONDS - t0)) s)"
  exit "$rc"
fi

# --- 4. the date-sensitive tests on fixed days -----------------------------------------------------------------
# Fri 2027-05-14 (Mon 17 May is Tweede Pinksterdag), Thu 2026-12-24 (two Christmas days and a weekend follow),
# Sat 2027-01-30 (a weekend start; +8 weeks is a Saturday), Tue 2028-02-29 (leap day), Sun 2026-10-25 00:30 (the
# night daylight saving time ends: day arithmetic on instants goes wrong), Wed 2027-05-05 (Bevrijdingsdag, the day
# before Hemelvaartsdag).
DEFAULT_TEST_DAYS="2027-05-14 2026-12-24 2027-01-30 2028-02-29 2026-10-25T00:30 2027-05-05"
if (($# == 0)) || [[ -n "${TREDE_TEST_DAYS+x}" ]]; then
  read -r -a days <<<"${TREDE_TEST_DAYS-$DEFAULT_TEST_DAYS}"
  date_modules=platform,intake-service,casework-service,enforcement-service,participation-ladder-service,worklist-service
  for day in "${days[@]}"; do
    log "date-sensitive tests (tag datum) as if today were $day"
    t1=$SECONDS
    day_log="$TREDE_ROOT/target/date-tests-${day//:/}.log"
    mkdir -p "$TREDE_ROOT/target"
    (cd "$TREDE_ROOT" && "$TREDE_ROOT/mvnw" -B test -pl "$date_modules" -Dgroups=datum \
      -Dtrede.test.today="$day" -Dsurefire.failIfNoSpecifiedTests=false >"$day_log" 2>&1) || rc=$?
    # Per module, surefire's summary line (the per-class lines carry "Time elapsed").
    counts=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+' "$day_log" | grep -v 'Time elapsed' |
      sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2 \3/' |
      awk '{r+=$1; f+=$2+$3} END {printf "%d run, %d failed", r, f}')
    if ((rc != 0)); then
      grep -E '^\[ERROR\]|FAIL' "$day_log" | head -60 >&2 || true
      log "date-sensitive tests FAILED on $day: $counts (log: $day_log; reproduce: deploy/local/test.sh" \
        "-pl <module> -am -Dtrede.test.today=$day)"
      exit "$rc"
    fi
    log "date-sensitive tests passed on $day: $counts ($((SECONDS - t1)) s)"
  done
fi
exit "$rc"
