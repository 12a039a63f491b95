#!/usr/bin/env bash
# Runs Veil the way the container image does, but outside a container (no Docker engine here):
# the final stage's ENTRYPOINT and ENV, read from docker/Dockerfile, with every path the image
# COPYs mapped back to its source in this repository
#   /opt/veil/veil.jar -> target/veil.jar, /opt/veil/jvm.options -> docker/jvm.options,
#   /etc/veil/veil.yaml -> docker/veil.yaml
# so the JVM flags, the jar and the config are the image's own. The environment is the image's
# ENV plus what Kubernetes adds (the Secret's keys, here test values), in a clean `env -i`.
#
# It starts a stub upstream (docker/SmokeUpstream.java) on 127.0.0.1, waits until /healthz and
# /readyz answer 200 on the API and admin ports, then sends SIGTERM and checks the JVM exits
# within server.shutdown_grace. Everything binds 127.0.0.1 (VEIL_HOST / VEIL_ADMIN_HOST, read by
# docker/veil.yaml); every wait is bounded; only processes this script started are signalled.
#
#   mvn -B -DskipTests package && bash docker/smoke.sh
#   bash docker/smoke.sh --print      # print the env and command it would run, run nothing
#
# Env: VEIL_PORT (API port, default 8080), SMOKE_JAR (instead of the mapped jar),
#      SMOKE_START_SECONDS (default 60), JAVA_HOME (else `java` from PATH).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
DOCKERFILE=docker/Dockerfile
ADMIN_PORT=9090            # docker/veil.yaml leaves admin.port at its default
API_PORT="${VEIL_PORT:-8080}"
START_SECONDS="${SMOKE_START_SECONDS:-60}"
STOP_SECONDS=40            # server.shutdown_grace (30s) + margin, as terminationGracePeriodSeconds

say() { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAIL: %s\n' "$*" >&2; exit 1; }

# --- Read the final stage of the Dockerfile: "MAP <image path> <repo path>", "ENV <k> <v>",
# "ENTRYPOINT <json>". COPY --from=<stage> sources are relative to that stage's WORKDIR.
read_dockerfile() {
  awk '
    function basename(p) { sub(/.*\//, "", p); return p }
    /^[ \t]*#/ || /^[ \t]*$/ { next }
    /^FROM / { n++; stage_name = ($(NF-1) ~ /^[Aa][Ss]$/) ? $NF : ""; maps[n] = ""; envs[n] = ""; ep[n] = ""; next }
    /^WORKDIR / { if (stage_name != "") wd[stage_name] = $2; next }
    /^COPY / {
      from = ""; i = 2
      while ($i ~ /^--/) { if ($i ~ /^--from=/) { from = substr($i, 8) } i++ }
      if (NF - i != 1) { print "ERROR COPY with more than one source: " $0; next }
      src = $i; dest = $(i + 1)
      if (dest ~ /\/$/) dest = dest basename(src)
      if (from != "") { prefix = wd[from] "/"; if (index(src, prefix) == 1) src = substr(src, length(prefix) + 1) }
      sub(/\/$/, "", src)
      maps[n] = maps[n] "MAP " dest " " src "\n"; next
    }
    /^ENV / {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); envs[n] = envs[n] "ENV " kv[1] " " substr($i, length(kv[1]) + 2) "\n" }
      next
    }
    /^ENTRYPOINT / { ep[n] = "ENTRYPOINT " substr($0, 12) "\n"; next }
    END { printf "%s%s%s", maps[n], envs[n], ep[n] }
  ' "$DOCKERFILE"
}

declare -A PATHS=()
declare -a ENV_VARS=() CMD=()
while read -r kind a b; do
  case "$kind" in
    MAP) PATHS["$a"]="$b" ;;
    ENV) ENV_VARS+=("$a=$b") ;;
    ENTRYPOINT)
      json="$a${b:+ $b}"
      [[ "$json" == \[*\] ]] || fail "ENTRYPOINT is not exec form (a JSON array)"
      json="${json#[}"; json="${json%]}"
      IFS=',' read -ra parts <<<"$json"
      for p in "${parts[@]}"; do p="${p#"${p%%[![:space:]]*}"}"; p="${p%"${p##*[![:space:]]}"}"; CMD+=("${p//\"/}"); done ;;
    ERROR) fail "$a $b" ;;
  esac
