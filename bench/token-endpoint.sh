#!/usr/bin/env bash
# Token endpoint benchmark, client_credentials, against the Keycloak anchor in the same run.
#
# 1. ../shared/bench/keycloak-anchor.sh with ALGS=ES256 CONNS=$CONNS (its own 180 s warm-up, 30 s measure);
# 2. auth-server from its jar on a fresh data folder (127.0.0.1:9000), with the benchmark client switched on
#    (auth.benchmark-client: client_secret_basic, a random secret made for this run, never written to a file);
#    the same protocol as Keycloak: same JDK (java on PATH), ES256, wrk -t$THREADS -c$CONNS, $WARMUP_S s of
#    warm-up, then $MEASURE_S s measured, with ../shared/bench/token.lua;
# 3. private_key_jwt (agency-nao's demo key): $PKJWT_ASSERTIONS assertions made up front with
#    ./keys-cli client-assertion --count (5-minute lifetime, each jti sent once, bench/token-pkjwt.lua),
#    $PKJWT_WARMUP_S s of warm-up on the already warm server, then $MEASURE_S s measured.
# Prints our rps/p99 for both methods, CPU per request, and the ratio to Keycloak's client_secret_basic rps.
#
# Env knobs: CONNS [16] THREADS [2] WARMUP_S [180] MEASURE_S [30] PKJWT_WARMUP_S [20] PKJWT_ASSERTIONS [80000]
#   SKIP_KEYCLOAK [0] (1: reuse KEYCLOAK_LINE="keycloak_cc_rps=.. p99_ms=.." from an earlier run)
#   JAVA_OPTS [-Xmx384m]  WORK [/tmp/token-endpoint-<ts>]
# Needs: jars built (./mvnw -B -q install -DskipTests), wrk, jq, curl, bc. Takes about 10 minutes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
CONNS=${CONNS:-16}
THREADS=${THREADS:-2}
WARMUP_S=${WARMUP_S:-180}
MEASURE_S=${MEASURE_S:-30}
PKJWT_WARMUP_S=${PKJWT_WARMUP_S:-20}
PKJWT_ASSERTIONS=${PKJWT_ASSERTIONS:-80000}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx384m"}
WORK=${WORK:-/tmp/token-endpoint-$(date -u +%Y%m%dT%H%M%SZ)}
PORT=9000
URL=http://127.0.0.1:$PORT/oauth2/token
AUDIENCE=http://localhost:$PORT/oauth2/token   # auth-server's issuer is http://localhost:9000
CLK_TCK=$(getconf CLK_TCK)
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

for tool in wrk jq curl bc; do command -v $tool >/dev/null || { echo "$tool missing (apt-get install -y $tool)" >&2; exit 1; }; done
[ -f "$ROOT/auth-server/target/auth-server.jar" ] || { echo "auth-server jar missing: ./mvnw -B -q install -DskipTests" >&2; exit 1; }
mkdir -p "$WORK"

# ---------------------------------------------------------------- 1. Keycloak
if [ "${SKIP_KEYCLOAK:-0}" = 1 ]; then
  KC_LINE=${KEYCLOAK_LINE:?set KEYCLOAK_LINE when SKIP_KEYCLOAK=1}
else
  log "Keycloak anchor (ES256, c$CONNS, ${WARMUP_S}s warm-up)"
  ALGS=ES256 CONNS=$CONNS THREADS=$THREADS WARMUP_S=$WARMUP_S MEASURE_S=$MEASURE_S OUTDIR=$WORK/keycloak \
    "$SHARED_BENCH/keycloak-anchor.sh" > "$WORK/keycloak.txt" 2> "$WORK/keycloak.err"
  KC_LINE=$(tail -1 "$WORK/keycloak.txt")
