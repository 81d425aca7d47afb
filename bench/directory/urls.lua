-- wrk script: each request takes the next path of the file named after "--", and the summary
-- prints the percentiles and throughput in one line that the bench scripts read. A second file, when
-- given, holds session cookies (one per line): requests take them in turn, as that many people
-- signed in separately would send them. Each of wrk's threads takes its own share of the paths (thread i the
-- paths i, i + n, i + 2n... of n threads, WRK_THREADS in the environment): two threads sending the same sequence
-- would warm half the list twice and leave the other half cold.
local paths = {}
local cookies = {}
local counter = 0
local step = tonumber(os.getenv("WRK_THREADS") or "1")
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  if args[2] then
    for line in io.lines(args[2]) do
      cookies[#cookies + 1] = line
    end
  end
  counter = thread_id or 0
end

function request()
  counter = counter + step
  local headers = nil
  if #cookies > 0 then
    headers = { Cookie = cookies[(counter % #cookies) + 1] }
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%.1f errors=%d requests=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / seconds,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
