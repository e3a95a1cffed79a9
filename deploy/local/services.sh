#!/usr/bin/env bash
# Start/stop the six Trede services (Quarkus fast-jars, JVM mode) in the background.
#
#   deploy/local/services.sh start|stop|status [NAME...] [--port-base 8080] [--db-suffix ""]
#                            [--kafka 127.0.0.1:9092] [--run-dir deploy/local/.work/run]
#   deploy/local/services.sh kill NAME... [--run-dir deploy/local/.work/run]
#
#   name         module                         port          database
#   gateway      api-gateway                    base+0        -
#   intake       intake-service                 base+1        trede_intake<suffix>
#   casework     casework-service               base+2        trede_casework<suffix>
#   enforcement  enforcement-service            base+3        trede_enforcement<suffix>
#   ladder       participation-ladder-service   base+4        trede_ladder<suffix>
#   worklist     worklist-service               base+5        trede_worklist<suffix>
#
# start  needs <module>/target/quarkus-app/quarkus-run.jar (./mvnw package -DskipTests), the
#        database password (postgres.sh ensure) and the keys (keys.sh, run here if missing).
#        Starts intake, casework, enforcement, ladder, worklist, then gateway, and waits until every
#        /q/health/ready answers 200 (180 s in total, TREDE_SERVICES_TIMEOUT). On failure it
#        prints the last 40 log lines of the failing service and stops everything it started.
#        With NAMEs, starts only those (the others of the run dir may be running, e.g. to restart one
#        service after `kill`); pass the same --port-base/--db-suffix/--kafka as the first start.
# stop   TERM (gateway first), KILL after 20 s.
# kill   SIGKILL at once, no shutdown hooks: a crash, for the fault system tests.
# status running/stopped and port per service; exit 0 if all run, 3 otherwise.
#
# RUN_DIR (relative = from the project root) gets <name>.log, <name>.pid and <name>.port.
# Several stacks can run side by side with different --port-base and --run-dir values.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

START_ORDER=(intake casework enforcement ladder worklist gateway)
STOP_ORDER=(gateway intake casework enforcement ladder worklist)
START_TIMEOUT="${TREDE_SERVICES_TIMEOUT:-180}"
STOP_TIMEOUT=20
# JVM options of every service started here (run.sh, the system tests and the benchmark all start through this
# script, so what runs here is what gets measured): the full tiered JIT (C1, then C2 with its intrinsics, e.g. for
# the RSA arithmetic of JWT checks), heap 64-256 MB, metaspace capped at 192 MB (a service needs under 100 MB),
# SerialGC (one or two cores per service). TREDE_JAVA_OPTS replaces them all; a laptop that only wants the stack up
# quickly may add -XX:TieredStopAtLevel=1 there (C1 only: starts faster, runs slower; never for figures).
read -r -a JAVA_OPTS <<<"${TREDE_JAVA_OPTS:--Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:+TieredCompilation -XX:+UseSerialGC}"

module_of() {
  case "$1" in
    gateway) echo api-gateway ;;
    intake) echo intake-service ;;
    casework) echo casework-service ;;
    enforcement) echo enforcement-service ;;
    ladder) echo participation-ladder-service ;;
    worklist) echo worklist-service ;;
    *) die "unknown service $1" ;;
  esac
}
offset_of() {
  case "$1" in
    gateway) echo 0 ;;
    intake) echo 1 ;;
    casework) echo 2 ;;
    enforcement) echo 3 ;;
    ladder) echo 4 ;;
    worklist) echo 5 ;;
  esac
}

usage() {
  cat >&2 <<'EOF'
usage: deploy/local/services.sh start|stop|status [NAME...] [--port-base 8080] [--db-suffix ""]
                                [--kafka 127.0.0.1:9092] [--run-dir deploy/local/.work/run]
       deploy/local/services.sh kill NAME... [--run-dir deploy/local/.work/run]
NAME: gateway intake casework enforcement ladder worklist
EOF
  exit 2
}

