#!/usr/bin/env bash
# Local runtime of crisis-radar: a real Kafka 4.4 broker (KRaft) and a real Elasticsearch 9.5.3
# node on loopback, both assembled from Maven Central artifacts (no Docker, no tarballs).
#
#   jobs/local/services.sh <install|start|status|stop|logs> [kafka|elasticsearch]
#
# No service argument means both. Environment, layout and limits: jobs/local/README.md.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
source "$HERE/lib/common.sh"
# shellcheck source=kafka/service.sh
source "$HERE/kafka/service.sh"
# shellcheck source=elasticsearch/service.sh
source "$HERE/elasticsearch/service.sh"

usage() {
  cat >&2 <<EOF
usage: $0 <command> [kafka|elasticsearch]

commands:
  install   assemble the distributions into \$CRISIS_RADAR_HOME/dist (idempotent)
  start     install if needed, start, wait until ready (reuses a healthy running service)
  status    running/healthy/stopped per service; exit 0 only if all are healthy
  stop      SIGTERM, wait up to 30 s, then SIGKILL; removes the pid file
  logs      print where the logs are

instance: $CRISIS_RADAR_INSTANCE_DIR
EOF
  exit 2
}

(($# >= 1 && $# <= 2)) || usage
command=$1
case "${2:-all}" in
  all) services=(kafka elasticsearch) ;;
  kafka) services=(kafka) ;;
  elasticsearch | es) services=(elasticsearch) ;;
  *) usage ;;
esac

# Start/stop of one instance are serialised: two concurrent `start`s must not both launch a
# broker. The lock file lives in the instance, so another instance is never blocked.
with_instance_lock() {
  mkdir -p "$CRISIS_RADAR_INSTANCE_DIR"
  exec 8>"$CRISIS_RADAR_INSTANCE_DIR/.lock"
  flock -w 300 8 || die "another services.sh is busy with $CRISIS_RADAR_INSTANCE_DIR (lock held > 300 s)"
}

case "$command" in
  install)
    for s in "${services[@]}"; do "${s}_install"; done
    log "installed: ${services[*]} (in $DIST_DIR)"
    ;;
  start)
    with_instance_lock
    # Fail before starting anything when Elasticsearch could not run anyway (no JDK 21+).
    if [[ " ${services[*]} " == *" elasticsearch "* ]]; then
      find_es_java_home >/dev/null || exit 1
    fi
    # In order: Kafka first (cheap), then Elasticsearch; each waits for its own readiness so that
    # the printed start-up times are per service.
    for s in "${services[@]}"; do "${s}_start"; done
    ;;
  status)
    rc=0
    for s in "${services[@]}"; do "${s}_status" || rc=1; done
    exit "$rc"
    ;;
  stop)
    with_instance_lock
    # Reverse order: whatever writes from Kafka to Elasticsearch stops seeing errors last.
    for ((i = ${#services[@]} - 1; i >= 0; i--)); do "${services[i]}_stop"; done
    ;;
  logs)
    for s in "${services[@]}"; do "${s}_logs"; done
    ;;
  *) usage ;;
esac
