-- wrk script for bench/run.sh: POSTs one JSON body (path given after "--")
-- and prints one machine-readable RESULT line with throughput, latency
-- percentiles (microseconds) and error counts.
--   wrk ... -s bench/post.lua http://127.0.0.1:PORT/v1/chat/completions -- bench/chat-request.json

function init(args)
  local path = args[1] or "bench/chat-request.json"
  local f = assert(io.open(path, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  -- A made-up key: Veil passes the client's key through when it has none of its own.
  wrk.headers["Authorization"] = "Bearer sk-bench-not-a-real-key-0000000000000000"
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%.0f " ..
    "err_connect=%d err_read=%d err_write=%d err_status=%d err_timeout=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
