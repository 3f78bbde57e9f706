-- wrk script for bench/consultation-submit.sh: every request is a distinct, valid consultation request.
--
-- Input (environment, set by the shell script from one GET /consultation):
--   BENCH_CSRF         the form's hidden _csrf value (reusable while the XSRF-TOKEN cookie is sent)
--   BENCH_XSRF_COOKIE  the XSRF-TOKEN cookie value
--   BENCH_FORM_TOKEN   the form's hidden formToken (signed render time, reusable)
--   BENCH_RUN_ID       a number distinguishing this run's submission keys from any earlier run's
--   BENCH_ACKED_FILE   where done() writes the submission keys the app acknowledged, one a line
--
-- Distinctness matters: the app answers a repeated submissionKey, or the same person/phone/e-mail/message within
-- its duplicate window, with the earlier request's receipt and stores nothing new. So each request gets its own
-- key, name, phone and e-mail, built from (thread id, per-thread counter).
--
-- An acknowledged request is a redirect to /consultation/thanks (counted by status: 303 expected, 302 accepted
-- as well) whose receipt cookie names the stored submission key; done() prints the counts as "bench-result" lines.

local function need(name)
  local value = os.getenv(name)
  if value == nil or value == "" then
    error(name .. " is not set (run this through bench/consultation-submit.sh)")
  end
  return value
end

local function urlencode(s)
  return (tostring(s):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local csrf = urlencode(need("BENCH_CSRF"))
local form_token = urlencode(need("BENCH_FORM_TOKEN"))
local run_id = tonumber(need("BENCH_RUN_ID")) % 2147483648
local acked_file = need("BENCH_ACKED_FILE")

local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = "XSRF-TOKEN=" .. need("BENCH_XSRF_COOKIE"),
}

local areas = { "206", "425", "253", "360" }
local locations = { "seattle", "bellevue", "tacoma", "virtual" }
local programs = { "iv-infusions", "ketamine-therapy", "not-sure" }
local best_times = { "morning", "afternoon", "evening", "any" }
local MAX_THREADS = 64 -- spacing of the per-thread counters in the global sequence number below

-- Main Lua state: collect the threads so done() can read their counters.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- Thread Lua states from here on (each thread loads this file on its own).
function init(args)
  n = 0
  c303, c302, cother = 0, 0, 0
  other_statuses = {} -- status -> count
  acked = {}          -- submission keys of acknowledged requests
  if id > MAX_THREADS then error("at most " .. MAX_THREADS .. " threads") end
end

function request()
  n = n + 1
  local g = (n - 1) * MAX_THREADS + (id - 1) -- unique across threads: 0, 1, 2, ...
  -- UUID-shaped key: run id, thread id, counter (split so every piece stays within 32 bits for string.format).
  local key = string.format("%08x-%04x-4000-8000-%04x%08x", run_id, id, math.floor(n / 4294967296), n % 4294967296)
  -- A valid US number, distinct per request: area code from g, exchange 200-999, four-digit line number.
  -- (4 areas x 800 exchanges x 10,000 lines: distinct for the first 32 million requests of a run.)
  local rest = math.floor(g / 4)
  local phone = string.format("(%s) %03d-%04d", areas[g % 4 + 1], 200 + math.floor(rest / 10000) % 800, rest % 10000)
  local body = table.concat({
    "_csrf=" .. csrf,
    "formToken=" .. form_token,
    "submissionKey=" .. key,
    "firstName=Bench",
    "lastName=" .. urlencode(string.format("Load %d-%d", id, n)),
    "phone=" .. urlencode(phone),
    "email=" .. urlencode(string.format("bench+%d-%d-%d@example.org", run_id, id, n)),
    "location=" .. locations[g % 4 + 1],
    "program=" .. programs[g % 3 + 1],
    "contactMethod=phone",
    "bestTime=" .. best_times[g % 4 + 1],
    "message=" .. urlencode("Load test request " .. g),
    -- Every other request with SMS consent: that path also stores a consent-evidence row.
    (g % 2 == 0) and "smsConsent=yes" or "smsConsent=",
    "website=",
  }, "&")
  return wrk.format("POST", "/consultation", headers, body)
end

function response(status, headers, body)
  if status == 303 or status == 302 then
    local location = headers["Location"] or headers["location"] or ""
    if location:find("/consultation/thanks", 1, true) then
      if status == 303 then c303 = c303 + 1 else c302 = c302 + 1 end
      local cookie = headers["Set-Cookie"] or headers["set-cookie"] or ""
      local key = cookie:match("consultation_receipt=([%x%-]+)%.")
      if key then acked[#acked + 1] = key end
      return
    end
  end
  cother = cother + 1
  other_statuses[status] = (other_statuses[status] or 0) + 1
end

-- Main Lua state again, after the run.
function done(summary, latency, requests)
  local t303, t302, tother, tkeys = 0, 0, 0, 0
  local statuses = {}
  local out = assert(io.open(acked_file, "w"))
  for _, thread in ipairs(threads) do
    t303 = t303 + thread:get("c303")
    t302 = t302 + thread:get("c302")
    tother = tother + thread:get("cother")
    for status, count in pairs(thread:get("other_statuses")) do
      statuses[status] = (statuses[status] or 0) + count
    end
    for _, key in ipairs(thread:get("acked")) do
      out:write(key, "\n")
      tkeys = tkeys + 1
    end
  end
  out:close()
  io.write(string.format("bench-result c303=%d c302=%d other=%d keys=%d\n", t303, t302, tother, tkeys))
  for status, count in pairs(statuses) do
    io.write(string.format("bench-result-status %d=%d\n", status, count))
  end
end