# --- arguments ----------------------------------------------------------------------------------
[[ $# -ge 1 ]] || usage
action=$1
shift
port_base=8080 db_suffix="" kafka=127.0.0.1:9092 run_dir="$TREDE_WORK/run"
names=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port-base | --db-suffix | --kafka | --run-dir)
      [[ $# -ge 2 ]] || die "$1 needs a value"
      case "$1" in
        --port-base) port_base=$2 ;;
        --db-suffix) db_suffix=$2 ;;
        --kafka) kafka=$2 ;;
        --run-dir) run_dir=$2 ;;
      esac
      shift
      ;;
    --port-base=*) port_base=${1#*=} ;;
    --db-suffix=*) db_suffix=${1#*=} ;;
    --kafka=*) kafka=${1#*=} ;;
    --run-dir=*) run_dir=${1#*=} ;;
    -h | --help) usage ;;
    gateway | intake | casework | enforcement | ladder | worklist) names+=("$1") ;;
    *) die "unknown option or service: $1" ;;
  esac
  shift
done
is_uint "$port_base" || die "--port-base must be a number"
[[ "$db_suffix" =~ ^[A-Za-z0-9_]*$ ]] || die "--db-suffix may contain letters, digits and _ only"
[[ -n "$kafka" ]] || die "--kafka must not be empty"
run_dir=$(abs_path "$run_dir")

