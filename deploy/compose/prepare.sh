#!/usr/bin/env bash
# Prepare what deploy/docker-compose.yml needs and must never be committed:
#   deploy/.env            POSTGRES_PASSWORD and TREDE_DB_PASSWORD (random, 24 characters; kept if present)
#   deploy/compose/keys/   public.pem + private.pem, copied from deploy/local/.work/keys (deploy/local/keys.sh
#                          makes them once), mode 0644 so that the services' user (uid 10001) can read them;
#                          tokens from deploy/local/token.sh are then accepted by the Compose stack too.
# Both paths are in deploy/.gitignore.
set -euo pipefail
DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
"$DEPLOY/local/keys.sh"
mkdir -p "$DEPLOY/compose/keys"
install -m 0644 "$DEPLOY/local/.work/keys/public.pem" "$DEPLOY/compose/keys/public.pem"
install -m 0644 "$DEPLOY/local/.work/keys/private.pem" "$DEPLOY/compose/keys/private.pem"
if [[ ! -s "$DEPLOY/.env" ]]; then
  rnd() { openssl rand -base64 48 | tr -dc 'A-Za-z0-9' | head -c 24; }
  (umask 077 && printf 'POSTGRES_PASSWORD=%s\nTREDE_DB_PASSWORD=%s\n' "$(rnd)" "$(rnd)" >"$DEPLOY/.env")
  echo "[compose] wrote deploy/.env" >&2
fi
echo "[compose] ready: docker compose -f deploy/docker-compose.yml up -d" >&2
