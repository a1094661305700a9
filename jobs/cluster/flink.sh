#!/usr/bin/env bash
# A real Flink 2.2.1 standalone session cluster on loopback: one JobManager
# (StandaloneSessionClusterEntrypoint) and one TaskManager (TaskManagerRunner) as separate
# processes, assembled from Maven Central (Apache publishes no flink-dist there), started the way
# flink-dist's bin/ scripts start them (JVM and memory arguments from BashJavaUtils). Submits the
# crisis-radar job jar through the REST API, as `flink run` or the web UI would.
#
#   jobs/cluster/flink.sh <install|start|status|stop|logs> [jobmanager|taskmanager]
#   jobs/cluster/flink.sh submit [PROGRAM ARGS...]      (default: run)
#
# Environment, layout and what was verified: jobs/cluster/README.md.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Pid files, readiness waits, process checks, install markers and locks are the local runtime's.
# shellcheck source=../local/lib/common.sh
source "$HERE/../local/lib/common.sh"

FLINK_VERSION=2.2.1
FLINK_REST_PORT="${FLINK_REST_PORT:-8082}"
FLINK_RPC_PORT="${FLINK_RPC_PORT:-6123}"
FLINK_TASK_SLOTS="${FLINK_TASK_SLOTS:-2}"
FLINK_PARALLELISM="${FLINK_PARALLELISM:-$FLINK_TASK_SLOTS}"
FLINK_JM_MEMORY="${FLINK_JM_MEMORY:-1024m}"
FLINK_TM_MEMORY="${FLINK_TM_MEMORY:-1280m}"
FLINK_START_TIMEOUT="${FLINK_START_TIMEOUT:-120}"
FLINK_SUBMIT_TIMEOUT="${FLINK_SUBMIT_TIMEOUT:-180}"
CRISIS_RADAR_JOB_JAR="${CRISIS_RADAR_JOB_JAR:-$REPO_DIR/target/crisis-radar-0.1.0-SNAPSHOT-job.jar}"
JOB_ENTRY_CLASS=io.crisisradar.cli.Main

FLINK_DIST="$DIST_DIR/flink-$FLINK_VERSION"
FLINK_DIR="$CRISIS_RADAR_INSTANCE_DIR/flink"
FLINK_CONF_DIR="$FLINK_DIR/conf"
FLINK_LOG_DIR="$FLINK_DIR/log"
FLINK_REST="http://$BIND_HOST:$FLINK_REST_PORT"
# Both command lines contain "--configDir <this>": it is how stop/status recognise our processes.
FLINK_MARKER="$FLINK_CONF_DIR"
JM_MAIN=org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint
TM_MAIN=org.apache.flink.runtime.taskexecutor.TaskManagerRunner
JM_PID_FILE="$CRISIS_RADAR_INSTANCE_DIR/flink-jobmanager.pid"
TM_PID_FILE="$CRISIS_RADAR_INSTANCE_DIR/flink-taskmanager.pid"

# flink-dist's conf/config.yaml passes these on Java 17 (env.java.opts.all); Flink's serializers
# and the RPC system reflect into the JDK.
JDK17_OPTS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED
  --add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

usage() {
  cat >&2 <<EOF
usage: $0 <command> [jobmanager|taskmanager]
       $0 submit [PROGRAM ARGS...]

commands:
  install   assemble the Flink $FLINK_VERSION classpath into \$CRISIS_RADAR_HOME/dist (idempotent)
  start     install if needed, write config.yaml, start the JobManager and the TaskManager, wait
            until the TaskManager's slots are registered (reuses running ones)
  status    healthy/running/stopped per process, and the jobs; exit 0 only if all are healthy
  stop      SIGTERM, wait up to 30 s, then SIGKILL (TaskManager first); removes the pid files
  submit    upload the job jar through REST and run it (entry class $JOB_ENTRY_CLASS);
            arguments are the program's (default: run), e.g. submit run -c /abs/path.properties
  logs      print where the logs are

instance: $FLINK_DIR   web UI: $FLINK_REST
EOF
  exit 2
}

# ---------------------------------------------------------------------------------------------
# Java: the default java (17; Flink 2.2 also runs on 11 and 21), or FLINK_JAVA_HOME.
# ---------------------------------------------------------------------------------------------
flink_java() {
  if [[ -n "${FLINK_JAVA_HOME:-}" ]]; then
    [[ -x "$FLINK_JAVA_HOME/bin/java" ]] || die "FLINK_JAVA_HOME=$FLINK_JAVA_HOME has no bin/java"
    printf '%s\n' "$FLINK_JAVA_HOME/bin/java"
  else
    kafka_java # JAVA_HOME's java, else java on PATH (lib/common.sh)
  fi
}