# NAMEs given: act on those only, in the usual order.
if ((${#names[@]} > 0)); then
  only() {
    local n m out=()
    for n in "$@"; do for m in "${names[@]}"; do if [[ "$n" == "$m" ]]; then out+=("$n"); break; fi; done; done
    echo "${out[@]}"
  }
  read -r -a START_ORDER <<<"$(only "${START_ORDER[@]}")"
  read -r -a STOP_ORDER <<<"$(only "${STOP_ORDER[@]}")"
fi

port_of() { echo $((port_base + $(offset_of "$1"))); }
jar_of() { echo "$TREDE_ROOT/$(module_of "$1")/target/quarkus-app/quarkus-run.jar"; }
rel() { echo "${1#"$TREDE_ROOT"/}"; }

# pid_of NAME: pid of that service of this RUN_DIR if it runs (stale pid files are removed).
pid_of() {
  local pid
  if pid=$(pid_read "$run_dir/$1.pid" "$(jar_of "$1")"); then
    echo "$pid"
  else
    rm -f "$run_dir/$1.pid"
  fi
}

# recorded_port NAME: the port the service was started with (falls back to --port-base).
recorded_port() {
  if [[ -s "$run_dir/$1.port" ]]; then tr -dc '0-9' <"$run_dir/$1.port"; else port_of "$1"; fi
}

# --- start ----------------------------------------------------------------------------------------
# launch NAME: start one service in the background with the environment of the local setup.
launch() {
  local name=$1 port p_intake p_casework p_enforcement p_ladder p_worklist
  port=$(port_of "$name")
  p_intake=$(port_of intake)
  p_casework=$(port_of casework)
  p_enforcement=$(port_of enforcement)
  p_ladder=$(port_of ladder)
  p_worklist=$(port_of worklist)
  local logfile="$run_dir/$name.log"
  if ((${#names[@]} > 0)); then
    # A restart of one service (after a crash): its log goes on in the same file, so the crashed run stays there.
    if [[ -f "$logfile" ]]; then printf '=== services.sh: %s restarted at %s\n' "$name" "$(date -Is)" >>"$logfile"; fi
  elif [[ -f "$logfile" ]]; then
    mv -f "$logfile" "$logfile.1"
  fi
  echo "$port" >"$run_dir/$name.port"
  (
    # Exported in a subshell: nothing leaks into the caller, and the password is not in argv.
    export QUARKUS_HTTP_PORT="$port"
    if [[ "$name" != gateway ]]; then
      export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$TREDE_PG_HOST:$TREDE_PG_PORT/trede_${name}${db_suffix}"
      export QUARKUS_DATASOURCE_USERNAME=trede
      export QUARKUS_DATASOURCE_PASSWORD="$db_password"
    fi
    export KAFKA_BOOTSTRAP_SERVERS="$kafka"
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$TREDE_KEYS_DIR/public.pem"
    export SMALLRYE_JWT_SIGN_KEY_LOCATION="$TREDE_KEYS_DIR/private.pem"
    export QUARKUS_REST_CLIENT_INTAKE_URL="http://127.0.0.1:$p_intake"
    if [[ "$name" == gateway ]]; then
      export TREDE_GATEWAY_UPSTREAMS_INTAKE="http://127.0.0.1:$p_intake"
      export TREDE_GATEWAY_UPSTREAMS_CASEWORK="http://127.0.0.1:$p_casework"
      export TREDE_GATEWAY_UPSTREAMS_ENFORCEMENT="http://127.0.0.1:$p_enforcement"
      export TREDE_GATEWAY_UPSTREAMS_LADDER="http://127.0.0.1:$p_ladder"
      export TREDE_GATEWAY_UPSTREAMS_WERKVOORRAAD="http://127.0.0.1:$p_worklist"
    fi
    # cd: relative paths a service might use resolve against its own module directory.
    cd "$TREDE_ROOT/$(module_of "$name")"
    # AppCDS: the class archive of a build with -Dquarkus.package.jar.appcds.enabled=true, when there is one (valid
    # only for the JDK that built it; another JDK ignores it and loads the classes as usual).
    local cds=() archive
    archive="$(dirname "$(jar_of "$name")")/app-cds.jsa"
    if [[ -f "$archive" ]]; then cds=("-XX:SharedArchiveFile=$archive"); fi
    spawn_detached "$run_dir/$name.pid" "$logfile" java "${JAVA_OPTS[@]}" ${cds[@]+"${cds[@]}"} -jar "$(jar_of "$name")" >/dev/null
  ) || die "could not launch $name"
  log "started $name (pid $(tr -dc '0-9' <"$run_dir/$name.pid"), port $port, log $(rel "$logfile"))"
}

# stop_services NAME...: stop the given services of this RUN_DIR (in the given order).
stop_services() {
  local name pid entries=()
  for name in "$@"; do
    pid=$(pid_of "$name")
    if [[ -n "$pid" ]]; then
      log "stopping $name (pid $pid)"
      if [[ "$name" == gateway ]]; then
        # The gateway goes first and alone, so it stops taking requests before the backends go.
        stop_pids "$STOP_TIMEOUT" "gateway=$pid"
      else
        entries+=("$name=$pid")
      fi
    fi
    rm -f "$run_dir/$name.pid"
  done
  if ((${#entries[@]} > 0)); then stop_pids "$STOP_TIMEOUT" "${entries[@]}"; fi
}

do_start() {
  local name pid port started=() running=() busy=()
  local t0 ms
  t0=$(date +%s%N)

  # 1. Everything needed must be there before anything starts.
  require_cmd java "Install a JDK 17+: sudo apt-get install openjdk-17-jdk-headless"
  require_cmd curl "Install it: sudo apt-get install curl"
  local missing=()
  for name in "${START_ORDER[@]}"; do
    if [[ ! -f "$(jar_of "$name")" ]]; then missing+=("$(rel "$(jar_of "$name")")"); fi
  done
  if ((${#missing[@]} > 0)); then
    die "missing ${missing[*]}: run ./mvnw package -DskipTests first"
  fi
  db_password=$(read_db_password)
  [[ -s "$TREDE_KEYS_DIR/public.pem" && -s "$TREDE_KEYS_DIR/private.pem" ]] || "$TREDE_LOCAL/keys.sh"

  # 2. Already running from this RUN_DIR?
  for name in "${START_ORDER[@]}"; do
    pid=$(pid_of "$name")
    if [[ -n "$pid" ]]; then running+=("$name"); fi
  done
  if ((${#running[@]} == ${#START_ORDER[@]})); then
    log "all services of $(rel "$run_dir") are already running; checking readiness"
    for name in "${START_ORDER[@]}"; do
      wait_for_http "http://127.0.0.1:$(recorded_port "$name")/q/health/ready" 30 ||
        die "$name is running but not ready (log: $(rel "$run_dir/$name.log"))"
    done
    log "all ready"
    return 0
  elif ((${#running[@]} > 0)); then
    die "some services of $(rel "$run_dir") are running (${running[*]}); run: deploy/local/services.sh stop --run-dir $(rel "$run_dir")"
  fi

  # 3. Free ports?
  for name in "${START_ORDER[@]}"; do
    port=$(port_of "$name")
    if port_in_use 127.0.0.1 "$port"; then busy+=("$port ($name)"); fi
  done
  if ((${#busy[@]} > 0)); then
    die "port(s) already in use: ${busy[*]}; stop what runs there or use --port-base"
  fi

  # 4. Dependencies reachable? (A warning only: readiness decides.)
  local khost=${kafka%%,*}
  khost=${khost#*://}
  if ! port_in_use "${khost%:*}" "${khost##*:}"; then
    log "warning: Kafka does not answer on $khost (start it: deploy/local/kafka.sh start)"
  fi
  if ! port_in_use "$TREDE_PG_HOST" "$TREDE_PG_PORT"; then
    log "warning: PostgreSQL does not answer on $TREDE_PG_HOST:$TREDE_PG_PORT (deploy/local/postgres.sh ensure)"
  fi

  # 5. Launch all, backends first, then wait for each one's readiness.
  mkdir -p "$run_dir"
  log "starting services (port base $port_base, databases trede_*${db_suffix}, kafka $kafka)"
  for name in "${START_ORDER[@]}"; do
    launch "$name"
    started+=("$name")
  done

  local deadline=$((SECONDS + START_TIMEOUT)) rc url
  for name in "${START_ORDER[@]}"; do
    url="http://127.0.0.1:$(port_of "$name")/q/health/ready"
    pid=$(tr -dc '0-9' <"$run_dir/$name.pid")
    rc=0
    wait_for_http "$url" $((deadline > SECONDS ? deadline - SECONDS : 0)) "$pid" || rc=$?
    if ((rc != 0)); then
      if ((rc == 2)); then log "$name exited during startup"; else log "$name not ready within ${START_TIMEOUT}s ($url)"; fi
      log "last 40 lines of $(rel "$run_dir/$name.log"):"
      tail -n 40 "$run_dir/$name.log" >&2 || true
      log "stopping the services started here"
      stop_services gateway "${started[@]}"
      die "services did not start"
    fi
    ms=$((($(date +%s%N) - t0) / 1000000))
    log "$name ready on port $(port_of "$name") ($((ms / 1000)).$((ms % 1000 / 100)) s)"
  done
  ms=$((($(date +%s%N) - t0) / 1000000))
  log "all services ready in $((ms / 1000)).$((ms % 1000 / 100)) s"
}

do_stop() {
  local name any=false
  for name in "${STOP_ORDER[@]}"; do
    if [[ -n "$(pid_of "$name")" ]]; then any=true; fi
  done
  if ! $any; then
    log "no services running ($(rel "$run_dir"))"
    return 0
  fi
  stop_services "${STOP_ORDER[@]}"
  log "services stopped"
}

do_status() {
  local name pid up=0
  for name in "${STOP_ORDER[@]}"; do
    pid=$(pid_of "$name")
    if [[ -n "$pid" ]]; then
      up=$((up + 1))
      printf '%-12s running  pid %-8s port %s\n' "$name" "$pid" "$(recorded_port "$name")"
    else
      printf '%-12s stopped  %-12s port %s\n' "$name" "" "$(recorded_port "$name")"
    fi
  done
  ((up == ${#STOP_ORDER[@]})) || return 3
}

# kill: SIGKILL, as a crash would; the pid file goes so a later start does not see a stale one.
do_kill() {
  local name pid
  ((${#names[@]} > 0)) || die "kill needs the NAME of at least one service"
  for name in "${STOP_ORDER[@]}"; do
    pid=$(pid_of "$name")
    if [[ -n "$pid" ]]; then
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
      log "killed $name (pid $pid, SIGKILL)"
    else
      log "$name is not running"
    fi
    rm -f "$run_dir/$name.pid"
  done
}

db_password=""
case "$action" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  kill) do_kill ;;
  *) usage ;;
esac
