# shellcheck shell=bash
# Shared helpers for the deploy/local scripts. Source it, do not run it:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Sets TREDE_ROOT (project root), TREDE_LOCAL (this directory) and TREDE_WORK (state dir,
# gitignored) and defines: log, die, abs_path, port_in_use, wait_for_port, wait_for_http,
# pid_read, pid_alive, spawn_detached, stop_pidfile, read_db_password.

# --- locations -------------------------------------------------------------------------------
TREDE_LOCAL="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
TREDE_ROOT="$(cd "$TREDE_LOCAL/../.." && pwd -P)"
TREDE_WORK="$TREDE_LOCAL/.work"
# PostgreSQL as the services and tests see it (the Debian cluster listens here by default).
TREDE_PG_HOST="${TREDE_PG_HOST:-127.0.0.1}"
TREDE_PG_PORT="${TREDE_PG_PORT:-5432}"
export TREDE_ROOT TREDE_LOCAL TREDE_WORK TREDE_PG_HOST TREDE_PG_PORT

# --- messages ---------------------------------------------------------------------------------
# All progress messages go to stderr, so stdout stays clean for data (token.sh prints a token).
log() { printf '[trede] %s\n' "$*" >&2; }
die() {
  printf '[trede] ERROR: %s\n' "$*" >&2
  exit 1
}

# abs_path PATH: PATH made absolute. Relative paths are taken relative to the PROJECT ROOT, not
# the current directory, so `--dir system-tests/target/kafka` means the same from any cwd
# (Maven runs the system tests with the module directory as cwd).
abs_path() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$TREDE_ROOT/$1" ;;
  esac
}

# require_cmd CMD HINT: die with HINT unless CMD is on the PATH.
require_cmd() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' not found. $2"
}

# is_uint VALUE: true if VALUE is a non-empty string of digits.
is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }

# --- ports and HTTP ---------------------------------------------------------------------------
# port_in_use HOST PORT: true if something accepts TCP connections on HOST:PORT.
port_in_use() {
  # shellcheck disable=SC2016  # $1/$2 belong to the inner shell
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# wait_for_port HOST PORT TIMEOUT_S [PID]: wait until HOST:PORT accepts connections.
# Returns 1 on timeout, 2 as soon as PID (if given) has exited.
wait_for_port() {
  local host=$1 port=$2 timeout=$3 pid=${4:-}
  local deadline=$((SECONDS + timeout))
  until port_in_use "$host" "$port"; do
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then return 2; fi
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# http_status URL: print the HTTP status code of a GET (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$1" 2>/dev/null || true
}

# wait_for_http URL TIMEOUT_S [PID]: wait until a GET of URL returns 200.
# Returns 1 on timeout, 2 as soon as PID (if given) has exited.
wait_for_http() {
  local url=$1 timeout=$2 pid=${3:-}
  local deadline=$((SECONDS + timeout))
  until [[ "$(http_status "$url")" == 200 ]]; do
    if [[ -n "$pid" ]] && ! pid_alive "$pid"; then return 2; fi
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}

# --- processes and pid files ------------------------------------------------------------------
# pid_alive PID: true if the process exists (and is not a zombie).
pid_alive() {
  local state
  [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null || return 1
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [[ "$state" != Z* ]]
}

# pid_read PIDFILE [PATTERN]: print the pid stored in PIDFILE if that process is alive and its
# command line contains PATTERN (guards against a recycled pid). Returns 1 otherwise.
pid_read() {
  local file=$1 pattern=${2:-} pid args
  [[ -s "$file" ]] || return 1
  pid=$(tr -dc '0-9' <"$file")
  pid_alive "$pid" || return 1
  if [[ -n "$pattern" ]]; then
    args=$(ps -ww -o args= -p "$pid" 2>/dev/null) || return 1
    [[ "$args" == *"$pattern"* ]] || return 1
  fi
  printf '%s\n' "$pid"
}

# spawn_detached PIDFILE LOGFILE CMD [ARGS...]: run CMD in the background in its own session
# (setsid: a Ctrl-C in the terminal reaches only the script, which then stops it cleanly),
# immune to SIGHUP (nohup), stdin from /dev/null, stdout+stderr appended to LOGFILE. The pid
# written to PIDFILE is CMD's own pid (the wrapper shell execs CMD). Prints the pid.
spawn_detached() {
  local pidfile=$1 logfile=$2 i
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016  # $$ / $0 / $@ are meant for the inner shell
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null &
  for ((i = 0; i < 50; i++)); do
    [[ -s "$pidfile" ]] && break
    sleep 0.1
  done
  [[ -s "$pidfile" ]] || die "could not start $1 (no pid file $pidfile)"
  tr -dc '0-9' <"$pidfile"
  echo
}

# stop_pids TIMEOUT_S NAME=PID...: send TERM to every PID, wait up to TIMEOUT_S seconds for all
# of them to exit, then KILL whatever is left.
stop_pids() {
  local timeout=$1 entry pid name left deadline i
  shift
  for entry in "$@"; do kill -TERM "${entry#*=}" 2>/dev/null || true; done
  deadline=$((SECONDS + timeout))
  while :; do
    left=()
    for entry in "$@"; do pid_alive "${entry#*=}" && left+=("$entry"); done
    ((${#left[@]} == 0)) && return 0
    ((SECONDS < deadline)) || break
    sleep 0.2
  done
  for entry in "${left[@]}"; do
    name=${entry%%=*}
    pid=${entry#*=}
    log "$name (pid $pid) did not stop within ${timeout}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
  done
  for entry in "${left[@]}"; do
    for ((i = 0; i < 50; i++)); do pid_alive "${entry#*=}" || break; sleep 0.1; done
  done
}

# --- shared secrets ---------------------------------------------------------------------------
TREDE_DB_PASSWORD_FILE="$TREDE_WORK/db-password"
TREDE_KEYS_DIR="$TREDE_WORK/keys"
export TREDE_DB_PASSWORD_FILE TREDE_KEYS_DIR

# read_db_password: print the password of the `trede` database role (postgres.sh creates it).
read_db_password() {
  [[ -s "$TREDE_DB_PASSWORD_FILE" ]] ||
    die "no database password in $TREDE_DB_PASSWORD_FILE; run deploy/local/postgres.sh ensure first"
  tr -d '\n' <"$TREDE_DB_PASSWORD_FILE"
}
