-- wrk script for deploy/bench/run.sh (step b): POST /api/purchases as the bench tenant's POS client.
-- Environment: BENCH_TOKEN (bearer token), BENCH_MEMBERS (cards BENCH-00001 … BENCH-<n> are enrolled),
-- BENCH_TAG (makes externalIds unique across runs). Prints BENCH_* lines that run.sh reads.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local token, members, tag
local categories = { "grocery", "electronics", "home", "apparel", "beauty" }
ok, non2xx, s4xx, s5xx, firsterr = 0, 0, 0, 0, ""

function init(args)
  token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
  members = tonumber(os.getenv("BENCH_MEMBERS") or "100")
  tag = os.getenv("BENCH_TAG") or tostring(os.time())
  math.randomseed(os.time() * 1000 + tid)
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local n = math.random(2, 5)
  local lines, total = {}, 0
  for i = 1, n do
    local qty = math.random(1, 3)
    local price = math.random(10, 2000) * 1000
    total = total + qty * price
    lines[i] = string.format('{"sku":"SKU-%d","category":"%s","quantity":%d,"unitPrice":%d}',
      math.random(1, 500), categories[math.random(1, #categories)], qty, price)
  end
  local body = string.format(
    '{"externalId":"%s-%d-%d-%d","member":{"cardNumber":"BENCH-%05d"},"store":"bench-store-%d","channel":"pos",' ..
    '"occurredAt":"%s","currency":"IRR","total":%d,"lines":[%s]}',
    tag, tid, counter, math.random(0, 999999), math.random(1, members), tid,
    os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 2), total, table.concat(lines, ","))
  return wrk.format("POST", "/api/purchases", nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    non2xx = non2xx + 1
    if status >= 500 then s5xx = s5xx + 1 elseif status >= 400 then s4xx = s4xx + 1 end
    if firsterr == "" then firsterr = status .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, requests)
  local good, bad, c4, c5, first = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    good = good + t:get("ok")
    bad = bad + t:get("non2xx")
    c4 = c4 + t:get("s4xx")
    c5 = c5 + t:get("s5xx")
    if first == "" then first = t:get("firsterr") end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("BENCH_REQUESTS %d\n", summary.requests))
  io.write(string.format("BENCH_OK %d\n", good))
  io.write(string.format("BENCH_NON2XX %d\n", bad))
  io.write(string.format("BENCH_4XX %d\n", c4))
  io.write(string.format("BENCH_5XX %d\n", c5))
  io.write(string.format("BENCH_SOCKET_ERRORS %d\n", socket))
  io.write(string.format("BENCH_OK_PER_SEC %.1f\n", good / seconds))
  io.write(string.format("BENCH_P50_MS %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("BENCH_P99_MS %.2f\n", latency:percentile(99) / 1000))
  if first ~= "" then io.write("BENCH_FIRST_ERROR " .. string.gsub(first, "\n", " ") .. "\n") end
end
