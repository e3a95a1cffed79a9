#!/usr/bin/env bash
# Print a signed development JWT (RS256) for one Trede role. bash + openssl only.
#
#   deploy/local/token.sh <role> [subject] [--team team]... [--ttl seconds]
#
#   TOKEN=$(deploy/local/token.sh intake-medewerker)
#   curl -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/intake/v1/meldingen
#
# Claims: iss https://trede.local/dev, aud trede, sub/upn = subject (default dev-<role>),
# groups [role], teams [--team values; default team-werk for klantmanager and teamleider, the casework default team:
# a klantmanager sees the zaken of their teams], iat now, exp now+ttl (default 28800 s = 8 h), jti a random UUID.
# The role trede-service (the identity services call each other with) is accepted too, to try a service's
# endpoints directly; the gateway refuses it.
# Header: alg RS256, typ JWT, kid trede-dev. Signed with deploy/local/.work/keys/private.pem
# (created by keys.sh on first use). Only the token goes to stdout.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROLES=(intake-medewerker klantmanager teamleider handhaver beleidsmedewerker ketenpartner
  gws-koppeling functioneel-beheerder privacy-officer trede-service)
ISSUER=https://trede.local/dev
AUDIENCE=trede
KID=trede-dev

usage() {
  echo "usage: deploy/local/token.sh <role> [subject] [--team team]... [--ttl seconds]" >&2
  echo "roles: ${ROLES[*]}" >&2
  exit 2
}

# --- arguments ----------------------------------------------------------------------------------
role="" subject="" ttl=28800
teams=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --team)
      [[ $# -ge 2 ]] || usage
      teams+=("$2")
      shift
      ;;
    --team=*) teams+=("${1#--team=}") ;;
    --ttl)
      [[ $# -ge 2 ]] || usage
      ttl=$2
      shift
      ;;
    --ttl=*) ttl=${1#--ttl=} ;;
    -h | --help) usage ;;
    -*) die "unknown option: $1" ;;
    *)
      if [[ -z "$role" ]]; then role=$1
      elif [[ -z "$subject" ]]; then subject=$1
      else usage
      fi
      ;;
  esac
  shift
done
[[ -n "$role" ]] || usage
valid=false
for r in "${ROLES[@]}"; do [[ "$r" == "$role" ]] && valid=true; done
$valid || die "unknown role '$role'; valid roles: ${ROLES[*]}"
if ! is_uint "$ttl" || ((10#$ttl == 0)); then
  die "--ttl must be a positive number of seconds, got '$ttl'"
fi
ttl=$((10#$ttl))
subject=${subject:-dev-$role}
# The subject is put into JSON: allow the usual id characters only, no quoting needed then.
[[ "$subject" =~ ^[A-Za-z0-9._@:+-]+$ ]] || die "subject may contain letters, digits and . _ @ : + - only"

if ((${#teams[@]} == 0)) && [[ $role == klantmanager || $role == teamleider ]]; then teams=(team-werk); fi
teams_json=""
for t in "${teams[@]}"; do
  [[ "$t" =~ ^[a-z0-9][a-z0-9-]{0,59}$ ]] || die "team may contain lower-case letters, digits and - only: '$t'"
  teams_json+="${teams_json:+,}\"$t\""
done

# --- key ----------------------------------------------------------------------------------------
private="$TREDE_KEYS_DIR/private.pem"
[[ -s "$private" ]] || "$TREDE_LOCAL/keys.sh"

# --- token --------------------------------------------------------------------------------------
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# Random version-4 UUID for jti.
uuid() {
  local h variant
  h=$(openssl rand -hex 16)
  variant=$(printf '%x' $(((16#${h:16:1} & 3) | 8)))
  printf '%s-%s-4%s-%s%s-%s\n' "${h:0:8}" "${h:8:4}" "${h:13:3}" "$variant" "${h:17:3}" "${h:20:12}"
}

now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$KID")
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","groups":["%s"],"teams":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$AUDIENCE" "$subject" "$subject" "$role" "$teams_json" "$now" "$((now + ttl))" "$(uuid)")
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$private" -binary | b64url)
printf '%s.%s\n' "$signing_input" "$signature"