require_curl() {
  command -v curl >/dev/null 2>&1 || die "curl is needed to talk to the Flink REST API (apt-get install curl)"
}

# ---------------------------------------------------------------------------------------------
# install: dist/flink-2.2.1/lib (flink-runtime, flink-streaming-java, flink-clients,
# flink-runtime-web, flink-connector-base, flink-connector-files, log4j 2 + bindings, and their runtime dependencies).
# ---------------------------------------------------------------------------------------------
_flink_fingerprint() {
  (cd "$REPO_DIR" && install_fingerprint jobs/cluster/pom.xml)
}

flink_install() {
  install_once "$FLINK_DIST" "$(_flink_fingerprint)" _flink_install_locked
}

_flink_install_locked() {
  local fingerprint=$1
  require_maven
  log "assembling the Flink $FLINK_VERSION cluster classpath from Maven Central into $FLINK_DIST…"
  local t0 staging="$FLINK_DIST.partial"
  t0=$(now_ms)
  rm -rf "$staging"
  mvn_copy_deps "$HERE/pom.xml" "$staging/lib" "$staging/install-logs/maven-lib.log"
  mark_installed "$staging" "$FLINK_DIST" "$fingerprint"
  log "Flink $FLINK_VERSION assembled ($(find "$FLINK_DIST/lib" -name '*.jar' | wc -l) jars) in $(format_seconds $(($(now_ms) - t0))) s"
}

# ---------------------------------------------------------------------------------------------
# Instance configuration (config.yaml: Flink 2 no longer reads flink-conf.yaml).
# ---------------------------------------------------------------------------------------------
_flink_write_config() {
  mkdir -p "$FLINK_CONF_DIR" "$FLINK_LOG_DIR" "$FLINK_DIR"/{checkpoints,savepoints,tmp,web-upload}
  cat >"$FLINK_CONF_DIR/config.yaml" <<EOF
# Written by jobs/cluster/flink.sh when the JobManager starts; edits here are overwritten.
# Loopback only: nothing here is secured.
jobmanager:
  bind-host: $BIND_HOST
  rpc:
    address: $BIND_HOST
    port: $FLINK_RPC_PORT
  memory:
    process:
      size: $FLINK_JM_MEMORY
  execution:
    failover-strategy: region
taskmanager:
  bind-host: $BIND_HOST
  host: $BIND_HOST
  numberOfTaskSlots: $FLINK_TASK_SLOTS
  memory:
    process:
      size: $FLINK_TM_MEMORY
parallelism:
  default: $FLINK_PARALLELISM
cluster:
  # A System.exit() in user code (a program's main() run by a REST submission inside the
  # JobManager, or a task) throws instead of ending the JobManager or TaskManager process.
  intercept-user-system-exit: THROW
rest:
  address: $BIND_HOST
  bind-address: $BIND_HOST
  port: $FLINK_REST_PORT
web:
  upload:
    dir: $FLINK_DIR/web-upload
  tmpdir: $FLINK_DIR/tmp
io:
  tmp:
    dirs: $FLINK_DIR/tmp
execution:
  checkpointing:
    dir: file://$FLINK_DIR/checkpoints
    savepoint-dir: file://$FLINK_DIR/savepoints
    # A cancelled job keeps its last checkpoint, so it can be resubmitted from it.
    externalized-checkpoint-retention: RETAIN_ON_CANCELLATION
EOF
  # flink-dist's conf/log4j.properties: one rolling file per process, rolled at every start (so a
  # killed TaskManager's log survives as taskmanager.log.1 next to its successor's).
  cat >"$FLINK_CONF_DIR/log4j.properties" <<'EOF'
monitorInterval = 30
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = MainAppender
logger.pekko.name = org.apache.pekko
logger.pekko.level = INFO
logger.kafka.name = org.apache.kafka
logger.kafka.level = INFO
logger.shaded_zookeeper.name = org.apache.flink.shaded.zookeeper3
logger.shaded_zookeeper.level = INFO
appender.main.name = MainAppender
appender.main.type = RollingFile
appender.main.append = true
appender.main.fileName = ${sys:log.file}
appender.main.filePattern = ${sys:log.file}.%i
appender.main.layout.type = PatternLayout
appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n
appender.main.policies.type = Policies
appender.main.policies.size.type = SizeBasedTriggeringPolicy
appender.main.policies.size.size = 100MB
appender.main.policies.startup.type = OnStartupTriggeringPolicy
appender.main.strategy.type = DefaultRolloverStrategy
appender.main.strategy.max = 10
logger.netty.name = org.jboss.netty.channel.DefaultChannelPipeline
logger.netty.level = OFF
EOF
}