done < <(read_dockerfile)
[[ ${#CMD[@]} -gt 0 ]] || fail "no ENTRYPOINT in the final stage of $DOCKERFILE"

# An image path becomes its repo source; "@file" (a java argument file) too.
local_path() {
  local v="$1" at=""
  if [[ "$v" == @* ]]; then at="@"; v="${v#@}"; fi
  if [[ -n "${PATHS[$v]+x}" ]]; then
    v="${PATHS[$v]}"
    if [[ "$v" == *.jar && -n "${SMOKE_JAR:-}" ]]; then v="$SMOKE_JAR"; fi
  fi
  printf '%s%s' "$at" "$v"
}
for i in "${!CMD[@]}"; do CMD[i]="$(local_path "${CMD[i]}")"; done
for i in "${!ENV_VARS[@]}"; do
  k="${ENV_VARS[i]%%=*}"; v="${ENV_VARS[i]#*=}"; ENV_VARS[i]="$k=$(local_path "$v")"
done

if [[ "${1:-}" == "--print" ]]; then
  for e in "${ENV_VARS[@]}"; do printf 'env: %s\n' "$e"; done
  printf 'cmd: %s\n' "${CMD[*]}"
  exit 0
fi

if [[ "${CMD[0]}" == java && -n "${JAVA_HOME:-}" ]]; then CMD[0]="$JAVA_HOME/bin/java"; fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for arg in "${CMD[@]:1}"; do
  f="${arg#@}"
  if [[ "$f" == */* && ! -e "$f" ]]; then
    fail "$f is missing (run: mvn -B -DskipTests package)"
  fi
done

# --- Tiny HTTP client on bash's /dev/tcp: prints the status code, or 000. Bounded by read -t.
status_of() {
  local port="$1" path="$2" line
  line=$( (exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 0
           printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&3
           IFS= read -r -t 5 l <&3 && printf '%s' "$l") 2>/dev/null || true)
  line="${line#HTTP/* }"
  printf '%s' "${line:0:3}" | grep -E '^[0-9]{3}$' || printf '000'
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in "$API_PORT" "$ADMIN_PORT"; do
  if port_busy "$p"; then fail "127.0.0.1:$p is already in use"; fi
done

WORK="$(mktemp -d)"
VEIL_PID=""; STUB_PID=""
cleanup() {
  for pid in $VEIL_PID $STUB_PID; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- Stub upstream on a free loopback port.
"$JAVA" -XX:-UsePerfData docker/SmokeUpstream.java >"$WORK/stub.port" 2>"$WORK/stub.err" &
STUB_PID=$!
for _ in $(seq 1 60); do [[ -s "$WORK/stub.port" ]] && break; sleep 0.5; done
STUB_PORT="$(head -n1 "$WORK/stub.port" 2>/dev/null || true)"
[[ "$STUB_PORT" =~ ^[0-9]+$ ]] || { cat "$WORK/stub.err" >&2; fail "stub upstream did not start"; }
say "stub upstream on 127.0.0.1:$STUB_PORT"

# --- Veil, exactly as the image's ENTRYPOINT, in a clean environment.
RUN_ENV=(PATH="$PATH" HOME="${HOME:-/nonexistent}" "${ENV_VARS[@]}"
  VEIL_HOST=127.0.0.1 VEIL_ADMIN_HOST=127.0.0.1 VEIL_PORT="$API_PORT"
  VEIL_UPSTREAM_URL="http://127.0.0.1:$STUB_PORT"
  OPENAI_API_KEY= VEIL_HASH_KEY=smoke-test-hash-key-not-a-secret
  VEIL_REDACTION_KEY=smoke-test-redaction-key-not-a-secret)
say "env: ${ENV_VARS[*]}"
say "cmd: ${CMD[*]}"
env -i "${RUN_ENV[@]}" "${CMD[@]}" >"$WORK/veil.log" 2>&1 &
VEIL_PID=$!

show_log() { say "last lines of Veil's output:"; tail -n 40 "$WORK/veil.log" >&2 || true; }

deadline=$((SECONDS + START_SECONDS))
pending=("$API_PORT /healthz" "$API_PORT /readyz" "$ADMIN_PORT /healthz" "$ADMIN_PORT /readyz")
while ((${#pending[@]} > 0)); do
  kill -0 "$VEIL_PID" 2>/dev/null || { show_log; fail "Veil exited before it was ready"; }
  ((SECONDS < deadline)) || { show_log; fail "not ready after ${START_SECONDS}s: ${pending[*]}"; }
  left=()
  for check in "${pending[@]}"; do
    read -r port path <<<"$check"
    code="$(status_of "$port" "$path")"
    if [[ "$code" == 200 ]]; then say "127.0.0.1:$port$path -> 200"; else left+=("$check"); fi
  done
  pending=("${left[@]+"${left[@]}"}")
  ((${#pending[@]} == 0)) || sleep 0.5
done

# --- Graceful stop: SIGTERM, then the JVM must exit by itself within the grace period.
say "SIGTERM to Veil (pid $VEIL_PID)"
kill -TERM "$VEIL_PID"
deadline=$((SECONDS + STOP_SECONDS))
while kill -0 "$VEIL_PID" 2>/dev/null; do
  ((SECONDS < deadline)) || { show_log; fail "still running ${STOP_SECONDS}s after SIGTERM"; }
  sleep 0.5
done
rc=0; wait "$VEIL_PID" || rc=$?
VEIL_PID=""
[[ $rc == 0 || $rc == 143 ]] || { show_log; fail "exit status $rc after SIGTERM (expected 0 or 143)"; }
say "stopped cleanly (exit $rc)"
echo "smoke: 1 passed, 0 failed"
