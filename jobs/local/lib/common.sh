# shellcheck shell=bash
# Shared functions for the local runtime scripts (sourced, not executed).
#
# Everything here is about processes we start ourselves on loopback: pid files that are checked
# against the process command line before anyone is signalled, waits with deadlines, install
# locks and the search for a JDK that Elasticsearch 9 accepts.

# ---------------------------------------------------------------------------------------------
# Locations. Every path of one running instance lives under CRISIS_RADAR_INSTANCE_DIR so that a
# second instance (tests, demos) can run beside the default one on other ports.
# ---------------------------------------------------------------------------------------------
LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$LOCAL_DIR/../.." && pwd)"
CRISIS_RADAR_HOME="${CRISIS_RADAR_HOME:-$REPO_DIR/.runtime}"
CRISIS_RADAR_INSTANCE_DIR="${CRISIS_RADAR_INSTANCE_DIR:-$CRISIS_RADAR_HOME/local}"
# Absolute paths: they end up in pid checks and in the services' command lines.
CRISIS_RADAR_HOME="$(realpath -m -- "$CRISIS_RADAR_HOME")"
CRISIS_RADAR_INSTANCE_DIR="$(realpath -m -- "$CRISIS_RADAR_INSTANCE_DIR")"
DIST_DIR="$CRISIS_RADAR_HOME/dist"

# Only loopback: nothing here is secured (no TLS, no auth on the Elasticsearch node).
# shellcheck disable=SC2034 # used by the service scripts that source this file
BIND_HOST=127.0.0.1

