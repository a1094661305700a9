# shellcheck shell=bash
# Kafka 4.4 broker in KRaft combined mode (broker + controller in one process), assembled from
# Maven Central. Sourced by services.sh after lib/common.sh; defines kafka_<command> functions.

KAFKA_VERSION=4.4.0
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"

KAFKA_DIST="$DIST_DIR/kafka-$KAFKA_VERSION"
KAFKA_DIR="$CRISIS_RADAR_INSTANCE_DIR/kafka"
KAFKA_PID_FILE="$CRISIS_RADAR_INSTANCE_DIR/kafka.pid"
KAFKA_CONFIG="$KAFKA_DIR/config/server.properties"
KAFKA_ADDRESS="$BIND_HOST:$KAFKA_PORT"
# Every broker command line contains this path; it is how stop/status recognise our process.
KAFKA_MARKER="$KAFKA_DIR/"
KAFKA_MAIN=kafka.Kafka

# ---------------------------------------------------------------------------------------------
# install: dist/kafka-4.4.0/{libs,tools-libs,config}
#   libs/        kafka_2.13 4.4.0 and its runtime dependencies + a log4j slf4j binding
#   tools-libs/  kafka-tools 4.3.1 (topics, console producer/consumer, cluster tool): 4.4.0 of
#                that artifact is not on Maven Central, and mixing it into libs/ would put two
#                versions of kafka-clients on one classpath.
# ---------------------------------------------------------------------------------------------
_kafka_fingerprint() {
  install_fingerprint "$LOCAL_DIR/kafka/pom.xml" "$LOCAL_DIR/kafka/tools/pom.xml"
}

kafka_install() {
  install_once "$KAFKA_DIST" "$(_kafka_fingerprint)" _kafka_install_locked
}

_kafka_install_locked() {
  local fingerprint=$1
  require_maven
  log "assembling Kafka $KAFKA_VERSION broker from Maven Central into $KAFKA_DIST…"
  local t0 staging="$KAFKA_DIST.partial"
  t0=$(now_ms)
  rm -rf "$staging"
  mkdir -p "$staging/config"
  log "  resolving broker jars (org.apache.kafka:kafka_2.13:$KAFKA_VERSION)…"
  mvn_copy_deps "$LOCAL_DIR/kafka/pom.xml" "$staging/libs" "$staging/install-logs/maven-libs.log"
  log "  resolving command-line tools (org.apache.kafka:kafka-tools)…"
  mvn_copy_deps "$LOCAL_DIR/kafka/tools/pom.xml" "$staging/tools-libs" "$staging/install-logs/maven-tools-libs.log"
  # The tools print only warnings, to stderr: the recipe's trap is that an INFO line on stdout
  # ends up inside the captured output of `StorageTool random-uuid` and becomes the cluster id.
  cat >"$staging/config/tools-log4j2.properties" <<'EOF'
status = warn
appender.stderr.type = Console
appender.stderr.name = STDERR
appender.stderr.target = SYSTEM_ERR
appender.stderr.layout.type = PatternLayout
appender.stderr.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = STDERR
EOF
  mark_installed "$staging" "$KAFKA_DIST" "$fingerprint"
  log "Kafka $KAFKA_VERSION assembled ($(find "$KAFKA_DIST/libs" -name '*.jar' | wc -l) broker jars, $(find "$KAFKA_DIST/tools-libs" -name '*.jar' | wc -l) tool jars) in $(format_seconds $(($(now_ms) - t0))) s"
}

