# Shared shell functions for the scripts in bench/. Source it; do not run it.
# Starts only processes it records in BENCH_PIDS and stops exactly those, by PID.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
BENCH_PIDS=()
BENCH_PORTS=()

# Core layout: the proxy under test gets one core, the load generator and the
# upstream share the other. Override with PROXY_CPU / LOAD_CPU.
PROXY_CPU=${PROXY_CPU:-1}
LOAD_CPU=${LOAD_CPU:-0}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ensure_tools CMD... : installs the Debian package of each missing command (idempotent).
ensure_tools() {
  local c pkgs=()
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 && continue
    case "$c" in
      taskset) pkgs+=(util-linux) ;;
      ss) pkgs+=(iproute2) ;;
      python3) pkgs+=(python3) ;;
      *) pkgs+=("$c") ;;
    esac
  done
  [ ${#pkgs[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "missing ${pkgs[*]} and no apt-get to install them"
  log "installing ${pkgs[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q "${pkgs[@]}" >/dev/null 2>&1; then
    apt-get update -q >/dev/null 2>&1 || true
    apt-get install -y -q "${pkgs[@]}" >/dev/null || die "apt-get install ${pkgs[*]} failed"
  fi
}

# pin CPU CMD... : runs CMD on one core when the machine has two or more.
pin() {
  local cpu=$1; shift
  if [ "$(nproc --all)" -ge 2 ]; then taskset -c "$cpu" "$@"; else "$@"; fi
}

port_free() { ! ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }

# pick_port VAR BASE : sets VAR to the first free port from BASE (100 tries).
pick_port() {
  local var=$1 p=$2 i
  for ((i = 0; i < 100; i++, p++)); do
    if port_free "$p" && [[ " ${BENCH_PORTS[*]} " != *" $p "* ]]; then
      BENCH_PORTS+=("$p"); printf -v "$var" '%s' "$p"; return 0
    fi
  done
  die "no free port from $2"
}

# new_run_dir NAME : creates bench/out/NAME-TIMESTAMP and sets RUN_DIR.
new_run_dir() {
  RUN_DIR="$BENCH_DIR/out/$1-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$RUN_DIR/nginx-tmp"
}

# start_bg NAME CPU CMD... : starts CMD pinned to CPU, output in RUN_DIR/NAME.log; sets LAST_PID.
start_bg() {
  local name=$1 cpu=$2; shift 2
  # A simple command in the background: the PID is the process itself (taskset and env exec).
  if [ "$(nproc --all)" -ge 2 ]; then
    taskset -c "$cpu" "$@" >"$RUN_DIR/$name.log" 2>&1 &
  else
    "$@" >"$RUN_DIR/$name.log" 2>&1 &
  fi
  LAST_PID=$!
  BENCH_PIDS+=("$LAST_PID")
}

# wait_port PORT PID SECONDS : waits until PID itself listens on PORT (not some other process).
wait_port() {
  local port=$1 pid=$2 i
  for ((i = 0; i < $3 * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || return 1
    if ss -Htlnp "sport = :$port" 2>/dev/null | grep -q "pid=$pid,"; then return 0; fi
    sleep 0.1
  done
  return 1
}

# stop_pid PID : TERM, wait up to 15 s, then KILL. Only for PIDs this script started.
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do
    # A JVM ends with 143 on SIGTERM: ignore the status (set -e is on in the callers).
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  log "pid $pid did not stop in 15 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# cpu_ticks PID : user+system CPU clock ticks of PID and its direct children (nginx workers).
cpu_ticks() {
  local total=0 p f
  for p in "$1" $(ps -o pid= --ppid "$1" 2>/dev/null); do
    f=$(cut -d')' -f2 "/proc/$p/stat" 2>/dev/null) || continue
    set -- $f
    total=$((total + ${12} + ${13}))  # utime and stime: fields 14 and 15 of /proc/PID/stat
  done
  echo "$total"
}

cleanup() {
  local i
  set +e
  for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${BENCH_PIDS[$i]}"; done
  BENCH_PIDS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# render_nginx TEMPLATE OUT PORT [UPSTREAM]
render_nginx() {
  sed -e "s|@DIR@|$RUN_DIR|g" -e "s|@PORT@|$3|g" -e "s|@UPSTREAM@|${4:-}|g" "$1" >"$2"
}

# start_nginx NAME TEMPLATE CPU PORT [UPSTREAM] : sets LAST_PID (the master).
start_nginx() {
  local name=$1 conf="$RUN_DIR/$1.conf"
  render_nginx "$2" "$conf" "$4" "${5:-}"
  nginx -t -q -p "$RUN_DIR" -e "$RUN_DIR/$name-error.log" -c "$conf" || die "nginx config $conf is invalid"
  start_bg "$name" "$3" nginx -p "$RUN_DIR" -e "$RUN_DIR/$name-error.log" -c "$conf"
  wait_port "$4" "$LAST_PID" 10 || die "$name did not start (see $RUN_DIR/$name.log)"
}

JAVA=${JAVA:-java}
VEIL_JAR=${VEIL_JAR:-$REPO_DIR/target/veil.jar}
JAVA_OPTS=${JAVA_OPTS:-}

java_major() { "$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }

# start_veil CPU PORT ADMIN_PORT UPSTREAM_URL MAX_THREADS : 0 when Veil listens within 60 s; sets VEIL_PID.
start_veil() {
  VEIL_PID=
  [ -f "$VEIL_JAR" ] || { log "Veil jar $VEIL_JAR not found"; return 1; }
  sed -e "s/^\(  port: \)[0-9]*\( .*bench: ADMIN_PORT\)/\1$3\2/" \
      -e "s/^\(  max_threads: \)[0-9]*\( .*bench: MAX_THREADS\)/\1$5\2/" \
      "$BENCH_DIR/veil-bench.yaml" >"$RUN_DIR/veil.yaml"
  # VEIL_EXTRA_YAML: sections appended to the bench config, e.g. "redaction: {enabled: false}"
  if [ -n "${VEIL_EXTRA_YAML:-}" ]; then printf '%s\n' "$VEIL_EXTRA_YAML" >>"$RUN_DIR/veil.yaml"; fi
  # Run a copy: a rebuild of target/veil.jar during the run must not pull the jar from under the JVM.
  cp "$VEIL_JAR" "$RUN_DIR/veil.jar"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  start_bg veil "$1" env -u OPENAI_API_KEY VEIL_CONFIG="$RUN_DIR/veil.yaml" VEIL_PORT="$2" \
    VEIL_UPSTREAM_URL="$4" "$JAVA" $JAVA_OPTS -jar "$RUN_DIR/veil.jar"
  VEIL_PID=$LAST_PID
  if ! wait_port "$2" "$VEIL_PID" 60; then
    log "Veil did not listen on $2 within 60 s (log: $RUN_DIR/veil.log)"
    stop_pid "$VEIL_PID"; VEIL_PID=
    return 1
  fi
}

# post_ok URL BODYFILE : 0 when a POST answers 200 with a chat.completion body.
post_ok() {
  local code
  code=$(curl -sS -m 10 -o "$RUN_DIR/sanity.out" -w '%{http_code}' -X POST \
    -H 'Content-Type: application/json' -H 'Authorization: Bearer sk-bench-not-a-real-key-0000000000000000' \
    --data-binary "@$2" "$1" 2>/dev/null) || code=000
  [ "$code" = 200 ] && grep -q '"chat.completion' "$RUN_DIR/sanity.out" && return 0
  log "sanity POST to $1 answered HTTP $code"
  return 1
}

# describe_env : facts that make a run comparable, to stdout.
describe_env() {
  echo "date:        $(date -Is)"
  echo "host:        $(nproc --all) cores, $(uname -r), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "cores:       proxy under test on core $PROXY_CPU; load generator + upstream on core $LOAD_CPU"
  echo "nginx:       $(nginx -v 2>&1 | sed 's/^nginx version: //')"
  if [ -f "$VEIL_JAR" ]; then
    echo "veil jar:    $VEIL_JAR ($(stat -c '%s bytes, %y' "$VEIL_JAR" | cut -d. -f1))"
    echo "java:        $JAVA ($("$JAVA" -version 2>&1 | head -1))"
    echo "JAVA_OPTS:   ${JAVA_OPTS:-(none)}"
  fi
}
