-- Walks a list for scripts/bench (wrk with one connection): follows next_cursor BENCH_PAGES times,
-- a hundred items a page, then prints the cursor reached ("CURSOR <cursor> <pages>") and exits
-- (wrk.thread:stop() would leave wrk waiting out its duration).
local pages = tonumber(os.getenv("BENCH_PAGES"))
local cursor, walked = nil, 0

request = function()
  return wrk.format(nil, wrk.path .. "?limit=100" .. (cursor and "&cursor=" .. cursor or ""))
end

response = function(status, headers, body)
  walked = walked + 1
  cursor = status == 200 and body:match('"next_cursor":"([^"]+)"') or nil
  if walked == pages or not cursor then
    io.write(string.format("CURSOR %s %d\n", cursor or "none", walked))
    io.flush()
    os.exit(0)
  end
end