# _flink_resource_params <GET_JM_RESOURCE_PARAMS|GET_TM_RESOURCE_PARAMS> [-D key=value...]
# Prints two lines, as flink-dist's config.sh gets them: the JVM memory flags (-Xmx, -Xms,
# -XX:MaxDirectMemorySize, -XX:MaxMetaspaceSize) and the derived memory settings as -D pairs.
_flink_resource_params() {
  local command=$1 out
  shift
  out=$("$(flink_java)" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$FLINK_DIST/no-such-file" -Dlog4j2.level=ERROR \
    -cp "$FLINK_DIST/lib/*" org.apache.flink.runtime.util.bash.BashJavaUtils \
    "$command" --configDir "$FLINK_CONF_DIR" "$@" 2>&1) ||
    {
      printf '%s\n' "$out" >&2
      die "BashJavaUtils $command failed (is the memory configuration valid?)"
    }
  local results
  results=$(printf '%s\n' "$out" | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p' | tail -n 2)
  [[ $(printf '%s\n' "$results" | grep -c .) -eq 2 ]] || {
    printf '%s\n' "$out" >&2
    die "unexpected output from BashJavaUtils $command"
  }
  printf '%s\n' "$results"
}

# _flink_launch <role> <main class> <resource command> [-D key=value...]: starts one process
# like flink-daemon.sh does and prints its pid.
_flink_launch() {
  local role=$1 main=$2 command=$3
  shift 3
  local params jvm_params dynamic
  params=$(_flink_resource_params "$command" "$@")
  jvm_params=$(head -n 1 <<<"$params")
  dynamic=$(tail -n 1 <<<"$params")
  local -a jvm dyn
  read -r -a jvm <<<"$jvm_params"
  read -r -a dyn <<<"$dynamic"
  # Run from the instance directory, with plugins (e.g. flink-s3-fs-presto for s3:// checkpoints)
  # read from its plugins/ folder, as flink-dist reads <FLINK_HOME>/plugins.
  mkdir -p "$FLINK_DIR/plugins"
  cd "$FLINK_DIR"
  FLINK_PLUGINS_DIR="$FLINK_DIR/plugins" launch_detached /dev/null "$FLINK_LOG_DIR/$role.out" \
    "$(flink_java)" "${jvm[@]}" "${JDK17_OPTS[@]}" \
    -Djava.io.tmpdir="$FLINK_DIR/tmp" \
    -Dlog.file="$FLINK_LOG_DIR/$role.log" \
    -Dlog4j.configuration="file:$FLINK_CONF_DIR/log4j.properties" \
    -Dlog4j.configurationFile="file:$FLINK_CONF_DIR/log4j.properties" \
    -classpath "$FLINK_DIST/lib/*" "$main" --configDir "$FLINK_CONF_DIR" "$@" "${dyn[@]}"
}

# ---------------------------------------------------------------------------------------------
# REST helpers (no jq: the few fields we read are picked with sed).
# ---------------------------------------------------------------------------------------------
_rest_get() { curl -fsS --max-time 5 "$FLINK_REST$1" 2>/dev/null; }

# _json_field <name>: the first string or number value of "name" in the JSON on stdin.
_json_field() {
  grep -o "\"$1\":\(\"[^\"]*\"\|[0-9.-]*\)" | head -n 1 | sed 's/^"[^"]*"://; s/^"//; s/"$//'
}

_json_string() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\n'/\\n}
  s=${s//$'\r'/\\r}
  s=${s//$'\t'/\\t}
  printf '"%s"' "$s"
}

jobmanager_healthy() { _rest_get /overview >/dev/null; }

# The TaskManager started by us is registered when /taskmanagers lists its resource id.
TM_RESOURCE_ID=
taskmanager_registered() {
  [[ -n "$TM_RESOURCE_ID" ]] && _rest_get /taskmanagers | grep -q "\"id\":\"$TM_RESOURCE_ID\""
}

# _tm_resource_id <pid>: the resource id on a running TaskManager's command line.
_tm_resource_id() {
  tr '\0' '\n' <"/proc/$1/cmdline" 2>/dev/null | sed -n 's/^taskmanager\.resource-id=//p' | head -n 1
}

# _job_summary <job id>: "<state> <running tasks> <total tasks>" from /jobs/overview.
_job_summary() {
  local jobs record
  jobs=$(_rest_get /jobs/overview) || return 1
  while IFS= read -r record; do
    [[ "$record" == *"\"jid\":\"$1\""* ]] || continue
    printf '%s %s %s\n' "$(_json_field state <<<"$record")" \
      "$(_json_field running <<<"${record#*'"tasks"'}")" "$(_json_field total <<<"${record#*'"tasks"'}")"
    return 0
  done <<<"${jobs//'{"jid"'/$'\n''{"jid"'}"
  return 1
}

_overview_line() {
  local o
  o=$(_rest_get /overview) || return 1
  printf '%s TaskManager(s), %s/%s slots free, %s job(s) running' \
    "$(_json_field taskmanagers <<<"$o")" "$(_json_field slots-available <<<"$o")" \
    "$(_json_field slots-total <<<"$o")" "$(_json_field jobs-running <<<"$o")"
}

# ---------------------------------------------------------------------------------------------
# Commands.
# ---------------------------------------------------------------------------------------------
with_instance_lock() {
  mkdir -p "$CRISIS_RADAR_INSTANCE_DIR"
  exec 8>"$CRISIS_RADAR_INSTANCE_DIR/.lock"
  flock -w 300 8 || die "another script is busy with $CRISIS_RADAR_INSTANCE_DIR (lock held > 300 s)"
}

jobmanager_start() {
  local pid
  pid=$(running_pid "$JM_PID_FILE" "$FLINK_MARKER" "$JM_MAIN")
  if [[ -n "$pid" ]]; then
    if ! jobmanager_healthy; then
      log "jobmanager (pid $pid) is running but not answering yet, waiting up to ${FLINK_START_TIMEOUT}s…"
      wait_until_ready jobmanager "$pid" "$FLINK_START_TIMEOUT" jobmanager_healthy \
        "$FLINK_LOG_DIR/jobmanager.log" "$FLINK_LOG_DIR/jobmanager.out"
    fi
    echo "jobmanager already running on $FLINK_REST (pid $pid), reusing it"
    return 0
  fi
  local port
  for port in "$FLINK_REST_PORT" "$FLINK_RPC_PORT"; do
    port_free "$BIND_HOST" "$port" ||
      die "port $port on $BIND_HOST is taken by another process (set FLINK_REST_PORT / FLINK_RPC_PORT)"
  done
  local t0
  t0=$(now_ms)
  _flink_write_config
  log "starting jobmanager (REST and web UI on $FLINK_REST, RPC $BIND_HOST:$FLINK_RPC_PORT)…"
  pid=$(_flink_launch jobmanager "$JM_MAIN" GET_JM_RESOURCE_PARAMS)
  printf '%s\n' "$pid" >"$JM_PID_FILE"
  wait_until_ready jobmanager "$pid" "$FLINK_START_TIMEOUT" jobmanager_healthy \
    "$FLINK_LOG_DIR/jobmanager.log" "$FLINK_LOG_DIR/jobmanager.out"
  echo "jobmanager ready on $FLINK_REST in $(format_seconds $(($(now_ms) - t0))) s (pid $pid)"
}

taskmanager_start() {
  local pid
  pid=$(running_pid "$TM_PID_FILE" "$FLINK_MARKER" "$TM_MAIN")
  jobmanager_healthy || die "the jobmanager on $FLINK_REST is not answering; start it first ($0 start)"
  if [[ -n "$pid" ]]; then
    TM_RESOURCE_ID=$(_tm_resource_id "$pid")
    if ! taskmanager_registered; then
      log "taskmanager (pid $pid) is running but not registered yet, waiting up to ${FLINK_START_TIMEOUT}s…"
      wait_until_ready taskmanager "$pid" "$FLINK_START_TIMEOUT" taskmanager_registered \
        "$FLINK_LOG_DIR/taskmanager.log" "$FLINK_LOG_DIR/taskmanager.out"
    fi
    echo "taskmanager already running (pid $pid, $TM_RESOURCE_ID), reusing it"
    return 0
  fi
  [[ -f "$FLINK_CONF_DIR/config.yaml" ]] || _flink_write_config
  local t0
  t0=$(now_ms)
  # A fresh id per start: readiness means "this process registered", not "some TaskManager is
  # listed" (a killed one stays listed until its heartbeat times out).
  TM_RESOURCE_ID="crisis-radar-tm-$(date +%s)-$$"
  log "starting taskmanager $TM_RESOURCE_ID ($FLINK_TASK_SLOTS slots)…"
  pid=$(_flink_launch taskmanager "$TM_MAIN" GET_TM_RESOURCE_PARAMS -D "taskmanager.resource-id=$TM_RESOURCE_ID")
  printf '%s\n' "$pid" >"$TM_PID_FILE"
  wait_until_ready taskmanager "$pid" "$FLINK_START_TIMEOUT" taskmanager_registered \
    "$FLINK_LOG_DIR/taskmanager.log" "$FLINK_LOG_DIR/taskmanager.out"
  echo "taskmanager registered in $(format_seconds $(($(now_ms) - t0))) s (pid $pid, $TM_RESOURCE_ID)"
}

flink_status() {
  local rc=0 pid
  pid=$(running_pid "$JM_PID_FILE" "$FLINK_MARKER" "$JM_MAIN")
  if [[ -z "$pid" ]]; then
    printf '%-12s %-8s %-10s %s\n' jobmanager stopped - "$FLINK_REST"
    rc=1
  elif jobmanager_healthy; then
    printf '%-12s %-8s %-10s %s\n' jobmanager healthy "pid $pid" "$FLINK_REST ($(_overview_line))"
  else
    printf '%-12s %-8s %-10s %s\n' jobmanager running "pid $pid" "$FLINK_REST (not answering)"
    rc=1
  fi
  pid=$(running_pid "$TM_PID_FILE" "$FLINK_MARKER" "$TM_MAIN")
  if [[ -z "$pid" ]]; then
    printf '%-12s %-8s %-10s\n' taskmanager stopped -
    rc=1
  else
    TM_RESOURCE_ID=$(_tm_resource_id "$pid")
    if taskmanager_registered; then
      printf '%-12s %-8s %-10s %s\n' taskmanager healthy "pid $pid" "$TM_RESOURCE_ID (registered)"
    else
      printf '%-12s %-8s %-10s %s\n' taskmanager running "pid $pid" "$TM_RESOURCE_ID (not registered)"
      rc=1
    fi
  fi
  # The jobs, one line each: id, state, name.
  local jobs
  if jobs=$(_rest_get /jobs/overview); then
    local record
    while IFS= read -r record; do
      [[ "$record" == *'"jid"'* ]] || continue
      # A job is RUNNING while its tasks wait for slots: the task counts tell whether it runs.
      printf '%-12s %-8s %s  %s (%s/%s tasks running)\n' job "$(_json_field state <<<"$record")" \
        "$(_json_field jid <<<"$record")" "$(_json_field name <<<"$record")" \
        "$(_json_field running <<<"${record#*'"tasks"'}")" "$(_json_field total <<<"${record#*'"tasks"'}")"
    done <<<"${jobs//'{"jid"'/$'\n''{"jid"'}"
  fi
  return "$rc"
}

flink_submit() {
  require_curl
  local jar=$CRISIS_RADAR_JOB_JAR
  [[ -f "$jar" ]] || die "job jar $jar not found; build it with: (cd $REPO_DIR && mvn -B package -DskipTests), or set CRISIS_RADAR_JOB_JAR"
  jobmanager_healthy || die "no Flink cluster answers on $FLINK_REST; start one with: $0 start"
  (($# > 0)) || set -- run
  local response status body t0
  t0=$(now_ms)
  log "uploading $(basename "$jar") ($(($(stat -c %s "$jar") / 1024 / 1024)) MiB) to $FLINK_REST/jars/upload…"
  response=$(curl -sS --max-time "$FLINK_SUBMIT_TIMEOUT" -w '\n%{http_code}' -X POST \
    -F "jarfile=@$jar;type=application/x-java-archive" "$FLINK_REST/jars/upload") ||
    die "upload to $FLINK_REST failed"
  status=${response##*$'\n'}
  body=${response%$'\n'*}
  [[ "$status" == 200 ]] || die "upload answered HTTP $status: $body"
  local jar_id
  jar_id=$(_json_field filename <<<"$body")
  jar_id=${jar_id##*/}
  [[ -n "$jar_id" ]] || die "upload answered without a file name: $body"

  local args="" a
  for a in "$@"; do args+="${args:+,}$(_json_string "$a")"; done
  local request
  request=$(printf '{"entryClass":%s,"programArgsList":[%s],"parallelism":%d}' \
    "$(_json_string "$JOB_ENTRY_CLASS")" "$args" "$FLINK_PARALLELISM")
  log "running $JOB_ENTRY_CLASS $* (parallelism $FLINK_PARALLELISM)…"
  response=$(curl -sS --max-time "$FLINK_SUBMIT_TIMEOUT" -w '\n%{http_code}' -X POST \
    -H 'Content-Type: application/json' -d "$request" "$FLINK_REST/jars/$jar_id/run") ||
    die "run request to $FLINK_REST failed"
  status=${response##*$'\n'}
  body=${response%$'\n'*}
  # The uploaded copy is not needed once the job is submitted (its jar is in the blob store).
  curl -sS --max-time 10 -o /dev/null -X DELETE "$FLINK_REST/jars/$jar_id" || true
  if [[ "$status" != 200 ]]; then
    # The body holds the program's exception (e.g. a configuration error) with its stack trace.
    printf '%s\n' "$body" | sed 's/\\n/\n/g; s/\\t/\t/g' >&2
    die "the run request answered HTTP $status (the program's error is above; JobManager log: $FLINK_LOG_DIR/jobmanager.log)"
  fi
  local job_id
  job_id=$(_json_field jobid <<<"$body")
  [[ -n "$job_id" ]] || die "the run request answered without a job id: $body"
  echo "job id: $job_id (submitted in $(format_seconds $(($(now_ms) - t0))) s)"
  echo "web UI: $FLINK_REST/#/job/running/$job_id/overview"
  # Report the state once every task runs (a job is RUNNING before its tasks are deployed), or
  # why it does not.
  local deadline=$((SECONDS + 60)) state="" running="" total=""
  while ((SECONDS < deadline)); do
    read -r state running total < <(_job_summary "$job_id") || true
    case "$state" in
      RUNNING) [[ -n "$total" && "$running" == "$total" ]] && break ;;
      FAILED | FAILING | CANCELED | FINISHED) break ;;
    esac
    sleep 1
  done
  echo "state:  ${state:-unknown} (${running:-?}/${total:-?} tasks running)"
  if [[ "$state" == FAILED || "$state" == FAILING ]]; then
    _rest_get "/jobs/$job_id/exceptions" | sed 's/\\n/\n/g; s/\\t/\t/g' | head -n 40 >&2 || true
    return 1
  fi
}

