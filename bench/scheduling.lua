-- wrk script for bench/scheduling.sh: staff pages through signed-in sessions, one session per wrk thread (run wrk
-- with as many threads as connections, so that each "coordinator" has one connection and one session, as in a
-- browser), and in "book" mode coordinators racing to book the same infusion slots.
-- bench/outcomes.sh uses the "page" mode too (a manager's session per thread on the outcomes dashboard).
--
-- Input (environment, set by the shell script):
--   BENCH_MODE         "page" (GET the URL given to wrk) or "book" (POST /staff/schedule/book)
--   BENCH_PATHS        page, optional: paths to GET in turn instead of the URL's (space-separated)
--   BENCH_SESSIONS     the CLINIC_STAFF_SESSION cookie values, space-separated, one per thread
--   BENCH_CSRF         book: the sessions' CSRF tokens (the staff pages' csrf-token meta tag), same order
--   BENCH_CSRF_HEADER  book: the header that carries it (the csrf-header meta tag: X-CSRF-TOKEN)
--   BENCH_SLOTS_FILE   book: the slots to race for, one a line ("seattle@2027-12-06T16:00:00Z"), in order
--   BENCH_PERSON_BASE  book: first consultation request id of this run's pool (none has an appointment)
--   BENCH_PERSON_STRIDE  book: ids per thread: thread t books for BASE + (t-1)*STRIDE, then the next id, ...
--   BENCH_OUT          book: prefix of the files done() writes: .acked (the people booked, acknowledged by the
--                      redirect to their appointments), .refused (answered 409 "just taken"), .pending (the
--                      request each thread had in flight when wrk stopped: booked or not, nobody was told)
--
-- Booking: every coordinator walks the same list of slots, all starting on the first. A booked slot (redirect)
-- keeps the coordinator on it for the next person; "just taken" (409) moves them to the next slot. So every slot is
-- fought over until it is full (8 chairs, 8 nurses), and every attempt is for a new person.
--
-- done() prints one "bench-result" line: counts by outcome, summed over threads.

local function need(name)
  local value = os.getenv(name)
  if value == nil or value == "" then
    error(name .. " is not set (run this through bench/scheduling.sh)")
  end
  return value
end

local function words(text)
  local list = {}
  for word in text:gmatch("%S+") do table.insert(list, word) end
  return list
end

local function urlencode(s)
  return (tostring(s):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local mode = need("BENCH_MODE")

-- Main Lua state: collect the threads so that done() can read their counters.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

-- Thread Lua states from here on (each thread loads this file on its own).
function init(args)
  local sessions = words(need("BENCH_SESSIONS"))
  if id > #sessions then
    error("thread " .. id .. " has no signed-in session (" .. #sessions .. " given): use -t equal to -c")
  end
  local headers = { ["Cookie"] = "CLINIC_STAFF_SESSION=" .. sessions[id] }
  ok, redirected, refused_count, other, exhausted = 0, 0, 0, 0, 0
  statuses = {} -- unexpected status -> count
  if mode == "page" then
    page_requests, page_at = {}, 0
    for _, path in ipairs(words(os.getenv("BENCH_PATHS") or "")) do
      table.insert(page_requests, wrk.format("GET", path, headers, nil))
    end
    if #page_requests == 0 then page_requests = { wrk.format("GET", nil, headers, nil) } end
    return
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers[need("BENCH_CSRF_HEADER")] = words(need("BENCH_CSRF"))[id]
  book_headers = headers
  slots = {}
  for line in io.lines(need("BENCH_SLOTS_FILE")) do
    if line ~= "" then table.insert(slots, line) end
  end
  local stride = tonumber(need("BENCH_PERSON_STRIDE"))
  next_person = tonumber(need("BENCH_PERSON_BASE")) + (id - 1) * stride
  last_person = next_person + stride - 1
  slot_at = 1
  acked, refused = {}, {}
  pending = 0
end

function request()
  if mode == "page" then
    page_at = page_at % #page_requests + 1
    return page_requests[page_at]
  end
  if next_person > last_person then
    error("thread " .. id .. " used up its " .. tostring(last_person) .. " people: raise BENCH_PERSON_STRIDE")
  end
  if slot_at > #slots then
    -- Every slot of the list is full: keep asking for the last one (answered 409), and say so at the end.
    slot_at = #slots
    exhausted = exhausted + 1
  end
  pending = next_person
  next_person = next_person + 1
  local slot = slots[slot_at]
  local location = slot:match("^([^@]+)@")
  local body = "request=" .. pending .. "&type=INFUSION&location=" .. location .. "&mode=IN_PERSON&slot="
    .. urlencode(slot)
  return wrk.format("POST", "/staff/schedule/book", book_headers, body)
end

local function count_other(status)
  other = other + 1
  statuses[status] = (statuses[status] or 0) + 1
end

function response(status, headers, body)
  if mode == "page" then
    if status == 200 then
      ok = ok + 1
    else
      count_other(status)
    end
    return
  end
  local location = headers["Location"] or headers["location"] or ""
  if (status == 302 or status == 303) and location:find("/staff/schedule/people/" .. pending, 1, true) then
    redirected = redirected + 1
    table.insert(acked, pending)
  elseif status == 409 then
    refused_count = refused_count + 1
    table.insert(refused, pending)
    slot_at = slot_at + 1
  else
    count_other(status)
    slot_at = slot_at + 1
  end
  pending = 0
end

local function write_list(path, list)
  local file = assert(io.open(path, "a"))
  for _, value in ipairs(list) do
    if value ~= 0 then file:write(value, "\n") end
  end
  file:close()
end

function done(summary, latency, requests)
  local sums = { ok = 0, redirected = 0, refused_count = 0, other = 0, exhausted = 0 }
  local by_status = {}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(sums) do
      sums[name] = sums[name] + (thread:get(name) or 0)
    end
    for status, n in pairs(thread:get("statuses") or {}) do
      by_status[status] = (by_status[status] or 0) + n
    end
  end
  if mode == "book" then
    local out = need("BENCH_OUT")
    for _, thread in ipairs(threads) do
      write_list(out .. ".acked", thread:get("acked") or {})
      write_list(out .. ".refused", thread:get("refused") or {})
      write_list(out .. ".pending", { thread:get("pending") or 0 })
    end
  end
  local detail = {}
  for status, n in pairs(by_status) do table.insert(detail, status .. ":" .. n) end
  io.write(string.format("bench-result ok=%d booked=%d taken=%d other=%d exhausted=%d statuses=%s\n", sums.ok,
    sums.redirected, sums.refused_count, sums.other, sums.exhausted,
    #detail > 0 and table.concat(detail, ",") or "-"))
end
