-- wrk's report for scripts/bench: one line of requests/s, latency percentiles (ms), errors and
-- requests, read by the script into its table. Errors are failed connections, reads, writes and
-- timeouts, and answers other than 2xx or 3xx. With BENCH_BODY set, each request is a POST of
-- that JSON.
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT %d %.1f %.1f %.1f %.1f %.1f %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors))
end
