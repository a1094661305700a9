#!/usr/bin/env bash
# The local demo: real Kafka and Elasticsearch, a generated scenario (31 hours of four brands with a
# viral delivery crisis and a benign campaign spike, `generate-scenario --preset demo`) plus a few
# invalid records replayed into Kafka, and the crisis-radar job running in Flink's embedded
# mini-cluster with its web UI. Ends when every record is in Elasticsearch and the crisis episode
# has opened and resolved, leaving the job and the services running so you can look around;
# `jobs/local/demo.sh stop` stops everything.
#
#   jobs/local/demo.sh [start|stop|status]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
INSTANCE="${CRISIS_RADAR_INSTANCE_DIR:-$ROOT/.runtime/local}"
JOB_DIR="$INSTANCE/job"
JOB_PID="$JOB_DIR/demo-job.pid"
ES="http://127.0.0.1:${ES_HTTP_PORT:-9200}"
WEB_UI_PORT="${CRISIS_RADAR_WEB_UI_PORT:-8081}"
INVALID="$HERE/sample/invalid.ndjson"
SCENARIO_DIR="$INSTANCE/demo"
TIMEOUT_S="${CRISIS_RADAR_DEMO_TIMEOUT_S:-600}"
CLI="$HERE/crisis-radar"
SETTINGS=(--set "elasticsearch.hosts=$ES" --set "kafka.bootstrap-servers=127.0.0.1:${KAFKA_PORT:-9092}"
  --set "enrich.brands-file=$HERE/brands.json")

step() { printf '\n==> %s\n' "$*"; }

count() { # count <index pattern> [query]: documents in matching indices, 0 when none exist yet
  curl -fsS "$ES/$1/_count?ignore_unavailable=true&allow_no_indices=true&${2:-}" 2>/dev/null |
    sed -n 's/.*"count":\([0-9]*\).*/\1/p' || echo 0
}

job_running() { [[ -f $JOB_PID ]] && kill -0 "$(cat "$JOB_PID")" 2>/dev/null; }

stop_job() {
  if job_running; then
    local pid; pid=$(cat "$JOB_PID")
    echo "stopping the demo job (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$JOB_PID"
}

