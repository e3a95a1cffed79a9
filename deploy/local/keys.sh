#!/usr/bin/env bash
# Generate the local development JWT key pair once (RSA 2048):
#
#   deploy/local/.work/keys/private.pem   PKCS#8, signs tokens (token.sh; services' service tokens)
#   deploy/local/.work/keys/public.pem    SubjectPublicKeyInfo, verifies them (mp.jwt.verify.publickey)
#
# Never regenerates an existing key: tokens issued earlier stay valid. Delete the directory to
# start over. Quiet when the keys already exist.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_cmd openssl "Install it: sudo apt-get install openssl"

private="$TREDE_KEYS_DIR/private.pem"
public="$TREDE_KEYS_DIR/public.pem"

if [[ -s "$private" && -s "$public" ]]; then
  exit 0
fi

mkdir -p "$TREDE_KEYS_DIR"
chmod 700 "$TREDE_KEYS_DIR"

if [[ ! -s "$private" ]]; then
  log "generating the dev JWT signing key (RSA 2048) in ${TREDE_KEYS_DIR#"$TREDE_ROOT"/}"
  # Write to a temporary file and rename, so a parallel run never sees half a key.
  tmp=$(mktemp "$TREDE_KEYS_DIR/.private.XXXXXX")
  trap 'rm -f "$tmp"' EXIT
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp" 2>/dev/null
  chmod 600 "$tmp"
  # ln+rm instead of mv: fails if another run created the key meanwhile (then keep theirs).
  if ln "$tmp" "$private" 2>/dev/null; then rm -f "$tmp"; fi
fi

log "deriving the public key"
tmp_pub=$(mktemp "$TREDE_KEYS_DIR/.public.XXXXXX")
openssl pkey -in "$private" -pubout -out "$tmp_pub"
chmod 644 "$tmp_pub"
mv -f "$tmp_pub" "$public"
log "keys ready: ${private#"$TREDE_ROOT"/}, ${public#"$TREDE_ROOT"/}"
