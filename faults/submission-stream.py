#!/usr/bin/env python3
"""A stream of consultation requests, sent the way people send them: for faults/kill-during-submissions.sh and
faults/postgres-restart.sh.

Each submission is a distinct, valid request (its own submission key, name, phone and e-mail). Workers send them
side by side. A submission counts as acknowledged only when the app answers 303 to /consultation/thanks. Anything
else (refused connection, reset, time-out, 5xx, the form shown again) leaves it unacknowledged, and the worker sends
the SAME submission again a moment later, as a person pressing "send" again would: the app must then store it at
most once. A 503 counts as a clear "try again" only when the page says so and still holds the person's answers. The run ends when every submission is acknowledged, or at the deadline.

Usage: submission-stream.py BASE_URL OUT_DIR TOTAL WORKERS DEADLINE_S [RUN_ID]
  Writes OUT_DIR/acked.txt ("submission-key e-mail" per acknowledged submission), OUT_DIR/sent.txt (every
  submission, acknowledged or not), OUT_DIR/again.txt (the keys sent more than once) and OUT_DIR/summary.json; prints progress to stderr. While it runs,
  OUT_DIR/acked.count holds the number acknowledged so far (the fault scripts pull the trigger on it).
  Exit status 0 when every submission was acknowledged, 1 otherwise.
"""
import http.client
import json
import os
import re
import sys
import threading
import time
import urllib.parse
import uuid

base, out_dir, total, workers, deadline_s = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
run_id = sys.argv[6] if len(sys.argv) > 6 else str(int(time.time()))
target = urllib.parse.urlsplit(base)
deadline = time.monotonic() + deadline_s

lock = threading.Lock()
next_index = 0
acked = {}        # index -> (key, email)
attempts = {}     # index -> attempts
answers = {}      # "303", "connection refused", "503"... -> count
slowest = {}      # answer -> longest wait for it, in seconds
form = {}         # csrf, form_token, cookie: one real form's values, refreshed when refused
unacked_after_retries = []


def connection():
    return http.client.HTTPConnection(target.hostname, target.port, timeout=10)


def fetch_form():
    """GET /consultation: the hidden _csrf and formToken, and the XSRF-TOKEN cookie they pair with."""
    conn = connection()
    try:
        conn.request("GET", "/consultation")
        response = conn.getresponse()
        html = response.read().decode("utf-8", "replace")
        if response.status != 200:
            raise OSError("GET /consultation answered %d" % response.status)
        cookies = [v.split(";")[0] for k, v in response.getheaders() if k.lower() == "set-cookie"]
        xsrf = [c for c in cookies if c.startswith("XSRF-TOKEN=")]

        def hidden(name):
            m = re.search(r'<input[^>]*name="%s"[^>]*value="([^"]*)"' % name, html)
            if not m:
                raise OSError("no %s field on the form" % name)
            return m.group(1)

        return {"csrf": hidden("_csrf"), "form_token": hidden("formToken"), "cookie": "; ".join(xsrf)}
    finally:
        conn.close()


def refresh_form():
    global form
    while time.monotonic() < deadline:
        try:
            fresh = fetch_form()
            with lock:
                form = fresh
            return True
        except (OSError, http.client.HTTPException):
            time.sleep(0.5)
    return False


def submission(index):
    """The same fields every time this index is sent: a repeat must be recognisable as the same request."""
    key = str(uuid.UUID(int=(int(run_id) << 64) | index))
    email = "fault-%s-%d@example.org" % (run_id, index)
    phone = "(206) 2%02d-%04d" % (index // 10000 % 100, index % 10000)
    fields = {
        "submissionKey": key, "firstName": "Fault", "lastName": "Stream%d" % index, "phone": phone, "email": email,
        "location": ["seattle", "bellevue", "tacoma"][index % 3], "program": "not-sure", "contactMethod": "phone",
        "bestTime": "any", "message": "Fault test submission %d" % index, "website": "",
    }
    return key, email, fields


def send(fields):
    """One POST; returns what the person would see: '303' (acknowledged) or a short description of the failure."""
    with lock:
        current = dict(form)
    body = urllib.parse.urlencode(dict(fields, _csrf=current["csrf"], formToken=current["form_token"]))
    conn = connection()
    try:
        conn.request("POST", "/consultation", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": current["cookie"]})
        response = conn.getresponse()
        page = response.read().decode("utf-8", "replace")
        location = response.getheader("Location") or ""
        if response.status == 303 and location.endswith("/consultation/thanks"):
            return "303"
        if response.status == 503 and not ("could not send your request" in page and fields["email"] in page
                                           and fields["lastName"] in page):
            # "Try again" must come with every answer still on the page: nothing a person typed is lost.
            return "503 without their answers"
        return str(response.status)
    except ConnectionRefusedError:
        return "connection refused"
    except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
        return "connection lost"
    except TimeoutError:
        return "timed out"
    except (OSError, http.client.HTTPException) as e:
        return type(e).__name__
    finally:
        conn.close()


def worker():
    global next_index
    while True:
        with lock:
            if next_index >= total:
                return
            index = next_index
            next_index += 1
        key, email, fields = submission(index)
        while True:
            if time.monotonic() >= deadline:
                with lock:
                    unacked_after_retries.append(index)
                return
            t0 = time.monotonic()
            answer = send(fields)
            took = time.monotonic() - t0
            with lock:
                attempts[index] = attempts.get(index, 0) + 1
                answers[answer] = answers.get(answer, 0) + 1
                slowest[answer] = max(slowest.get(answer, 0), took)
            if answer == "303":
                with lock:
                    acked[index] = (key, email)
                break
            if answer == "403":
                refresh_form()  # a refused token: fetch the form again, as a reloaded page would
            else:
                time.sleep(0.25)


def progress():
    while any(t.is_alive() for t in threads):
        with lock:
            n = len(acked)
        with open(os.path.join(out_dir, "acked.count.tmp"), "w") as f:
            f.write(str(n))
        os.replace(os.path.join(out_dir, "acked.count.tmp"), os.path.join(out_dir, "acked.count"))
        time.sleep(0.1)


os.makedirs(out_dir, exist_ok=True)
if not refresh_form():
    sys.exit("could not load the consultation form from %s" % base)
started = time.monotonic()
threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
for t in threads:
    t.start()
reporter = threading.Thread(target=progress, daemon=True)
reporter.start()
for t in threads:
    t.join()
reporter.join()

with open(os.path.join(out_dir, "acked.txt"), "w") as f:
    for index in sorted(acked):
        f.write("%s %s\n" % acked[index])
with open(os.path.join(out_dir, "sent.txt"), "w") as f:
    for index in sorted(attempts):
        key, email, _ = submission(index)
        f.write("%s %s\n" % (key, email))
with open(os.path.join(out_dir, "again.txt"), "w") as f:
    for index in sorted(i for i, n in attempts.items() if n > 1):
        f.write("%s\n" % submission(index)[0])
summary = {
    "total": total, "acknowledged": len(acked), "unacknowledged": total - len(acked),
    "sent_again": sum(1 for n in attempts.values() if n > 1), "attempts": sum(attempts.values()),
    "answers": answers, "slowest_s": {a: round(t, 1) for a, t in slowest.items()}, "seconds": round(time.monotonic() - started, 1),
}
with open(os.path.join(out_dir, "summary.json"), "w") as f:
    json.dump(summary, f)
print(json.dumps(summary), file=sys.stderr)
sys.exit(0 if len(acked) == total else 1)
