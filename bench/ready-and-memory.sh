#!/usr/bin/env bash
# Start-to-ready time and resident memory of each app.
#
# Starts mock-national-id, auth-server and credential-api (in that order, as ./demo does, each on its
# default port) from their jars on a fresh data folder, and for each measures:
#   - ready_s: from the launch of `java -jar` until /actuator/health/readiness answers 200 (polled
#     every 0.1 s), with the app's own "Started ... in N seconds" next to it;
#   - rss_rest_mib: resident memory (ps rss) of the java process 5 s after it is ready;
#   - rss_load_mib: the same after LOAD_S seconds of wrk load on a public endpoint of the app
#     (discovery / issuer metadata), 1 thread, 4 connections.
# Prints a table; stops every process it started (by its pid) on exit.
#
# Env knobs: JAVA_OPTS [-Xmx384m, as ./demo]  LOAD_S [30]  WORK [a new /tmp/ready-and-memory-<ts>]
# Needs: the jars (./mvnw -B -q install -DskipTests), curl, wrk (apt-get install -y wrk).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA_OPTS=${JAVA_OPTS:-"-Xmx384m"}
LOAD_S=${LOAD_S:-30}
WORK=${WORK:-/tmp/ready-and-memory-$(date -u +%Y%m%dT%H%M%SZ)}
APPS=(mock-national-id auth-server credential-api)
declare -A PORT=([mock-national-id]=7000 [auth-server]=9000 [credential-api]=8080)
declare -A LOAD_PATH=(
  [mock-national-id]=/.well-known/openid-configuration
  [auth-server]=/.well-known/openid-configuration
  [credential-api]=/.well-known/openid-credential-issuer)
PIDS=()

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
for app in "${APPS[@]}"; do
  [ -f "$ROOT/$app/target/$app.jar" ] || { echo "$app/target/$app.jar missing: ./mvnw -B -q install -DskipTests" >&2; exit 1; }
  if (exec 3<>"/dev/tcp/127.0.0.1/${PORT[$app]}") 2>/dev/null; then
    echo "port ${PORT[$app]} (for $app) is in use; stop whatever listens there first" >&2; exit 1
  fi
done

stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK/logs"
cd "$WORK"   # each app keeps its data under ./data/<app>: a fresh folder, so a first start
rss_mib() { echo $(( $(ps -o rss= -p "$1" | tr -d ' ') / 1024 )); }

declare -A READY SELF REST LOADED APP_PID
for app in "${APPS[@]}"; do
  url="http://127.0.0.1:${PORT[$app]}"
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$ROOT/$app/target/$app.jar" > "$WORK/logs/$app.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  APP_PID[$app]=$pid
  ready=0
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "$url/actuator/health/readiness"; then ready=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  t1=$(date +%s.%N)
  [ $ready = 1 ] || { echo "$app did not become ready; see $WORK/logs/$app.log" >&2; tail -20 "$WORK/logs/$app.log" >&2; exit 1; }
  READY[$app]=$(printf %.1f "$(echo "$t1 - $t0" | bc)")
  SELF[$app]=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/logs/$app.log" | grep -o '[0-9.]* seconds' | head -1 || true)
  sleep 5
  REST[$app]=$(rss_mib "$pid")
done

for app in "${APPS[@]}"; do
  pid=${APP_PID[$app]}
  wrk -t1 -c4 -d"${LOAD_S}s" "http://127.0.0.1:${PORT[$app]}${LOAD_PATH[$app]}" > "$WORK/logs/wrk-$app.txt" 2>&1
  LOADED[$app]=$(rss_mib "$pid")
done

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cpus, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)  JAVA_OPTS: $JAVA_OPTS  load: wrk -t1 -c4 ${LOAD_S}s on discovery/metadata"
printf '%-18s %10s %16s %14s %14s %12s\n' app ready_s "app's own" rss_rest_mib rss_load_mib load_rps
for app in "${APPS[@]}"; do
  rps=$(awk '/Requests\/sec/{printf "%.0f", $2}' "$WORK/logs/wrk-$app.txt")
  printf '%-18s %10s %16s %14s %14s %12s\n' "$app" "${READY[$app]}" "${SELF[$app]:-n/a}" "${REST[$app]}" "${LOADED[$app]}" "$rps"
done
echo "logs: $WORK/logs"