# kafka_tool <main class> [args...]: runs a Kafka tool class on the tools classpath.
# KAFKA_TOOL_TIMEOUT (seconds) bounds the run, for health checks.
kafka_tool() {
  local main=$1
  shift
  local limit=()
  [[ -n "${KAFKA_TOOL_TIMEOUT:-}" ]] && limit=(timeout "$KAFKA_TOOL_TIMEOUT")
  "${limit[@]}" "$(kafka_java)" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$KAFKA_DIST/config/tools-log4j2.properties" \
    -cp "$KAFKA_DIST/tools-libs/*" "$main" "$@"
}

# kafka_broker_class <main class> [args...]: runs a class on the broker classpath (StorageTool).
kafka_broker_class() {
  local main=$1
  shift
  "$(kafka_java)" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$KAFKA_DIST/config/tools-log4j2.properties" \
    -cp "$KAFKA_DIST/libs/*" "$main" "$@"
}

# ---------------------------------------------------------------------------------------------
# Instance configuration, rewritten on every start so that the port variables always apply.
# ---------------------------------------------------------------------------------------------
_kafka_write_config() {
  mkdir -p "$KAFKA_DIR"/{data,logs,config}
  cat >"$KAFKA_CONFIG" <<EOF
# Written by jobs/local/services.sh on every start; edits here are overwritten.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$BIND_HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$BIND_HOST:$KAFKA_PORT,CONTROLLER://$BIND_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$BIND_HOST:$KAFKA_PORT,CONTROLLER://$BIND_HOST:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data

# One broker: every internal topic has a single replica.
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Consumer groups (Flink's KafkaSource, tests) get their partitions at once, not after 3 s.
group.initial.rebalance.delay.ms=0
# Retention trap: Flink's KafkaSink stamps records with event time, and replayed history would be
# deleted within minutes under the default 7-day time retention. Keep everything locally.
log.retention.ms=-1
# Convenient for demos; the project's code creates its topics explicitly and does not rely on it.
auto.create.topics.enable=true
EOF
  # Broker log4j2: server.log and controller.log in the instance, as the tarball's config does.
  # shutdownHook=disable: Kafka logs its own shutdown from its shutdown hook; log4j's hook would
  # otherwise close the appenders first and the end of a stop would be missing from server.log.
  cat >"$KAFKA_DIR/config/log4j2.properties" <<'EOF'
status = warn
shutdownHook = disable
appender.server.type = RollingFile
appender.server.name = SERVER
appender.server.fileName = ${sys:kafka.logs.dir}/server.log
appender.server.filePattern = ${sys:kafka.logs.dir}/server.log.%i
appender.server.layout.type = PatternLayout
appender.server.layout.pattern = [%d] %p %m (%c)%n
appender.server.policies.type = Policies
appender.server.policies.size.type = SizeBasedTriggeringPolicy
appender.server.policies.size.size = 50MB
appender.server.strategy.type = DefaultRolloverStrategy
appender.server.strategy.max = 3
rootLogger.level = info
rootLogger.appenderRef.server.ref = SERVER
# The request logger is very chatty at INFO/DEBUG.
logger.request.name = kafka.request.logger
logger.request.level = warn
EOF
}

# Formats the KRaft storage once per instance (the data folder then holds meta.properties).
_kafka_format_storage() {
  [[ -f "$KAFKA_DIR/data/meta.properties" ]] && return 0
  log "formatting KRaft storage in $KAFKA_DIR/data…"
  local cluster_id
  cluster_id=$(kafka_broker_class kafka.tools.StorageTool random-uuid 2>>"$KAFKA_DIR/logs/format.log")
  [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "unexpected cluster id from StorageTool: '$cluster_id'"
  kafka_broker_class kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$KAFKA_CONFIG" \
    >>"$KAFKA_DIR/logs/format.log" 2>&1 ||
    {
      show_log_tail "$KAFKA_DIR/logs/format.log"
      die "formatting Kafka storage failed"
    }
}

# The broker answers a real request: a TCP connect first (cheap), then a DescribeCluster/metadata
# round trip through Kafka's own ClusterTool, which only succeeds once the broker is serving.
# The tool's own API timeout is 60 s; a hung broker must not hang `status` that long.
kafka_healthy() {
  tcp_open "$BIND_HOST" "$KAFKA_PORT" || return 1
  KAFKA_TOOL_TIMEOUT=30 kafka_tool org.apache.kafka.tools.ClusterTool cluster-id \
    --bootstrap-server "$KAFKA_ADDRESS" >/dev/null 2>&1
}

kafka_start() {
  kafka_install
  local pid
  pid=$(running_pid "$KAFKA_PID_FILE" "$KAFKA_MARKER" "$KAFKA_MAIN")
  if [[ -n "$pid" ]]; then
    # Ours and alive: reuse it, after waiting if it is still starting (e.g. an earlier start was
    # interrupted while waiting).
    if ! kafka_healthy; then
      log "kafka (pid $pid) is running but not answering yet, waiting up to ${KAFKA_START_TIMEOUT}s…"
      wait_until_ready kafka "$pid" "$KAFKA_START_TIMEOUT" kafka_healthy \
        "$KAFKA_DIR/logs/server.log" "$KAFKA_DIR/logs/stdout.log"
    fi
    echo "kafka already running on $KAFKA_ADDRESS (pid $pid), reusing it"
    return 0
  fi
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_free "$BIND_HOST" "$port" ||
      die "port $port on $BIND_HOST is taken by another process (set KAFKA_PORT / KAFKA_CONTROLLER_PORT)"
  done

  local t0
  t0=$(now_ms)
  _kafka_write_config
  _kafka_format_storage
  log "starting kafka on $KAFKA_ADDRESS (controller $BIND_HOST:$KAFKA_CONTROLLER_PORT)…"
  local java
  java=$(kafka_java)
  # JVM flags as in the tarball's kafka-run-class.sh (G1, short pauses); heap smaller than its
  # 1 GB default because this is a laptop broker.
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of flags
  pid=$(launch_detached /dev/null "$KAFKA_DIR/logs/stdout.log" \
    "$java" $KAFKA_HEAP_OPTS -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -Djava.awt.headless=true -Djava.io.tmpdir="$KAFKA_DIR/data" \
    -Dkafka.logs.dir="$KAFKA_DIR/logs" \
    -Dlog4j2.configurationFile="$KAFKA_DIR/config/log4j2.properties" \
    -cp "$KAFKA_DIST/libs/*" "$KAFKA_MAIN" "$KAFKA_CONFIG")
  printf '%s\n' "$pid" >"$KAFKA_PID_FILE"

  wait_until_ready kafka "$pid" "$KAFKA_START_TIMEOUT" kafka_healthy \
    "$KAFKA_DIR/logs/server.log" "$KAFKA_DIR/logs/stdout.log"
  echo "kafka ready on $KAFKA_ADDRESS in $(format_seconds $(($(now_ms) - t0))) s (pid $pid)"
}

kafka_status() {
  local pid
  pid=$(running_pid "$KAFKA_PID_FILE" "$KAFKA_MARKER" "$KAFKA_MAIN")
  print_status kafka "$pid" "$KAFKA_ADDRESS" "not answering" kafka_healthy
}

kafka_stop() {
  stop_pid kafka "$KAFKA_PID_FILE" "$KAFKA_MARKER" "$KAFKA_MAIN" 30
}

kafka_logs() {
  echo "kafka logs: $KAFKA_DIR/logs (server.log: broker log; stdout.log: JVM output; format.log: storage format)"
}
