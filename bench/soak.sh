#!/usr/bin/env bash
# Load and overload soak: streamed and plain chat completions through the proxy under test
# (Veil by default) at rising concurrency (100, 250, 500, 1000 streams held open), sampling the
# proxy's RSS, threads, open files and connections, then checking that nothing is left after
# the load. Loopback only, bounded in time. See bench/README.md.
#
# Settings (environment):
#   QUICK=0        1: ~1.5 minute run (12 s stages, 5 s streams, 10 s settle); default ~10 minutes
#   PROXY=veil     or nginx (the same load through nginx, as a baseline), or direct (no proxy:
#                  the load side's own limits; the samples are then the upstream's)
#   LEVELS="100 250 500 1000" STAGE_SECONDS=120 STREAM_EVENTS=30 STREAM_INTERVAL=0.5
#   PLAIN_RPS=100 RAMP=250 (connections/s) SETTLE=65 SAMPLE=5 RSS_LIMIT_MB=512
#   JAVA=<Temurin 25 if present, else java>  VEIL_JAR=target/veil.jar  JAVA_OPTS=
#   MAX_THREADS=400 (raised automatically on Java < 21, where each open stream holds a thread)
#   PROXY_CPU=1 LOAD_CPU=0
# Output: live samples and a summary on stdout; samples.jsonl and logs in bench/out/soak-<timestamp>/.
set -euo pipefail
TEMURIN25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
if [ -z "${JAVA:-}" ] && [ -x "$TEMURIN25" ]; then JAVA=$TEMURIN25; fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

QUICK=${QUICK:-0}
PROXY=${PROXY:-veil}
LEVELS=${LEVELS:-100 250 500 1000}
if [ "$QUICK" = 1 ]; then
  STAGE_SECONDS=${STAGE_SECONDS:-12}; STREAM_EVENTS=${STREAM_EVENTS:-10}; SETTLE=${SETTLE:-10}
else
  STAGE_SECONDS=${STAGE_SECONDS:-120}; STREAM_EVENTS=${STREAM_EVENTS:-30}; SETTLE=${SETTLE:-65}
fi
STREAM_INTERVAL=${STREAM_INTERVAL:-0.5}
PLAIN_RPS=${PLAIN_RPS:-100}
RAMP=${RAMP:-250}
SAMPLE=${SAMPLE:-5}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-512}
BODY_FILE=${BODY_FILE:-$BENCH_DIR/chat-request.json}
MAX_THREADS=${MAX_THREADS:-400}

ensure_tools nginx curl taskset ss python3
new_run_dir "soak-$PROXY"
log "run directory: $RUN_DIR"

top=0; for l in $LEVELS; do [ "$l" -gt "$top" ] && top=$l; done
# Each stream uses a socket at the client, two at the proxy and one at the upstream.
need=$((top * 2 + 1024))
if [ "$(ulimit -n)" -lt "$need" ]; then
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  [ "$(ulimit -n)" -ge "$need" ] || log "WARNING: open files limit $(ulimit -n) is under $need; expect connection errors"
fi

pick_port UP_PORT 18087
start_bg sse-upstream "$LOAD_CPU" python3 "$BENCH_DIR/sse_upstream.py" --port "$UP_PORT" \
  --events "$STREAM_EVENTS" --interval "$STREAM_INTERVAL" --stats 30
UP_PID=$LAST_PID
wait_port "$UP_PORT" "$UP_PID" 10 || die "sse_upstream.py did not start (see $RUN_DIR/sse-upstream.log)"

pool=256
case "$PROXY" in
  veil)
    major=$(java_major)
    if [ "${major%%.*}" -lt 21 ] && [ "$MAX_THREADS" -lt $((top + 100)) ]; then
      log "Java $major: Veil uses a bounded thread pool and each open stream holds a thread;" \
          "raising server.max_threads from $MAX_THREADS to $((top + 100)) (set MAX_THREADS to override)"
      MAX_THREADS=$((top + 100))
    fi
    pick_port PROXY_PORT 18088
    pick_port ADMIN_PORT 19190
    start_veil "$PROXY_CPU" "$PROXY_PORT" "$ADMIN_PORT" "http://127.0.0.1:$UP_PORT" "$MAX_THREADS" ||
      die "Veil is not serving (jar: $VEIL_JAR); PROXY=nginx runs the same load through nginx"
    PROXY_PID=$VEIL_PID ;;
  direct)  # no proxy: the load side's own limits, as a baseline (samples the upstream process)
    PROXY_PORT=$UP_PORT
    PROXY_PID=$UP_PID ;;
  nginx)
    pick_port PROXY_PORT 18088
    start_nginx proxy-nginx "$BENCH_DIR/nginx/proxy.conf" "$PROXY_CPU" "$PROXY_PORT" "127.0.0.1:$UP_PORT"
    PROXY_PID=$LAST_PID ;;
  *) die "PROXY must be veil, nginx or direct" ;;
esac
post_ok "http://127.0.0.1:$PROXY_PORT/v1/chat/completions" "$BODY_FILE" || die "$PROXY does not answer a plain POST"

{
  echo "== bench/soak.sh: $PROXY, streams held open: $LEVELS, ${STAGE_SECONDS}s per stage, plain POSTs at ${PLAIN_RPS}/s"
  describe_env
  if [ "$PROXY" = veil ]; then
    echo "jvm on core: $(pin "$PROXY_CPU" "$JAVA" $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null |
      awk '$2 ~ /^(UseSerialGC|UseG1GC|UseParallelGC|UseZGC|UseShenandoahGC)$/ && $4 == "true" {gc=$2}
           $2 == "MaxHeapSize" {heap=$4} END {printf "%s, MaxHeapSize %d MB", gc, heap/1048576}')"
    echo "max_threads: $MAX_THREADS (used on Java < 21 only)"
  fi
  echo "upstream:    sse_upstream.py, first event at once then $STREAM_EVENTS events ${STREAM_INTERVAL}s apart"
  echo "open files:  ulimit -n $(ulimit -n)"
  echo
} | tee "$RUN_DIR/summary.txt"

drain=$(python3 -c "print(int($STREAM_EVENTS * $STREAM_INTERVAL + 15))")
pin "$LOAD_CPU" python3 "$BENCH_DIR/soak_client.py" --url "http://127.0.0.1:$PROXY_PORT" --body "$BODY_FILE" \
  --levels "${LEVELS// /,}" --stage-seconds "$STAGE_SECONDS" --plain-rps "$PLAIN_RPS" --ramp "$RAMP" \
  --drain "$drain" --settle "$SETTLE" --sample "$SAMPLE" --pid "$PROXY_PID" --proxy-port "$PROXY_PORT" \
  --upstream-port "$UP_PORT" --upstream-pool "$pool" --event-interval "$STREAM_INTERVAL" \
  --rss-limit "$RSS_LIMIT_MB" --samples "$RUN_DIR/samples.jsonl" | tee -a "$RUN_DIR/summary.txt"

stop_pid "$UP_PID"
echo "upstream:    $(grep '^final' "$RUN_DIR/sse-upstream.log" | sed 's/^final //')" | tee -a "$RUN_DIR/summary.txt"
echo
echo "raw output: $RUN_DIR"