flink_logs() {
  echo "flink logs: $FLINK_LOG_DIR (jobmanager.log, taskmanager.log: process logs, rolled at each start to *.log.1…; *.out: JVM output)"
  echo "config:     $FLINK_CONF_DIR/config.yaml   checkpoints: $FLINK_DIR/checkpoints   savepoints: $FLINK_DIR/savepoints"
}

(($# >= 1)) || usage
command=$1
shift
if [[ "$command" != submit ]]; then
  (($# <= 1)) || usage
  case "${1:-all}" in
    all) roles=(jobmanager taskmanager) ;;
    jobmanager | jm) roles=(jobmanager) ;;
    taskmanager | tm) roles=(taskmanager) ;;
    *) usage ;;
  esac
fi

case "$command" in
  install)
    flink_install
    log "installed: flink $FLINK_VERSION (in $FLINK_DIST)"
    ;;
  start)
    require_curl
    flink_install
    with_instance_lock
    t_start=$(now_ms)
    for r in "${roles[@]}"; do "${r}_start"; done
    echo "flink cluster ready in $(format_seconds $(($(now_ms) - t_start))) s: $(_overview_line) — web UI $FLINK_REST"
    ;;
  status)
    require_curl
    flink_status
    ;;
  stop)
    with_instance_lock
    # TaskManager first: the JobManager then sees an orderly disconnect, not a lost heartbeat.
    for ((i = ${#roles[@]} - 1; i >= 0; i--)); do
      case "${roles[i]}" in
        jobmanager) stop_pid jobmanager "$JM_PID_FILE" "$FLINK_MARKER" "$JM_MAIN" 30 ;;
        taskmanager) stop_pid taskmanager "$TM_PID_FILE" "$FLINK_MARKER" "$TM_MAIN" 30 ;;
      esac
    done
    ;;
  submit) flink_submit "$@" ;;
  logs) flink_logs ;;
  *) usage ;;
esac