start() {
  local started=$SECONDS
  step "1/6 building the job jar (skipped when up to date)"
  "$CLI" --version

  step "2/6 starting Kafka and Elasticsearch (jobs/local/services.sh start)"
  "$HERE/services.sh" start

  step "3/6 installing index templates and creating topics"
  "$CLI" templates install "${SETTINGS[@]}"
  "$CLI" topics "${SETTINGS[@]}"

  # Counts before this run: a second demo must wait for its own records, not the first run's.
  local base_m base_d
  base_m=$(count 'crisis-radar-mentions-*'); base_d=$(count 'crisis-radar-deadletters-*')

  step "4/6 generating the demo scenario and replaying it, with $(wc -l <"$INVALID") invalid records, into Kafka"
  mkdir -p "$SCENARIO_DIR"
  "$CLI" generate-scenario --preset demo -o "$SCENARIO_DIR/demo.ndjson" --labels "$SCENARIO_DIR/demo.labels.json"
  cat "$SCENARIO_DIR/demo.ndjson" "$INVALID" >"$SCENARIO_DIR/stream.ndjson"
  "$CLI" replay "$SCENARIO_DIR/stream.ndjson" "${SETTINGS[@]}"
  local mentions dead_letters
  mentions=$(wc -l <"$SCENARIO_DIR/demo.ndjson"); dead_letters=$(wc -l <"$INVALID")

  step "5/6 running the job (Flink web UI: http://127.0.0.1:$WEB_UI_PORT)"
  mkdir -p "$JOB_DIR"
  stop_job
  nohup "$CLI" run --skip-templates "${SETTINGS[@]}" --set "job.web-ui-port=$WEB_UI_PORT" \
    >"$JOB_DIR/demo-job.out" 2>&1 &
  echo $! >"$JOB_PID"
  echo "job pid $(cat "$JOB_PID"), output in $JOB_DIR/demo-job.out, log in $JOB_DIR/crisis-radar.log"

  step "6/6 waiting until every record is in Elasticsearch and the crisis episode has resolved"
  local deadline=$((SECONDS + TIMEOUT_S)) m=0 d=0 opened=0 resolved=0
  while ((SECONDS < deadline)); do
    job_running || { echo "the job stopped unexpectedly; last output:" >&2; tail -n 40 "$JOB_DIR/demo-job.out" >&2; exit 1; }
    m=$(count 'crisis-radar-mentions-*'); d=$(count 'crisis-radar-deadletters-*')
    opened=$(count 'crisis-radar-episodes-*' 'q=crisis_radar.episode.brand:blysk')
    resolved=$(count 'crisis-radar-episodes-*' 'q=crisis_radar.episode.brand:blysk%20AND%20crisis_radar.episode.status:resolved')
    printf '  mentions %5d / %d   dead letters %3d / %d   Błysk episodes opened %d, resolved %d\n' \
      "$m" "$mentions" "$((d - base_d))" "$dead_letters" "$opened" "$resolved"
    # Mentions overwrite by id (a rerun ends with the same count); dead letters of a rerun are new
    # records at new offsets, so they add up.
    if ((m >= mentions && m >= base_m && d - base_d >= dead_letters && resolved >= 1)); then break; fi
    sleep 5
  done
  ((m >= mentions && d - base_d >= dead_letters && resolved >= 1)) ||
    { echo "timed out after ${TIMEOUT_S}s; see $JOB_DIR" >&2; exit 1; }

  printf '\nDone in %d s. The episodes (the Błysk crisis; the FreshCo campaign must not be one):\n' $((SECONDS - started))
  local e='hits.hits._source.crisis_radar.episode'
  curl -fsS "$ES/crisis-radar-episodes-*/_search?pretty&sort=@timestamp&filter_path=$e.brand,$e.status,$e.severity,$e.start,$e.detected_at,$e.end,$e.peak_score,$e.triggers,$e.peak_explanation,$e.evidence.unusual_terms.term,$e.evidence.categories,$e.evidence.top_negative_mentions.message"
  printf '\nIndices:\n'
  curl -fsS "$ES/_cat/indices/crisis-radar-*?v&h=index,docs.count,store.size&s=index"
  cat <<TXT

  Flink web UI      http://127.0.0.1:$WEB_UI_PORT   (the job keeps running: send more with
                    jobs/local/crisis-radar replay FILE)
  mentions          curl '$ES/crisis-radar-mentions-*/_search?q=crisis_radar.brands:blysk&pretty'
  window metrics    curl '$ES/crisis-radar-metrics-*/_search?q=crisis_radar.window.key:blysk%20AND%20crisis_radar.window.spec:15m-1m&sort=crisis_radar.metrics.volume:desc&size=1&pretty'
  crisis scores     curl '$ES/crisis-radar-metrics-*/_search?q=crisis_radar.crisis.severity:crisis&sort=crisis_radar.crisis.score:desc&size=1&pretty&_source=crisis_radar.window,crisis_radar.crisis'
  episodes          curl '$ES/crisis-radar-episodes-*/_search?pretty'
  alerts            jobs/local/kafka-tool.sh console-consumer --topic crisis-alerts --from-beginning --timeout-ms 5000
  scenario labels   $SCENARIO_DIR/demo.labels.json (what was injected, for comparison)
  dead letters      curl '$ES/crisis-radar-deadletters-*/_search?pretty&_source=error,crisis_radar.source'
  negative, by reach curl -H 'Content-Type: application/json' '$ES/crisis-radar-mentions-*/_search?pretty' -d '{"query":{"term":{"crisis_radar.sentiment.label":"NEGATIVE"}},"sort":[{"crisis_radar.reach":"desc"}],"size":3}'
  Kafka dead letters topic mentions-deadletters on 127.0.0.1:${KAFKA_PORT:-9092}
  stop everything   jobs/local/demo.sh stop
TXT
}

case "${1:-start}" in
  start) start ;;
  stop) stop_job; "$HERE/services.sh" stop ;;
  status) job_running && echo "demo job running (pid $(cat "$JOB_PID"))" || echo "demo job not running"; "$HERE/services.sh" status ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
