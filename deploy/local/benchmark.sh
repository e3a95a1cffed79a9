#!/usr/bin/env bash
# the robustness requirements benchmark: the whole suite on loopback, figures written to docs/BENCHMARKS.md. Not part of
# `mvnw verify`.
#
#   deploy/local/benchmark.sh [maven args...]        e.g. deploy/local/benchmark.sh -o
#                                                         deploy/local/benchmark.sh -o -Dtrede.benchmark.seconds=2
#
# 1. PostgreSQL (postgres.sh ensure) and the dev keys (keys.sh);
# 2. builds the service jars if any is missing (./mvnw -B package -DskipTests, with the maven args, so -o works);
# 3. runs system-tests' TredeBenchmark through Maven: Stack starts Kafka on 29192/29193 and the six services on
#    28080–28085 against fresh trede_*_bench databases (its own run dir), so a system-test stack (18080–18084,
#    19092, _systest) or a dev stack on the same machine is left alone; the stack is stopped when it ends.
#
# The services run with the full JIT (TREDE_JAVA_OPTS, overridable) and without the gateway's per-client rate limit
# (one load generator is one client). Durations, threads and rate: -Dtrede.benchmark.{seconds,rate-seconds,
# warmup-seconds,workers,rate,pool,pool-warmup,e2e-samples,pgbench-seconds} (defaults in TredeBenchmark).
# Needs: java 17, pgbench (postgresql-client), the local PostgreSQL. Takes about 10 minutes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_cmd java "Install a JDK 17."
require_cmd pgbench "Install the PostgreSQL client (postgresql-client)."

cd "$TREDE_ROOT"
"$TREDE_LOCAL/postgres.sh" ensure
"$TREDE_LOCAL/keys.sh"

for module in intake-service casework-service enforcement-service participation-ladder-service worklist-service api-gateway; do
  if [[ ! -f "$module/target/quarkus-app/quarkus-run.jar" ]]; then
    log "$module is not built: building the services"
    # With the AppCDS class archive (services.sh uses it): Quarkus starts each application once at build
    # time to record the classes it loads (tried on intake without database credentials: it worked).
    ./mvnw -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true "$@"
    break
  fi
done

export TREDE_GATEWAY_RATE_LIMIT_ENABLED=false
# The services' options default to services.sh's own (full tiered JIT, explicit heap and metaspace); the broker gets
# the full JIT too (kafka.sh's default is C1 only, a convenience for tests).
# Every collection is logged per service (gc-<pid>.log), so a latency outlier can be matched with GC pauses.
gc_dir="$TREDE_ROOT/system-tests/target/bench-gc"
rm -rf "$gc_dir" && mkdir -p "$gc_dir"
export TREDE_JAVA_OPTS="${TREDE_JAVA_OPTS:--Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:+TieredCompilation -XX:+UseSerialGC -Xlog:gc:file=$gc_dir/gc-%p.log:uptime,level,tags}"
export TREDE_KAFKA_JIT_OPTS="${TREDE_KAFKA_JIT_OPTS:--XX:+TieredCompilation}"
command_line="deploy/local/benchmark.sh${*:+ $*}"
log "running TredeBenchmark (services: $TREDE_JAVA_OPTS)"
./mvnw -B -pl system-tests verify -Dtest=TredeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtrede.systemtest.port-base=28080 -Dtrede.systemtest.kafka-port=29192 -Dtrede.systemtest.db-suffix=_bench \
  -Dtrede.systemtest.run-dir=system-tests/target/bench-stack -Dtrede.systemtest.kafka-dir=system-tests/target/bench-kafka \
  "-Dtrede.benchmark.command=$command_line" "$@"
log "report: $TREDE_ROOT/docs/BENCHMARKS.md (service logs: system-tests/target/bench-stack, GC logs: system-tests/target/bench-gc)"