fi
KC_RPS=$(echo "$KC_LINE" | sed -n 's/.*keycloak_cc_rps=\([0-9.]*\).*/\1/p')
KC_P99=$(echo "$KC_LINE" | sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p')
[ -n "$KC_RPS" ] || { echo "no Keycloak figure: $KC_LINE" >&2; exit 1; }

# ---------------------------------------------------------------- 2. auth-server
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "port $PORT is in use" >&2; exit 1; fi
SECRET=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
PID=""
stop() { [ -z "$PID" ] || { kill -TERM "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }; }
trap stop EXIT
trap 'exit 130' INT TERM
mkdir -p "$WORK/auth"
log "starting auth-server (benchmark client on)"
(cd "$WORK/auth" && AUTH_BENCHMARKCLIENT_ENABLED=true AUTH_BENCHMARKCLIENT_SECRET=$SECRET \
  exec java $JAVA_OPTS -jar "$ROOT/auth-server/target/auth-server.jar") > "$WORK/auth-server.log" 2>&1 &
PID=$!
for _ in $(seq 1 1200); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
  kill -0 "$PID" 2>/dev/null || { tail -20 "$WORK/auth-server.log" >&2; exit 1; }
  sleep 0.1
done
RESP=$(curl -s -u "bench-client:$SECRET" -d grant_type=client_credentials "$URL")
AT=$(echo "$RESP" | jq -r .access_token)
[ -n "$AT" ] && [ "$AT" != null ] || { echo "token request failed: $RESP" >&2; exit 1; }
HDR=$(echo "${AT%%.*}" | tr '_-' '/+' | { read -r s; while [ $(( ${#s} % 4 )) -ne 0 ]; do s="$s="; done; echo "$s"; } | base64 -d)
[ "$(echo "$HDR" | jq -r .alg)" = ES256 ] || { echo "expected ES256, token header: $HDR" >&2; exit 1; }
echo "ours: token_header=$HDR access_token_bytes=${#AT} response_bytes=${#RESP}" > "$WORK/ours.txt"

cpu() { awk '{print $14+$15}' "/proc/$PID/stat"; }
field() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k{print $2}'; }
measure() {  # measure NAME SECONDS LUA [wrk args...] -> WRK_RESULT line + cpu per request
  local name=$1 secs=$2 lua=$3 c0 c1 r
  c0=$(cpu)
  wrk -t"$THREADS" -c"$CONNS" -d"${secs}s" --latency -s "$lua" "$URL" > "$WORK/wrk-$name.txt" 2>&1
  c1=$(cpu)
  r=$(grep WRK_RESULT "$WORK/wrk-$name.txt")
  echo "$r cpu_ms_per_req=$(echo "scale=3; 1000 * ($c1 - $c0) / $CLK_TCK / $(field "$r" requests)" | bc)"
}

export TOKEN_CLIENT_ID=bench-client TOKEN_CLIENT_SECRET=$SECRET
log "client_secret_basic: warm-up ${WARMUP_S}s"
measure basic-warmup "$WARMUP_S" "$SHARED_BENCH/token.lua" > /dev/null
log "client_secret_basic: measure ${MEASURE_S}s"
BASIC=$(measure basic "$MEASURE_S" "$SHARED_BENCH/token.lua")
unset TOKEN_CLIENT_SECRET

# ---------------------------------------------------------------- 3. private_key_jwt
log "making $PKJWT_ASSERTIONS client assertions for agency-nao"
"$ROOT/keys-cli" client-assertion --dir "$WORK/auth/data/auth-server/demo-clients/agency-nao" \
  --client-id agency-nao --audience "$AUDIENCE" --lifetime 5m --count "$PKJWT_ASSERTIONS" \
  --password-env AUTH_DEMO_CLIENT_KEYSTORE_PASSWORD > "$WORK/assertions.txt"
export ASSERTIONS_FILE=$WORK/assertions.txt WRK_THREADS=$THREADS TOKEN_CLIENT_ID=agency-nao
log "private_key_jwt: warm-up ${PKJWT_WARMUP_S}s, measure ${MEASURE_S}s"
# Each wrk run reads the file from the start: the measured run gets the lines the warm-up did not use.
head -n "$(( PKJWT_ASSERTIONS / 2 ))" "$WORK/assertions.txt" > "$WORK/assertions-warmup.txt"
tail -n "+$(( PKJWT_ASSERTIONS / 2 + 1 ))" "$WORK/assertions.txt" > "$WORK/assertions-measure.txt"
ASSERTIONS_FILE=$WORK/assertions-warmup.txt measure pkjwt-warmup "$PKJWT_WARMUP_S" "$ROOT/bench/token-pkjwt.lua" > /dev/null
PKJWT=$(ASSERTIONS_FILE=$WORK/assertions-measure.txt measure pkjwt "$MEASURE_S" "$ROOT/bench/token-pkjwt.lua")
RSS=$(( $(ps -o rss= -p "$PID" | tr -d ' ') / 1024 ))

# ---------------------------------------------------------------- report
RPS=$(field "$BASIC" rps)
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  host: $(nproc) cpus  java: $(java -version 2>&1 | head -1)"
echo "protocol: ES256, wrk -t$THREADS -c$CONNS, ${WARMUP_S}s warm-up, ${MEASURE_S}s measured; JAVA_OPTS=$JAVA_OPTS"
echo "keycloak  client_secret_basic: $KC_LINE"
echo "ours      client_secret_basic: $BASIC"
echo "ours      private_key_jwt:     $PKJWT"
echo "ours      rss_after_load_mib=$RSS"
echo "ratio_to_keycloak=$(echo "scale=2; $RPS / $KC_RPS" | bc) (rps $RPS vs $KC_RPS; p99 $(field "$BASIC" p99_ms) ms vs $KC_P99 ms)"
echo "work folder: $WORK"
