#!/usr/bin/env bash
# Make sure the machine's own PostgreSQL (Debian cluster) is running and holds Trede's role and
# databases. Idempotent: safe to run before every start or test run.
#
#   deploy/local/postgres.sh ensure [--with-test-dbs] [--fresh-system-test-dbs [--system-test-suffix _systest]]
#   deploy/local/postgres.sh stop      (stops the cluster, fast shutdown; the fault system test uses it to
#                                       restart PostgreSQL under load: stop, then ensure)
#
# - starts the cluster if it is down (pg_ctlcluster);
# - creates/updates the LOGIN role `trede` with the password in deploy/local/.work/db-password
#   (24 random characters, generated on first use, mode 600);
# - creates trede_intake, trede_casework, trede_enforcement, trede_ladder, trede_worklist (owner trede) and, with
#   --with-test-dbs, the same names with a _test suffix (the modules' @QuarkusTests clean them at start) and
#   trede_test (the platform's JDBC tests);
#   with --fresh-system-test-dbs, the same names with a _systest suffix, dropped and created anew (the
#   system tests start the whole suite on them, so every run begins with empty databases);
# - checks that `trede` can log in over TCP with that password.
#
# Superuser access is tried as: psql -h 127.0.0.1 -U postgres (trust or ~/.pgpass), the current
# user if it is `postgres`, runuser/su to postgres (as root, peer auth), sudo -n -u postgres.
# TREDE_PG_ADMIN=<one of tcp self runuser su sudo> forces one of them.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICES_DBS=(trede_intake trede_casework trede_enforcement trede_ladder trede_worklist)
ROLE=trede

usage() {
  cat >&2 <<'EOF'
usage: deploy/local/postgres.sh ensure [--with-test-dbs] [--fresh-system-test-dbs [--system-test-suffix _systest]]
       deploy/local/postgres.sh stop
EOF
  exit 2
}

[[ $# -ge 1 && ($1 == ensure || $1 == stop) ]] || usage
action=$1
shift
with_test_dbs=false
fresh_system_test_dbs=false
system_test_suffix=_systest
while [[ $# -gt 0 ]]; do
  case "$1" in
    --with-test-dbs) with_test_dbs=true ;;
    --fresh-system-test-dbs) fresh_system_test_dbs=true ;;
    --system-test-suffix)
      [[ $# -ge 2 ]] || die "--system-test-suffix needs a value"
      system_test_suffix=$2
      shift
      ;;
    -h | --help) usage ;;
    *) die "unknown option: $1" ;;
  esac
  shift
done

[[ "$system_test_suffix" =~ ^_[a-z0-9_]+$ ]] || die "--system-test-suffix: _ then lower-case letters, digits or _"

host=$TREDE_PG_HOST
port=$TREDE_PG_PORT

# --- 1. tools -----------------------------------------------------------------------------------
for cmd in psql pg_ctlcluster pg_lsclusters; do
  require_cmd "$cmd" "Install PostgreSQL (Debian/Ubuntu): sudo apt-get install postgresql"
done

# --- 2. cluster running? ------------------------------------------------------------------------
# Prefer the cluster that listens on our port; otherwise the `main` cluster of the newest
# version under /etc/postgresql.
cluster_line=$(pg_lsclusters -h 2>/dev/null | awk -v p="$port" '$3 == p { print; exit }')
if [[ -z "$cluster_line" ]]; then
  ver=$(find /etc/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$ver" ]] || die "no PostgreSQL cluster found (/etc/postgresql is empty). Create one: sudo pg_createcluster --start 15 main"
  cluster_line=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" { print; exit }')
  [[ -n "$cluster_line" ]] || die "no cluster '$ver main' in pg_lsclusters"
fi
read -r ver cluster cluster_port status _ <<<"$cluster_line"
if [[ "$cluster_port" != "$port" ]]; then
  log "warning: cluster $ver/$cluster listens on port $cluster_port, the services expect $port (set TREDE_PG_PORT)"
  port=$cluster_port
fi

if [[ "$action" == stop ]]; then
  if [[ "$status" == online* ]]; then
    # Fast shutdown: open sessions are terminated (what a crash or a failover looks like to the services).
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop -m fast ||
      die "could not stop the cluster; try: sudo pg_ctlcluster --skip-systemctl-redirect $ver $cluster stop"
    log "PostgreSQL $ver/$cluster stopped"
  else
    log "PostgreSQL $ver/$cluster is not running"
  fi
  exit 0
fi

if [[ "$status" != online* ]]; then
  log "PostgreSQL $ver/$cluster is $status, starting it"
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start ||
    die "could not start the cluster; try: sudo pg_ctlcluster --skip-systemctl-redirect $ver $cluster start"
fi

# Wait until it accepts connections (TCP, which is what the services use).
deadline=$((SECONDS + 30))
if command -v pg_isready >/dev/null 2>&1; then
  until pg_isready -q -h "$host" -p "$port" -t 2; do
    ((SECONDS < deadline)) || die "PostgreSQL on $host:$port does not accept connections after 30 s (see /var/log/postgresql/)"
    sleep 0.5
  done
else
  wait_for_port "$host" "$port" 30 || die "PostgreSQL does not listen on $host:$port after 30 s"
fi
log "PostgreSQL $ver/$cluster is up on $host:$port"

# --- 3. superuser access ------------------------------------------------------------------------
# admin_psql [-At]: run the SQL on stdin as the postgres superuser, stop at the first error.
admin_mode=""
admin_psql() {
  local flags=(-X -q -v ON_ERROR_STOP=1 -d postgres "$@")
  case "$admin_mode" in
    tcp) psql -h "$host" -p "$port" -U postgres -w "${flags[@]}" ;;
    self) psql -p "$port" "${flags[@]}" ;;
    # cd /: postgres usually may not read root's cwd (psql would warn about it).
    runuser) (cd / && runuser -u postgres -- psql -p "$port" "${flags[@]}") ;;
    su) (cd / && su postgres -s /bin/sh -c "psql -p $port ${flags[*]}") ;;
    sudo) (cd / && sudo -n -u postgres psql -p "$port" "${flags[@]}") ;;
    *) return 1 ;;
  esac
}
# TREDE_PG_ADMIN=tcp|self|runuser|su|sudo forces one way (for machines where a probe misleads).
for mode in ${TREDE_PG_ADMIN:-tcp self runuser su sudo}; do
  case "$mode" in
    self) [[ "$(id -un)" == postgres ]] || continue ;;
    runuser) if [[ $EUID -ne 0 ]] || ! command -v runuser >/dev/null 2>&1; then continue; fi ;;
    su) [[ $EUID -eq 0 ]] || continue ;;
    sudo) command -v sudo >/dev/null 2>&1 || continue ;;
  esac
  admin_mode=$mode
  if [[ "$(admin_psql -At <<<'select 1' 2>/dev/null)" == 1 ]]; then break; fi
  admin_mode=""
