#!/usr/bin/env bash
# Throughput and latency of one non-streamed POST /v1/chat/completions (~2 KB JSON body)
# against a fast local upstream (nginx answering a fixed chat.completion), three ways,
# interleaved round by round: direct to the upstream, through nginx as a plain reverse
# proxy, and through Veil. See bench/README.md.
#
# Settings (environment):
#   ROUNDS=3 DURATION=10 (s per target per round) WARMUP=5 (s per target, discarded)
#   VEIL_WARMUP=30 (s, discarded: the JIT on one core needs more than the other targets)
#   CONCURRENCY=16 WRK_THREADS=1 TARGETS="direct nginx veil" BODY_FILE=bench/chat-request.json
#   JAVA=java VEIL_JAR=target/veil.jar JAVA_OPTS= MAX_THREADS=400 REQUIRE_VEIL=0
#   PROXY_CPU=1 LOAD_CPU=0
# Output: a table on stdout; raw wrk output and logs in bench/out/run-<timestamp>/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
VEIL_WARMUP=${VEIL_WARMUP:-30}
CONCURRENCY=${CONCURRENCY:-16}
WRK_THREADS=${WRK_THREADS:-1}
TARGETS=${TARGETS:-direct nginx veil}
BODY_FILE=${BODY_FILE:-$BENCH_DIR/chat-request.json}
MAX_THREADS=${MAX_THREADS:-400}
REQUIRE_VEIL=${REQUIRE_VEIL:-0}
PATH_V1=/v1/chat/completions

ensure_tools nginx wrk curl taskset ss python3
new_run_dir run
log "run directory: $RUN_DIR"

pick_port UP_PORT 18081
start_nginx upstream-nginx "$BENCH_DIR/nginx/upstream.conf" "$LOAD_CPU" "$UP_PORT"
UPSTREAM_PID=$LAST_PID

declare -A URL CPU_PID
CPU_PID[direct]=$UPSTREAM_PID  # for direct, the CPU column is the upstream's own
active=()
for t in $TARGETS; do
  case "$t" in
    direct)
      URL[direct]="http://127.0.0.1:$UP_PORT$PATH_V1" ;;
    nginx)
      pick_port NGX_PORT 18082
      start_nginx proxy-nginx "$BENCH_DIR/nginx/proxy.conf" "$PROXY_CPU" "$NGX_PORT" "127.0.0.1:$UP_PORT"
      CPU_PID[nginx]=$LAST_PID
      URL[nginx]="http://127.0.0.1:$NGX_PORT$PATH_V1" ;;
    veil)
      pick_port VEIL_PORT 18083
      pick_port ADMIN_PORT 19190
      if start_veil "$PROXY_CPU" "$VEIL_PORT" "$ADMIN_PORT" "http://127.0.0.1:$UP_PORT" "$MAX_THREADS"; then
        URL[veil]="http://127.0.0.1:$VEIL_PORT$PATH_V1"
        CPU_PID[veil]=$VEIL_PID
      fi ;;
    *) die "unknown target $t (use direct, nginx, veil)" ;;
  esac
  if [ -n "${URL[$t]:-}" ] && post_ok "${URL[$t]}" "$BODY_FILE"; then
    active+=("$t")
  elif [ "$t" = veil ] && [ "$REQUIRE_VEIL" != 1 ]; then
    log "skipping veil (set REQUIRE_VEIL=1 to make this an error)"
  else
    die "target $t is not answering correctly"
  fi
done

{
  echo "== bench/run.sh: POST $PATH_V1, $(wc -c <"$BODY_FILE") byte body, stream=false"
  describe_env
  echo "load:        wrk -t$WRK_THREADS -c$CONCURRENCY, $ROUNDS rounds x ${DURATION}s per target, interleaved (warm-up discarded: ${WARMUP}s each, Veil ${VEIL_WARMUP}s)"
  echo "targets:     ${active[*]}"
} | tee "$RUN_DIR/summary.txt"

wrk_run() { # OUT TARGET SECONDS ; also records the CPU time the target's process used
  local before after
  before=$(cpu_ticks "${CPU_PID[$2]}")
  pin "$LOAD_CPU" wrk -t"$WRK_THREADS" -c"$CONCURRENCY" -d"$3"s --timeout 10s --latency \
    -s "$BENCH_DIR/post.lua" "${URL[$2]}" -- "$BODY_FILE" >"$1" 2>&1 || log "wrk exited non-zero (see $1)"
  after=$(cpu_ticks "${CPU_PID[$2]}")
  echo "CPU ticks=$((after - before)) hz=$(getconf CLK_TCK)" >>"$1"
}

for t in "${active[@]}"; do
  w=$WARMUP; [ "$t" = veil ] && w=$VEIL_WARMUP
  [ "$w" -gt 0 ] || continue
  log "warm-up $t (${w}s)"
  wrk_run "$RUN_DIR/warmup-$t.txt" "$t" "$w"
done
for ((r = 1; r <= ROUNDS; r++)); do
  for t in "${active[@]}"; do
    log "round $r/$ROUNDS: $t (${DURATION}s)"
    wrk_run "$RUN_DIR/r$r-$t.txt" "$t" "$DURATION"
    grep -h '^RESULT' "$RUN_DIR/r$r-$t.txt" | sed "s/^/  /" >&2 || true
  done
done

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (above $(nproc --all): other work shared the cores; compare ratios, not absolute figures)" |
  tee -a "$RUN_DIR/summary.txt"
echo
python3 "$BENCH_DIR/wrk_summary.py" "$RUN_DIR" "${active[@]}"
echo
echo "raw output: $RUN_DIR"
