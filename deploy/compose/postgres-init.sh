#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data directory (docker-entrypoint-initdb.d):
# the LOGIN role `trede` and the four service databases it owns — the same layout as deploy/local/postgres.sh.
set -euo pipefail
: "${TREDE_DB_PASSWORD:?TREDE_DB_PASSWORD must be set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v pw="$TREDE_DB_PASSWORD" <<'SQL'
CREATE ROLE trede LOGIN PASSWORD :'pw';
CREATE DATABASE trede_intake OWNER trede;
CREATE DATABASE trede_casework OWNER trede;
CREATE DATABASE trede_enforcement OWNER trede;
CREATE DATABASE trede_ladder OWNER trede;
CREATE DATABASE trede_worklist OWNER trede;
SQL