done
[[ -n "$admin_mode" ]] || die "cannot run psql as the postgres superuser. Run this script as root (or as postgres), or allow 'sudo -u postgres psql' without a password."
log "superuser access: $admin_mode"

# --- 4. password file -------------------------------------------------------------------------
mkdir -p "$TREDE_WORK"
if [[ ! -s "$TREDE_DB_PASSWORD_FILE" ]]; then
  password=""
  while ((${#password} < 24)); do
    password+=$(openssl rand -base64 48 | tr -dc 'A-Za-z0-9')
  done
  password=${password:0:24}
  (umask 077 && printf '%s\n' "$password" >"$TREDE_DB_PASSWORD_FILE")
  log "generated a database password in ${TREDE_DB_PASSWORD_FILE#"$TREDE_ROOT"/}"
fi
chmod 600 "$TREDE_DB_PASSWORD_FILE"
password=$(read_db_password)
[[ "$password" =~ ^[A-Za-z0-9]+$ ]] || die "$TREDE_DB_PASSWORD_FILE must hold letters and digits only"

# --- 5. role ----------------------------------------------------------------------------------
# The SQL goes through stdin, so the password never shows up in `ps`.
admin_psql <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN;
  END IF;
END
\$\$;
ALTER ROLE $ROLE WITH LOGIN PASSWORD '$password';
SQL
log "role $ROLE: present, password set"

# --- 6. databases -----------------------------------------------------------------------------
dbs=("${SERVICES_DBS[@]}")
if $with_test_dbs; then
  for db in "${SERVICES_DBS[@]}"; do dbs+=("${db}_test"); done
  dbs+=(trede_test) # the platform's own tests (plain JDBC: the werk_te_verversen marks)
fi
if $fresh_system_test_dbs; then
  for db in "${SERVICES_DBS[@]}"; do
    admin_psql <<<"DROP DATABASE IF EXISTS ${db}${system_test_suffix} WITH (FORCE);"
    dbs+=("${db}${system_test_suffix}")
  done
fi
db_list=$(printf "'%s'," "${dbs[@]}")
db_array="ARRAY[${db_list%,}]"

# CREATE DATABASE cannot run inside a DO block or a transaction, so ask which are missing first.
missing=$(admin_psql -At <<<"SELECT d FROM unnest($db_array) AS d WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d);")
for db in $missing; do
  admin_psql <<<"CREATE DATABASE $db OWNER $ROLE;"
  log "created database $db"
done
# A database created earlier by someone else: hand it to trede (on PG 15 the owner of the
# database also owns its public schema, which Flyway needs).
foreign=$(admin_psql -At <<<"SELECT d.datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE d.datname = ANY($db_array) AND r.rolname <> '$ROLE';")
for db in $foreign; do
  admin_psql <<<"ALTER DATABASE $db OWNER TO $ROLE;"
  log "database $db: owner changed to $ROLE"
done
log "databases present: ${dbs[*]}"

# --- 7. check the application login (TCP + password, as the services connect) ----------------
if ! out=$(PGPASSWORD=$password PGCONNECT_TIMEOUT=5 psql -X -w -h "$host" -p "$port" -U "$ROLE" -d trede_intake -Atc 'select 1' 2>&1) || [[ "$out" != 1 ]]; then
  die "role $ROLE cannot log in over TCP to $host:$port/trede_intake: $out (check pg_hba.conf: 'host all all 127.0.0.1/32 scram-sha-256')"
fi
log "login check ok: $ROLE@$host:$port/trede_intake"
