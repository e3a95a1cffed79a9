#!/usr/bin/env bash
# Lint OpenAPI documents against the NL API Design Rules 2.2 plus Trede's own rules (api-lint/trede.yaml) with
# Spectral; exits non-zero when there is at least one error (warnings are printed, they do not fail).
#
#   deploy/local/adr-lint.sh [options] <openapi file or URL>...
#
#   --format FMT          Spectral output format (default: stylish; json for tools)
#   --ruleset FILE        another ruleset than api-lint/trede.yaml (the test cases use this)
#   --adr-ruleset LOC     lint with the OFFICIAL ADR ruleset (a local copy or URL of media/linter.yaml, e.g.
#                         https://static.developer.overheid.nl/adr/ruleset.yaml) in place of api-lint/adr-2.2.yaml,
#                         still with Trede's project rules; the environment variable TREDE_ADR_RULESET does the same
#
# Spectral is installed by deploy/local/tools.sh --spectral (pinned in api-lint/package-lock.json) when missing.
# Exit codes: 0 no errors, 1 errors found, 2 Spectral could not lint (missing tool, unreadable document, ...).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

format=stylish
ruleset="$TREDE_ROOT/api-lint/trede.yaml"
adr_ruleset="${TREDE_ADR_RULESET:-}"
documents=()
while (($#)); do
  case "$1" in
    --format) format=${2:?--format needs a value}; shift 2 ;;
    --ruleset) ruleset=$(abs_path "${2:?--ruleset needs a file}"); shift 2 ;;
    --adr-ruleset) adr_ruleset=${2:?--adr-ruleset needs a file or URL}; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; documents+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) documents+=("$1"); shift ;;
  esac
done
((${#documents[@]})) || die "usage: $0 [--format FMT] [--ruleset FILE] [--adr-ruleset LOC] <openapi file or URL>..."

"$TREDE_LOCAL/tools.sh" --spectral || exit 2
spectral="$TREDE_WORK/tools/spectral/node_modules/.bin/spectral"

if [[ -n "$adr_ruleset" ]]; then
  [[ "$adr_ruleset" == http://* || "$adr_ruleset" == https://* ]] || adr_ruleset=$(abs_path "$adr_ruleset")
  grep -q '^  - ./adr-2.2.yaml$' "$ruleset" || die "$ruleset does not extend ./adr-2.2.yaml on a line of its own"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # The same project rules, extending the official ruleset instead of api-lint/adr-2.2.yaml.
  sed "s|^  - ./adr-2.2.yaml\$|  - \"$adr_ruleset\"|" "$ruleset" >"$tmp/ruleset.yaml"
  ruleset="$tmp/ruleset.yaml"
  log "linting with the official ADR ruleset $adr_ruleset"
fi

status=0
"$spectral" lint --fail-severity=error --format "$format" --ruleset "$ruleset" "${documents[@]}" || status=$?
# Spectral exits 1 for "errors found" and 2 when it could not lint; keep that distinction.
exit "$status"