# ---------------------------------------------------------------------------------------------
# Messages. Progress goes to stderr so that stdout stays parseable where a function prints data.
# ---------------------------------------------------------------------------------------------
log() { printf '%s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Milliseconds since the epoch (GNU date), for start-up timings.
now_ms() { date +%s%3N; }

# Formats a duration in milliseconds as seconds with one decimal: 3412 -> 3.4
format_seconds() {
  local ms=$1
  printf '%d.%d' $((ms / 1000)) $(((ms % 1000) / 100))
}

# ---------------------------------------------------------------------------------------------
# Maven: the distributions are assembled from Maven Central with the ordinary client.
# ---------------------------------------------------------------------------------------------
require_maven() {
  command -v mvn >/dev/null 2>&1 ||
    die "Maven (mvn) is needed to assemble the local services from Maven Central; install it (e.g. apt-get install maven)"
}

# Pinned: the bare "dependency:" prefix resolves to whatever version Maven's super POM picks
# (2.8 from 2013 on Maven 3.8).
MVN_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# mvn_copy_deps <pom> <output dir> <log file> [extra maven args...]
# Copies the runtime dependencies of an artifact-list POM into a folder; Maven's own output goes
# to the log file (never into the output folder: a stray file in modules/ breaks the node) and is
# shown only when Maven fails.
mvn_copy_deps() {
  local pom=$1 out=$2 mvn_log=$3
  shift 3
  mkdir -p "$out" "$(dirname "$mvn_log")"
  if ! mvn -B -q -Dstyle.color=never -f "$pom" \
    "$MVN_DEPENDENCY_PLUGIN:copy-dependencies" -DincludeScope=runtime -DoutputDirectory="$out" "$@" \
    >"$mvn_log" 2>&1; then
    tail -n 40 "$mvn_log" >&2
    die "Maven could not resolve $pom (log: $mvn_log)"
  fi
}

# ---------------------------------------------------------------------------------------------
# Idempotent installs. A distribution is built in a staging folder and renamed into place with a
# marker file, so an interrupted install leaves no marker and is redone from scratch, and a
# finished one makes the next install instant. A lock serialises concurrent installs (two
# instances started at the same time share one dist/).
# ---------------------------------------------------------------------------------------------
# The marker holds a fingerprint of the install's inputs (POMs, helper sources), so editing a POM
# (a version bump) reassembles the distribution instead of silently keeping the old jars.
INSTALL_MARKER=.installed

# install_fingerprint <input file...>: one hash over the names and contents of the inputs.
install_fingerprint() {
  local f
  for f in "$@"; do
    printf '%s\n' "${f#"$LOCAL_DIR"/}"
    cat -- "$f"
  done | sha256sum | cut -d' ' -f1
}

# is_installed <dist dir> <fingerprint>
is_installed() {
  [[ -f "$1/$INSTALL_MARKER" && "$(cat -- "$1/$INSTALL_MARKER")" == "$2" ]]
}

# mark_installed <staging dir> <final dir> <fingerprint>: the atomic last step of an install.
mark_installed() {
  local staging=$1 final=$2 fingerprint=$3
  printf '%s\n' "$fingerprint" >"$staging/$INSTALL_MARKER"
  if [[ -d "$final" ]]; then
    log "  replacing the previous $(basename "$final") (its inputs changed or its install was incomplete)"
    rm -rf "$final"
  fi
  mv "$staging" "$final"
}

# with_install_lock <command...>: runs the command holding dist/.install.lock.
with_install_lock() {
  mkdir -p "$DIST_DIR"
  (
    flock -w 600 9 || die "timed out waiting for another install to finish ($DIST_DIR/.install.lock)"
    "$@"
  ) 9>"$DIST_DIR/.install.lock"
}

# install_once <dist dir> <fingerprint> <command> [args…]: runs `command args… fingerprint` under
# the install lock unless the dist is installed at that fingerprint. Checked again once the lock
# is held: another process may have finished the same install while we waited.
install_once() {
  local dist=$1 fingerprint=$2
  shift 2
  is_installed "$dist" "$fingerprint" && return 0
  with_install_lock _install_if_missing "$dist" "$fingerprint" "$@"
}

_install_if_missing() {
  local dist=$1 fingerprint=$2
  shift 2
  is_installed "$dist" "$fingerprint" && return 0
  "$@" "$fingerprint"
}

# print_status <name> <pid or empty> <address> <note when unhealthy> <health command…>: one line of
# `status`; returns 0 only when the service runs and the health command succeeds.
print_status() {
  local name=$1 pid=$2 address=$3 unhealthy=$4
  shift 4
  if [[ -z "$pid" ]]; then
    printf '%-14s %-8s %-10s %s\n' "$name" stopped - "$address"
    return 1
  fi
  if "$@"; then
    printf '%-14s %-8s %-10s %s\n' "$name" healthy "pid $pid" "$address"
    return 0
  fi
  printf '%-14s %-8s %-10s %s\n' "$name" running "pid $pid" "$address ($unhealthy)"
  return 1
}

# ---------------------------------------------------------------------------------------------
# Pid files. A pid file alone proves nothing (pids are reused), so a pid only counts as ours when
# /proc/<pid>/cmdline names the service's main class AND this instance's directory, which every
# service command line does. The main class matters: short-lived helpers (storage format, the
# settings writer) also mention the instance directory.
# ---------------------------------------------------------------------------------------------

# pid_is_ours <pid> <instance marker> <main class>
pid_is_ours() {
  local pid=$1 marker=$2 main=$3 cmdline
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ "$cmdline" == *"$marker"* && "$cmdline" == *" $main"* ]]
}

# read_pid <pid file>: prints the pid, or nothing if there is no pid file.
read_pid() {
  [[ -f "$1" ]] || return 0
  tr -dc '0-9' <"$1"
}

