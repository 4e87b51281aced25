-- wrk script: OAuth 2.0 client_credentials with private_key_jwt (RFC 7523), each assertion sent once.
-- The assertions are made up front, one per line, in ASSERTIONS_FILE (./keys-cli client-assertion --count N);
-- thread i of WRK_THREADS sends lines i, i+T, i+2T, ... so that no jti is sent twice. When a thread has
-- used all its lines it sends its last one again, which is refused (counted in non2xx): make enough.
-- Env: ASSERTIONS_FILE (required), WRK_THREADS (same as wrk -t), TOKEN_CLIENT_ID (default agency-nao).
-- Prints the same WRK_RESULT line as ../shared/bench/token.lua.

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("thread_index", counter)
end

local mine = {}
local next_index = 1
local client_id = os.getenv("TOKEN_CLIENT_ID") or "agency-nao"

function init(args)
  local threads = tonumber(os.getenv("WRK_THREADS") or "1")
  local path = os.getenv("ASSERTIONS_FILE")
  assert(path, "ASSERTIONS_FILE is required")
  local n = 0
  for line in io.lines(path) do
    if n % threads == thread_index - 1 and #line > 0 then
      mine[#mine + 1] = line
    end
    n = n + 1
  end
  assert(#mine > 0, "no assertions for thread " .. thread_index)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Accept"] = "application/json"
end

function request()
  local assertion = mine[math.min(next_index, #mine)]
  next_index = next_index + 1
  local body = "grant_type=client_credentials&client_id=" .. client_id
    .. "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
    .. "&client_assertion=" .. assertion
  return wrk.format(nil, nil, nil, body)
end

done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f non2xx=%d connect_err=%d read_err=%d write_err=%d timeout_err=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
