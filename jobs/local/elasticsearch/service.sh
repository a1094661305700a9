# shellcheck shell=bash
# Elasticsearch 9.5.3 single node, assembled from Maven Central artifacts and started through the
# real entry point org.elasticsearch.bootstrap.Elasticsearch (module path, entitlements on).
# Sourced by services.sh after lib/common.sh; defines elasticsearch_<command> functions.
# Background and the facts this relies on: /work/shared/recipes/elasticsearch-from-maven.md,
# summarised in jobs/local/README.md.

ES_VERSION=9.5.3
ES_HTTP_PORT="${ES_HTTP_PORT:-9200}"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-9300}"
ES_HEAP_SIZE="${ES_HEAP_SIZE:-512m}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_CLUSTER_NAME="${ES_CLUSTER_NAME:-crisis-radar-local}"

ES_DIST="$DIST_DIR/elasticsearch-$ES_VERSION"
ES_DIR="$CRISIS_RADAR_INSTANCE_DIR/elasticsearch"
ES_PID_FILE="$CRISIS_RADAR_INSTANCE_DIR/elasticsearch.pid"
ES_ADDRESS="$BIND_HOST:$ES_HTTP_PORT"
ES_URL="http://$ES_ADDRESS"
# Every node command line contains this path (java.io.tmpdir); stop/status check it.
ES_MARKER="$ES_DIR/"
ES_MAIN=org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch
LAUNCHER_SRC="$LOCAL_DIR/elasticsearch/launcher"

# ---------------------------------------------------------------------------------------------
# install: an ES_HOME in dist/elasticsearch-9.5.3, laid out like the official distribution:
#   lib/                         server + runtime dependencies (the module path)
#   lib/entitlement-bridge/      patched into java.base, must not be on the module path
#   lib/entitlement-agent/       our replacement agent (the real one is not published)
#   lib/tools/ansi-console/      our "no console" loader (ditto; the folder must hold a jar)
#   modules/transport-netty4/    HTTP + transport layer, with descriptor and policy unpacked
#   plugins/                     empty
#   install-logs/                Maven output of the install
#   launcher/server-args.jar     writes ServerArgs for the node's stdin (the CLI's job)
# ---------------------------------------------------------------------------------------------
_es_fingerprint() {
  local inputs=("$LOCAL_DIR/elasticsearch/pom.xml" "$LOCAL_DIR/elasticsearch/entitlement-bridge/pom.xml"
    "$LOCAL_DIR/elasticsearch/transport-netty4/pom.xml")
  mapfile -t -O "${#inputs[@]}" inputs < <(find "$LAUNCHER_SRC" -type f | LC_ALL=C sort)
  install_fingerprint "${inputs[@]}"
}

elasticsearch_install() {
  if is_installed "$ES_DIST" "$(_es_fingerprint)"; then return 0; fi
  local java_home
  java_home=$(find_es_java_home) || exit 1
  install_once "$ES_DIST" "$(_es_fingerprint)" _elasticsearch_install_locked "$java_home"
}