# find_instance_pid <instance marker> <main class>: a process of this instance that lost its pid
# file (deleted by hand, crash of this script between launch and write). Prints the first pid.
find_instance_pid() {
  local marker=$1 main=$2 f pid
  for f in /proc/[0-9]*/cmdline; do
    pid=${f#/proc/}
    pid=${pid%/cmdline}
    [[ "$pid" == "$$" ]] && continue
    if pid_is_ours "$pid" "$marker" "$main"; then
      printf '%s\n' "$pid"
      return 0
    fi
  done
}

# running_pid <pid file> <instance marker> <main class>: prints the pid if the service of this
# instance is alive. A stale pid file (process gone, or the pid now belongs to another program,
# e.g. another instance's broker) is removed, never acted upon; a live service without a pid file
# is found by its command line and its pid file rewritten.
running_pid() {
  local pid_file=$1 marker=$2 main=$3 pid
  pid=$(read_pid "$pid_file")
  if [[ -n "$pid" ]] && pid_is_ours "$pid" "$marker" "$main"; then
    printf '%s\n' "$pid"
    return 0
  fi
  if [[ -f "$pid_file" ]]; then
    log "removing stale pid file $pid_file (pid ${pid:-?} is not $main of this instance)"
    rm -f "$pid_file"
  fi
  pid=$(find_instance_pid "$marker" "$main")
  if [[ -n "$pid" ]]; then
    log "found $main of this instance running as pid $pid without a pid file; adopting it"
    printf '%s\n' "$pid" >"$pid_file"
    printf '%s\n' "$pid"
  fi
}

# stop_pid <name> <pid file> <instance marker> <main class> [grace seconds]: SIGTERM, wait, then
# SIGKILL.
# Kafka and Elasticsearch both shut down cleanly on SIGTERM (controlled shutdown, flushed
# shards); SIGKILL is only the last resort so that stop never leaves a process behind.
stop_pid() {
  local name=$1 pid_file=$2 marker=$3 main=$4 grace=${5:-30} pid
  pid=$(running_pid "$pid_file" "$marker" "$main")
  if [[ -z "$pid" ]]; then
    log "$name is not running"
    rm -f "$pid_file"
    return 0
  fi
  log "stopping $name (pid $pid)…"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while pid_is_ours "$pid" "$marker" "$main" && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if pid_is_ours "$pid" "$marker" "$main"; then
    log "$name did not stop within ${grace}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while pid_is_ours "$pid" "$marker" "$main" && ((SECONDS < deadline)); do sleep 0.1; done
    pid_is_ours "$pid" "$marker" "$main" && die "$name (pid $pid) survived SIGKILL; pid file kept"
  fi
  rm -f "$pid_file"
  log "$name stopped"
}

# launch_detached <stdin file> <log file> <command...>: starts a command that survives the calling
# shell (own session, immune to SIGHUP) and prints its pid. setsid does not fork here (a
# background job of a non-interactive shell is not a process-group leader), so the printed pid is
# the service's own pid. The lock descriptors (8, 9) are closed: a service inheriting one would
# hold the lock for its whole life. stdout/stderr go to the log file, never to the caller, so a
# caller reading our output (a JUnit test, $(...)) does not wait for the service to exit.
launch_detached() {
  local in=$1 out=$2
  shift 2
  printf '=== %s: starting %s\n' "$(date -Is)" "$*" >>"$out"
  nohup setsid "$@" <"$in" >>"$out" 2>&1 8>&- 9>&- &
  printf '%s\n' "$!"
}

# ---------------------------------------------------------------------------------------------
# Waits.
# ---------------------------------------------------------------------------------------------

# tcp_open <host> <port>: something accepts connections there (bash's /dev/tcp, no nc needed).
tcp_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# port_free <host> <port>
port_free() { ! tcp_open "$1" "$2"; }

# wait_until_ready <name> <pid> <timeout s> <health function> <log file...>
# Polls the health function until it succeeds. Fails, printing the tail of the logs, when the
# process dies or the deadline passes. Liveness uses kill -0, not pid_is_ours: right after the
# launch the pid's command line is still the forked shell's, before nohup/setsid exec java.
wait_until_ready() {
  local name=$1 pid=$2 timeout=$3 healthy=$4
  shift 4
  local deadline=$((SECONDS + timeout))
  until "$healthy"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log_tail "$@"
      die "$name exited during start-up (logs: $(dirname "$1"))"
    fi
    if ((SECONDS >= deadline)); then
      show_log_tail "$@"
      die "$name did not become ready within ${timeout}s (pid $pid still running; logs: $(dirname "$1"))"
    fi
    sleep 0.3
  done
}

# show_log_tail <file...>: the end of a service's logs, for failed starts.
show_log_tail() {
  local f
  for f in "$@"; do
    [[ -s "$f" ]] || continue
    log "----- last lines of $f -----"
    tail -n 40 "$f" >&2
  done
  log "-----"
}

# ---------------------------------------------------------------------------------------------
# Java. Kafka runs on the default java (17 is fine). Elasticsearch 9 needs 21+ (its classes are
# class-file version 65), so it gets its own JDK, found as documented in README.md.
# ---------------------------------------------------------------------------------------------

# java_major <java home>: prints the feature version (17, 21, 25...) or nothing.
# Reads the JDK's release file when there is one (no JVM start), else asks java itself.
java_major() {
  local home=$1 v=
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -f "$home/release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z "$v" ]]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.} # 1.8.0 -> 8.0
  v=${v%%[.+-]*}
  if [[ "$v" =~ ^[0-9]+$ ]]; then printf '%s\n' "$v"; fi
}

# find_es_java_home: prints a JDK home with bin/java and bin/javac of version 21 or newer.
# Order: ES_JAVA_HOME (trusted as given, but checked), JAVA_HOME if 21+, then the newest 21+ JDK
# under the usual install folders. Exits with an explanation when there is none.
find_es_java_home() {
  local candidate major best="" best_major=0 found=() seen=" "
  if [[ -n "${ES_JAVA_HOME:-}" ]]; then
    major=$(java_major "$ES_JAVA_HOME")
    if [[ -n "$major" ]] && ((major >= 21)) && [[ -x "$ES_JAVA_HOME/bin/javac" ]]; then
      printf '%s\n' "$ES_JAVA_HOME"
      return 0
    fi
    die "ES_JAVA_HOME=$ES_JAVA_HOME is not a JDK 21+ (found version: ${major:-none}, javac: $([[ -x "$ES_JAVA_HOME/bin/javac" ]] && echo yes || echo no)); Elasticsearch 9 needs Java 21 or newer"
  fi
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(java_major "$JAVA_HOME")
    if [[ -n "$major" ]] && ((major >= 21)) && [[ -x "$JAVA_HOME/bin/javac" ]]; then
      printf '%s\n' "$JAVA_HOME"
      return 0
    fi
    [[ -n "$major" ]] && found+=("JAVA_HOME=$JAVA_HOME: $major")
  fi
  shopt -s nullglob
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/*; do
    # Debian's alias links (java-1.17.0-openjdk-amd64 -> java-17-openjdk-amd64) are one JDK.
    candidate=$(realpath -- "$candidate")
    [[ "$seen" == *" $candidate "* ]] && continue
    seen+="$candidate "
    major=$(java_major "$candidate")
    [[ -n "$major" ]] || continue
    found+=("$candidate: $major")
    if ((major >= 21)) && [[ -x "$candidate/bin/javac" ]] && ((major > best_major)); then
      best=$candidate
      best_major=$major
    fi
  done
  shopt -u nullglob
  if [[ -n "$best" ]]; then
    printf '%s\n' "$best"
    return 0
  fi
  {
    echo "error: Elasticsearch 9 needs a Java 21+ JDK (java and javac), and none was found."
    if ((${#found[@]})); then
      echo "Java installations found (home: major version):"
      printf '  %s\n' "${found[@]}"
    else
      echo "No Java installation found in ES_JAVA_HOME, JAVA_HOME, /usr/lib/jvm, /opt/java, /opt/*jdk*, ~/.sdkman."
    fi
    echo "Fix: install a JDK 21 or newer (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+),"
    echo "     or point ES_JAVA_HOME at one: ES_JAVA_HOME=/path/to/jdk-21 $0 start elasticsearch"
    echo "(Kafka and the Flink job keep running on the default Java 17.)"
  } >&2
  exit 1
}

# kafka_java: the java for Kafka and its tools (the default one, 17 is enough).
kafka_java() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    command -v java || die "no java on PATH (Kafka needs Java 17+)"
  fi
}
