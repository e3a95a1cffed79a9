#!/usr/bin/env bash
# Build the six JVM container images of Trede from the Quarkus fast-jars.
#
#   deploy/images/build.sh [--no-package] [--tag TAG] [--registry REGISTRY] [--push] [--engine docker|podman]
#
#   image                                   built from
#   <registry>/api-gateway:<tag>            api-gateway/target/quarkus-app
#   <registry>/intake-service:<tag>         intake-service/target/quarkus-app
#   <registry>/casework-service:<tag>       casework-service/target/quarkus-app
#   <registry>/enforcement-service:<tag>    enforcement-service/target/quarkus-app
#   <registry>/participation-ladder-service:<tag>
#   <registry>/worklist-service:<tag>       worklist-service/target/quarkus-app
#
# Defaults: REGISTRY "trede" (the names deploy/kubernetes/base and deploy/docker-compose.yml use; the
# overlays map them to a real registry with kustomize `images:`), TAG = the Maven project version
# (0.1.0-SNAPSHOT now; never "latest"). Steps: ./mvnw -B package -DskipTests (unless --no-package), then
# `<engine> build -f deploy/images/<module>/Dockerfile <module>` per service, then push with --push.
# Needs a container engine (Docker or Podman); the build machine of this project has none, so this script is
# verified only up to the Maven part there.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
MODULES=(api-gateway intake-service casework-service enforcement-service participation-ladder-service worklist-service)

die() { printf '[images] ERROR: %s\n' "$*" >&2; exit 1; }
log() { printf '[images] %s\n' "$*" >&2; }

package=true push=false registry=${TREDE_REGISTRY:-trede} tag=${TREDE_IMAGE_TAG:-} engine=${TREDE_CONTAINER_ENGINE:-}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-package) package=false ;;
    --push) push=true ;;
    --tag) [[ $# -ge 2 ]] || die "--tag needs a value"; tag=$2; shift ;;
    --registry) [[ $# -ge 2 ]] || die "--registry needs a value"; registry=$2; shift ;;
    --engine) [[ $# -ge 2 ]] || die "--engine needs a value"; engine=$2; shift ;;
    -h | --help) sed -n '2,20p' "${BASH_SOURCE[0]}" >&2; exit 0 ;;
    *) die "unknown option: $1" ;;
  esac
  shift
done

if [[ -z "$engine" ]]; then
  if command -v docker >/dev/null 2>&1; then engine=docker
  elif command -v podman >/dev/null 2>&1; then engine=podman
  else die "no container engine: install Docker or Podman (or pass --engine)"; fi
fi
command -v "$engine" >/dev/null 2>&1 || die "'$engine' not found"

if [[ -z "$tag" ]]; then
  tag=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
  # The first <version> under <project> is the project version (the parent has no <parent>).
fi
[[ -n "$tag" && "$tag" != latest ]] || die "refusing tag '${tag:-<empty>}': use an explicit version"
[[ "$tag" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || die "invalid image tag '$tag'"

if $package; then
  log "building the fast-jars: ./mvnw -B package -DskipTests"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl "$(IFS=,; echo "${MODULES[*]}")" -am)
fi

for m in "${MODULES[@]}"; do
  [[ -f "$ROOT/$m/target/quarkus-app/quarkus-run.jar" ]] || die "missing $m/target/quarkus-app (run without --no-package)"
  image="$registry/$m:$tag"
  log "building $image"
  "$engine" build --pull -f "$ROOT/deploy/images/$m/Dockerfile" -t "$image" \
    --label "org.opencontainers.image.title=$m" \
    --label "org.opencontainers.image.version=$tag" \
    --label "org.opencontainers.image.revision=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    --label "org.opencontainers.image.licenses=EUPL-1.2" \
    "$ROOT/$m"
  if $push; then
    log "pushing $image"
    "$engine" push "$image"
  fi
done
log "done: ${MODULES[*]/#/$registry/} (tag $tag)"