_elasticsearch_install_locked() {
  local java_home=$1 fingerprint=$2
  require_maven
  log "assembling Elasticsearch $ES_VERSION home from Maven Central into $ES_DIST…"
  local t0 staging="$ES_DIST.partial"
  t0=$(now_ms)
  rm -rf "$staging"
  mkdir -p "$staging"/{plugins,launcher,lib/entitlement-agent,lib/tools/ansi-console}

  log "  resolving server jars (org.elasticsearch:elasticsearch:$ES_VERSION, Lucene, log4j)…"
  mvn_copy_deps "$LOCAL_DIR/elasticsearch/pom.xml" "$staging/lib" "$staging/install-logs/maven-lib.log"
  log "  resolving entitlement bridge…"
  mvn_copy_deps "$LOCAL_DIR/elasticsearch/entitlement-bridge/pom.xml" "$staging/lib/entitlement-bridge" \
    "$staging/install-logs/maven-entitlement-bridge.log"
  log "  resolving transport-netty4 module (HTTP layer)…"
  local module="$staging/modules/transport-netty4"
  mvn_copy_deps "$LOCAL_DIR/elasticsearch/transport-netty4/pom.xml" "$module" \
    "$staging/install-logs/maven-transport-netty4.log"
  # The plugin loader reads the descriptor and entitlement policy from the module folder; in the
  # published jar they sit under META-INF/es-plugins/transport-netty4/.
  local unpack="$staging/unpack"
  mkdir -p "$unpack"
  (cd "$unpack" && "$java_home/bin/jar" xf "$module/transport-netty4-$ES_VERSION.jar" META-INF/es-plugins)
  cp "$unpack/META-INF/es-plugins/transport-netty4/plugin-descriptor.properties" \
    "$unpack/META-INF/es-plugins/transport-netty4/entitlement-policy.yaml" "$module/"
  rm -rf "$unpack"

  log "  compiling launcher helpers with $java_home…"
  _es_build_jar "$java_home" entitlement-agent "$staging/lib/entitlement-agent/crisis-radar-entitlement-agent.jar" \
    "" "$LAUNCHER_SRC/entitlement-agent/MANIFEST.MF"
  _es_build_jar "$java_home" ansi-console "$staging/lib/tools/ansi-console/crisis-radar-ansi-console.jar" "" ""
  _es_build_jar "$java_home" server-args "$staging/launcher/server-args.jar" "$staging/lib/*" ""

  mark_installed "$staging" "$ES_DIST" "$fingerprint"
  log "Elasticsearch $ES_VERSION assembled ($(find "$ES_DIST" -name '*.jar' | wc -l) jars) in $(format_seconds $(($(now_ms) - t0))) s"
}

# _es_build_jar <java home> <helper> <jar> <compile classpath or ""> <manifest or "">
_es_build_jar() {
  local java_home=$1 helper=$2 jar=$3 cp=$4 manifest=$5
  local classes
  classes=$(mktemp -d)
  local sources=()
  mapfile -t sources < <(find "$LAUNCHER_SRC/$helper/src" -name '*.java')
  # --release 21: the jars must load on any JDK that can run Elasticsearch 9.
  "$java_home/bin/javac" --release 21 -nowarn -d "$classes" ${cp:+-cp "$cp"} "${sources[@]}" ||
    die "compiling $helper failed"
  if [[ -n "$manifest" ]]; then
    "$java_home/bin/jar" --create --file "$jar" --manifest "$manifest" -C "$classes" .
  else
    "$java_home/bin/jar" --create --file "$jar" -C "$classes" .
  fi
  rm -rf "$classes"
}

# ---------------------------------------------------------------------------------------------
# Instance configuration, rewritten on every start so that the port variables always apply.
# ---------------------------------------------------------------------------------------------
_es_write_config() {
  mkdir -p "$ES_DIR"/{data,logs,config,tmp}
  cat >"$ES_DIR/config/elasticsearch.yml" <<EOF
# Written by jobs/local/services.sh on every start; edits here are overwritten.
cluster.name: $ES_CLUSTER_NAME
node.name: $ES_CLUSTER_NAME-1
path.data: $ES_DIR/data
path.logs: $ES_DIR/logs
# Loopback only: this node has no security (no TLS, no authentication).
network.host: $BIND_HOST
http.port: $ES_HTTP_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
# A nearly full developer disk must not turn indices read-only in the middle of a demo.
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  # The appender named "console" is the one the node removes once it is ready (daemonized);
  # the rolling file keeps logging after that.
  cat >"$ES_DIR/config/log4j2.properties" <<'EOF'
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
appender.rolling.type = RollingFile
appender.rolling.name = rolling
appender.rolling.fileName = ${sys:es.logs.base_path}${sys:file.separator}${sys:es.logs.cluster_name}.log
appender.rolling.filePattern = ${sys:es.logs.base_path}${sys:file.separator}${sys:es.logs.cluster_name}-%i.log
appender.rolling.layout.type = PatternLayout
appender.rolling.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
appender.rolling.policies.type = Policies
appender.rolling.policies.size.type = SizeBasedTriggeringPolicy
appender.rolling.policies.size.size = 64MB
appender.rolling.strategy.type = DefaultRolloverStrategy
appender.rolling.strategy.max = 3
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
rootLogger.appenderRef.rolling.ref = rolling
EOF
}

