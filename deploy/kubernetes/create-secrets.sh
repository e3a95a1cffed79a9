#!/usr/bin/env bash
# Create the Secrets the Trede Deployments read (no secret value is ever committed to this repository).
#
#   deploy/kubernetes/create-secrets.sh NAMESPACE [--keys-dir DIR] [--db] [--dry-run]
#
#   trede-jwt-keys   public.pem (verifies bearer tokens) and private.pem (signs the services' own service
#                    tokens). Taken from --keys-dir DIR (public.pem + private.pem, e.g. keys registered with your
#                    OIDC provider); without it a fresh RSA 2048 pair is generated with openssl in a temp dir
#                    that is removed afterwards. Never overwrites an existing Secret.
#   <db>-db-app      only with --db (databases NOT run by CloudNativePG, which creates these itself):
#                    username trede_<db> and a random 32-character password, for intake, casework,
#                    enforcement, ladder and worklist. Create the matching roles/databases in your PostgreSQL with them.
#
# --dry-run prints the Secret manifests instead of applying them (they contain the values: do not commit).
# Needs kubectl with access to the cluster (except for --dry-run) and openssl.
set -euo pipefail
die() { printf '[secrets] ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '[secrets] %s\n' "$*" >&2; }

[[ $# -ge 1 && $1 != -* ]] || die "usage: create-secrets.sh NAMESPACE [--keys-dir DIR] [--db] [--dry-run]"
ns=$1; shift
keys_dir="" db=false dry=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keys-dir) [[ $# -ge 2 ]] || die "--keys-dir needs a value"; keys_dir=$2; shift ;;
    --db) db=true ;;
    --dry-run) dry=true ;;
    *) die "unknown option: $1" ;;
  esac
  shift
done
command -v kubectl >/dev/null || die "kubectl not found"
command -v openssl >/dev/null || die "openssl not found"

apply() { # apply NAME: read a manifest on stdin, apply it unless the Secret exists (or print it with --dry-run)
  if $dry; then cat; echo '---'; return; fi
  if kubectl -n "$ns" get secret "$1" >/dev/null 2>&1; then
    log "secret $1 exists in $ns: left unchanged (delete it first to rotate)"
    cat >/dev/null
    return
  fi
  kubectl -n "$ns" apply -f - >/dev/null
  log "created secret $1 in $ns"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [[ -n "$keys_dir" ]]; then
  [[ -s "$keys_dir/public.pem" && -s "$keys_dir/private.pem" ]] || die "$keys_dir must hold public.pem and private.pem"
  cp "$keys_dir/public.pem" "$keys_dir/private.pem" "$tmp/"
else
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/private.pem" 2>/dev/null
  openssl pkey -in "$tmp/private.pem" -pubout -out "$tmp/public.pem"
  log "generated a new RSA 2048 key pair for trede-jwt-keys"
fi
kubectl create secret generic trede-jwt-keys -n "$ns" --dry-run=client -o yaml \
  --from-file=public.pem="$tmp/public.pem" --from-file=private.pem="$tmp/private.pem" | apply trede-jwt-keys

if $db; then
  for d in intake casework enforcement ladder worklist; do
    pw=$(openssl rand -base64 48 | tr -dc 'A-Za-z0-9' | head -c 32)
    kubectl create secret generic "$d-db-app" -n "$ns" --dry-run=client -o yaml \
      --from-literal=username="trede_$d" --from-literal=password="$pw" | apply "$d-db-app"
  done
fi
