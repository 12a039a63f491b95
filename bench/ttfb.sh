#!/usr/bin/env bash
# Time to the first streamed event (TTFB) of a streamed chat completion: direct to a
# streaming upstream (bench/sse_upstream.py: first event at once, the rest INTERVAL apart),
# through nginx (proxy_buffering off) and through Veil. N sequential requests per target,
# interleaved request by request. See bench/README.md.
#
# Settings (environment):
#   N=2000 WARMUP_REQUESTS=16000 EVENTS=1 INTERVAL=0.002 TARGETS="direct nginx veil"
#   (a warm Veil; N=200 WARMUP_REQUESTS=20 INTERVAL=0.2 measures a cold one)
#   BODY_FILE=bench/chat-request.json JAVA=java VEIL_JAR=target/veil.jar JAVA_OPTS=
#   MAX_THREADS=400 REQUIRE_VEIL=0 PROXY_CPU=1 LOAD_CPU=0
# Output: a table on stdout; per-request CSV and logs in bench/out/ttfb-<timestamp>/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

N=${N:-2000}
WARMUP_REQUESTS=${WARMUP_REQUESTS:-16000}
EVENTS=${EVENTS:-1}
INTERVAL=${INTERVAL:-0.002}
TARGETS=${TARGETS:-direct nginx veil}
BODY_FILE=${BODY_FILE:-$BENCH_DIR/chat-request.json}
MAX_THREADS=${MAX_THREADS:-400}
REQUIRE_VEIL=${REQUIRE_VEIL:-0}
PATH_V1=/v1/chat/completions

ensure_tools nginx curl taskset ss python3
new_run_dir ttfb
log "run directory: $RUN_DIR"
python3 -c "import json,sys; b=json.load(open(sys.argv[1])); b['stream']=True; open(sys.argv[2],'w').write(json.dumps(b))" \
  "$BODY_FILE" "$RUN_DIR/stream-request.json"

pick_port UP_PORT 18084
start_bg sse-upstream "$LOAD_CPU" python3 "$BENCH_DIR/sse_upstream.py" --port "$UP_PORT" --events "$EVENTS" --interval "$INTERVAL"
wait_port "$UP_PORT" "$LAST_PID" 10 || die "sse_upstream.py did not start (see $RUN_DIR/sse-upstream.log)"

# stream_ok URL : 0 when a streamed POST ends with data: [DONE]
stream_ok() {
  curl -sS -N -m 10 -X POST -H 'Content-Type: application/json' \
    -H 'Authorization: Bearer sk-bench-not-a-real-key-0000000000000000' \
    --data-binary "@$RUN_DIR/stream-request.json" "$1$PATH_V1" 2>/dev/null | grep -q '^data: \[DONE\]' && return 0
  log "sanity streamed POST to $1 did not end with data: [DONE]"
  return 1
}

args=()
active=()
for t in $TARGETS; do
  base=
  case "$t" in
    direct) base="http://127.0.0.1:$UP_PORT" ;;
    nginx)
      pick_port NGX_PORT 18085
      start_nginx proxy-nginx "$BENCH_DIR/nginx/proxy.conf" "$PROXY_CPU" "$NGX_PORT" "127.0.0.1:$UP_PORT"
      base="http://127.0.0.1:$NGX_PORT" ;;
    veil)
      pick_port VEIL_PORT 18086
      pick_port ADMIN_PORT 19190
      if start_veil "$PROXY_CPU" "$VEIL_PORT" "$ADMIN_PORT" "http://127.0.0.1:$UP_PORT" "$MAX_THREADS"; then
        base="http://127.0.0.1:$VEIL_PORT"
      fi ;;
    *) die "unknown target $t (use direct, nginx, veil)" ;;
  esac
  if [ -n "$base" ] && stream_ok "$base"; then
    args+=(--target "$t=$base"); active+=("$t")
  elif [ "$t" = veil ] && [ "$REQUIRE_VEIL" != 1 ]; then
    log "skipping veil (set REQUIRE_VEIL=1 to make this an error)"
  else
    die "target $t is not answering correctly"
  fi
done

stream_s=$(python3 -c "print($EVENTS * $INTERVAL)")
{
  echo "== bench/ttfb.sh: streamed POST $PATH_V1, first event at once, then $EVENTS events ${INTERVAL}s apart"
  describe_env
  echo "load:        $N sequential requests per target ($WARMUP_REQUESTS warm-up discarded), interleaved, keep-alive"
  echo "targets:     ${active[*]}"
  echo
} | tee "$RUN_DIR/summary.txt"
log "about $(python3 -c "print(round(($N + $WARMUP_REQUESTS) * ${#active[@]} * $stream_s))") s of requests"
pin "$LOAD_CPU" python3 "$BENCH_DIR/ttfb.py" "${args[@]}" -n "$N" --warmup "$WARMUP_REQUESTS" \
  --body "$BODY_FILE" --stream-seconds "$stream_s" --raw "$RUN_DIR/ttfb.csv" | tee -a "$RUN_DIR/summary.txt"
echo
echo "raw output: $RUN_DIR"