# Healthy = the HTTP layer answers and the cluster is at least yellow.
elasticsearch_healthy() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time "${1:-3}" \
    "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=${2:-1s}" 2>/dev/null) || return 1
  [[ "$code" == 200 ]]
}

# One readiness poll: short timeouts, the caller loops.
_es_ready_poll() { elasticsearch_healthy 3 1s; }

elasticsearch_start() {
  command -v curl >/dev/null 2>&1 || die "curl is needed to check Elasticsearch health (apt-get install curl)"
  local java_home
  java_home=$(find_es_java_home) || exit 1
  elasticsearch_install
  local pid
  pid=$(running_pid "$ES_PID_FILE" "$ES_MARKER" "$ES_MAIN")
  if [[ -n "$pid" ]]; then
    # Ours and alive: reuse it, after waiting if it is still starting (e.g. an earlier start was
    # interrupted while waiting).
    if ! elasticsearch_healthy 10 5s; then
      log "elasticsearch (pid $pid) is running but not healthy yet, waiting up to ${ES_START_TIMEOUT}s…"
      wait_until_ready elasticsearch "$pid" "$ES_START_TIMEOUT" _es_ready_poll \
        "$ES_DIR/logs/$ES_CLUSTER_NAME.log" "$ES_DIR/logs/stdout.log"
    fi
    echo "elasticsearch already running on $ES_ADDRESS (pid $pid), reusing it"
    return 0
  fi
  local port
  for port in "$ES_HTTP_PORT" "$ES_TRANSPORT_PORT"; do
    port_free "$BIND_HOST" "$port" ||
      die "port $port on $BIND_HOST is taken by another process (set ES_HTTP_PORT / ES_TRANSPORT_PORT)"
  done

  local t0
  t0=$(now_ms)
  _es_write_config
  # The real server-cli prepares settings and pipes ServerArgs to the node's stdin; we write them
  # to a file (it holds the keystore seed: owner-only) and give that file to the node as stdin.
  # The helper costs a JVM start (~1 s), so its output is reused while its inputs are unchanged.
  local server_args="$ES_DIR/tmp/server-args.bin" args_key
  args_key=$(cat "$ES_DIR/config/elasticsearch.yml" <(printf '%s\n' "$ES_DIST" "$ES_PID_FILE") | sha256sum)
  if [[ ! -s "$server_args" || "$(cat "$server_args.key" 2>/dev/null)" != "$args_key" ]]; then
    rm -f "$server_args" "$server_args.key"
    (
      umask 077
      "$java_home/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -Dlog4j2.level=error -Des.path.home="$ES_DIST" \
        -cp "$ES_DIST/launcher/server-args.jar:$ES_DIST/lib/*" io.crisisradar.local.es.WriteServerArgs \
        "$ES_DIST" "$ES_DIR/config" "$ES_PID_FILE" "$server_args" >>"$ES_DIR/logs/launcher.log" 2>&1
    ) || {
      show_log_tail "$ES_DIR/logs/launcher.log"
      die "preparing Elasticsearch settings failed"
    }
    printf '%s\n' "$args_key" >"$server_args.key"
  fi

  log "starting elasticsearch on $ES_ADDRESS (transport $BIND_HOST:$ES_TRANSPORT_PORT, $("$java_home/bin/java" -version 2>&1 | head -n 1))…"
  local bridge="$ES_DIST/lib/entitlement-bridge/elasticsearch-entitlement-bridge-$ES_VERSION.jar"
  # shellcheck disable=SC2054 # the commas are part of --add-exports/--enable-native-access values
  local jvm_opts=(
    # The official 9.x launcher's flags (minus AlwaysPreTouch, which costs resident memory).
    -Des.path.home="$ES_DIST" -Des.distribution.type=tar
    -Xss1m -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true
    -XX:-OmitStackTraceInFastThrow
    -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true
    -Dio.netty.recycler.maxCapacityPerThread=0
    -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true -Dlog4j2.formatMsgNoLookups=true
    -Djava.locale.providers=CLDR
    -Des.networkaddress.cache.ttl=60 -Des.networkaddress.cache.negative.ttl=10
    --add-opens=org.apache.lucene.core/org.apache.lucene.codecs.lucene99=org.elasticsearch.server
    --add-opens=org.apache.lucene.core/org.apache.lucene.internal.vectorization=org.elasticsearch.server
    --enable-native-access=org.elasticsearch.nativeaccess,org.elasticsearch.foreign,org.apache.lucene.core
    --enable-native-access=ALL-UNNAMED
    # Entitlements: the node self-attaches lib/entitlement-agent/*.jar and patches java.base.
    -XX:+EnableDynamicAgentLoading -Djdk.attach.allowAttachSelf=true
    --patch-module=java.base="$bridge"
    --add-exports=java.base/org.elasticsearch.entitlement.bridge=org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net
    --add-modules=jdk.incubator.vector
    -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
    -Djava.io.tmpdir="$ES_DIR/tmp" -Duser.home="$ES_DIR/tmp"
    -XX:HeapDumpPath="$ES_DIR/data" -XX:ErrorFile="$ES_DIR/logs/hs_err_pid%p.log"
    -Xms"$ES_HEAP_SIZE" -Xmx"$ES_HEAP_SIZE"
  )
  # shellcheck disable=SC2206 # ES_JAVA_OPTS is a user-given list of extra flags
  local extra_opts=(${ES_JAVA_OPTS:-})
  # Native access stays off (libzstd/libvec are not published): the node then runs as root too.
  # LIBFFI_TMPDIR keeps libffi's scratch files inside the instance.
  pid=$(LIBFFI_TMPDIR="$ES_DIR/tmp" launch_detached "$server_args" "$ES_DIR/logs/stdout.log" \
    "$java_home/bin/java" "${jvm_opts[@]}" "${extra_opts[@]}" \
    --module-path="$ES_DIST/lib" --add-modules=jdk.net --add-modules=jdk.management.agent \
    --add-modules=ALL-MODULE-PATH -m "$ES_MAIN")
  printf '%s\n' "$pid" >"$ES_PID_FILE"

  wait_until_ready elasticsearch "$pid" "$ES_START_TIMEOUT" _es_ready_poll \
    "$ES_DIR/logs/$ES_CLUSTER_NAME.log" "$ES_DIR/logs/stdout.log"
  echo "elasticsearch ready on $ES_ADDRESS in $(format_seconds $(($(now_ms) - t0))) s (pid $pid)"
}

elasticsearch_status() {
  local pid
  pid=$(running_pid "$ES_PID_FILE" "$ES_MARKER" "$ES_MAIN")
  print_status elasticsearch "$pid" "$ES_ADDRESS" "not healthy" elasticsearch_healthy 5 2s
}

elasticsearch_stop() {
  stop_pid elasticsearch "$ES_PID_FILE" "$ES_MARKER" "$ES_MAIN" 30
}

elasticsearch_logs() {
  echo "elasticsearch logs: $ES_DIR/logs ($ES_CLUSTER_NAME.log: node log; stdout.log: output until ready; launcher.log: settings helper)"
}
