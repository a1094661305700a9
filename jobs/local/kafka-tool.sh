#!/usr/bin/env bash
# Runs Kafka's own command-line tools against the local broker, from the assembled dist
# (no Kafka tarball needed). The bootstrap server of the current instance is added for you.
#
#   jobs/local/kafka-tool.sh topics --create --topic mentions --partitions 4
#   echo '{"id":"x:1"}' | jobs/local/kafka-tool.sh console-producer --topic mentions
#   jobs/local/kafka-tool.sh console-consumer --topic mentions --from-beginning --max-messages 1
#   jobs/local/kafka-tool.sh consumer-groups --list
#   jobs/local/kafka-tool.sh <fully.qualified.ToolClass> [args...]   (no bootstrap added)
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/common.sh
source "$HERE/lib/common.sh"
# shellcheck source=kafka/service.sh
source "$HERE/kafka/service.sh"

(($# >= 1)) || {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
tool=$1
shift
bootstrap=(--bootstrap-server "$KAFKA_ADDRESS")
case "$tool" in
  topics) main=org.apache.kafka.tools.TopicCommand ;;
  console-producer) main=org.apache.kafka.tools.ConsoleProducer ;;
  console-consumer) main=org.apache.kafka.tools.consumer.ConsoleConsumer ;;
  consumer-groups) main=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
  get-offsets) main=org.apache.kafka.tools.GetOffsetShell ;;
  cluster) main=org.apache.kafka.tools.ClusterTool ;;
  *.*)
    main=$tool
    bootstrap=()
    ;;
  *) die "unknown tool '$tool' (topics, console-producer, console-consumer, consumer-groups, get-offsets, cluster, or a class name)" ;;
esac
kafka_install
if [[ "$tool" == cluster ]]; then
  # ClusterTool takes a subcommand before its options: cluster cluster-id|list-endpoints ...
  sub=${1:-cluster-id}
  shift || true
  exec_args=("$sub" "${bootstrap[@]}" "$@")
else
  exec_args=("${bootstrap[@]}" "$@")
fi
kafka_tool "$main" "${exec_args[@]}"
