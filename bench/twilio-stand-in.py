#!/usr/bin/env python3
"""A stand-in for Twilio's Messages API, for bench/messaging.sh and faults/two-instances.sh: answers POST
.../Messages.json like Twilio (201 with a fresh SM id) and counts what it receives, so that a run can tell every
message arrived exactly once.

GET /stats?prefix=P answers {"total": n, "distinct": d, "duplicates": n - d, "senders": {s: n}} over the bodies
starting with P. A sender is what precedes /2010-04-01/ in the path ("" for none): give each app instance its own
base URL (http://127.0.0.1:PORT/a, .../b) and the stand-in tells how many each sent.
Usage: twilio-stand-in.py PORT [DELAY_MS]   (DELAY_MS: each answer takes that long, as the real API's do)

For faults/sms-provider-outage.sh it also plays an outage. POST /mode?set=M switches what a send gets:
  up        201, the message taken (the default)
  error     500 with Twilio's error body; nothing taken
  hang      no answer for HANG_S (GET /mode?hang=S, default 30) and nothing taken: the call never got through
  hang-took the message taken, then no answer for HANG_S: it went out, and the answer was lost on the way
and GET .../Messages.json?To=N&PageSize=P lists what it took for that number, newest first, as Twilio's message list
does (sid, to, body, status, date_created in RFC 2822), so that the app can ask whether an unanswered call went
through. /stats also reports "by_to": the numbers that received something, and "refused_calls": the calls answered
other than 201.
"""
import json
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

lock = threading.Lock()
bodies = {}
by_sender = {}  # (sender, body) -> count
total = 0
delay_s = 0.0
mode = "up"
hang_s = 30.0
taken = []  # (sid, to, body, created epoch), in order
refused_calls = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm on, each answer would wait ~40 ms for the
    # client's delayed ACK, and the stand-in would measure that instead of the app.
    disable_nagle_algorithm = True

    def log_message(self, *args):  # quiet: the benchmark reads /stats, not a log
        pass

    def _answer(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        global total
        if self.path.startswith("/mode"):
            self._set_mode()
            return
        length = int(self.headers.get("Content-Length", "0"))
        form = parse_qs(self.rfile.read(length).decode())
        if not self.path.endswith("/Messages.json"):
            self._answer(404, {"code": 20404, "message": "Not found"})
            return
        body = form.get("Body", [""])[0]
        to = form.get("To", [""])[0]
        sender = self.path.partition("/2010-04-01/")[0].strip("/")
        global refused_calls
        with lock:
            now_mode = mode
            if now_mode != "up":
                refused_calls += 1
        if now_mode == "error":
            self._answer(500, {"code": 20500, "message": "Internal Server Error", "status": 500})
            return
        if now_mode == "hang":
            time.sleep(hang_s)
            self.close_connection = True
            return
        sid = "SM" + uuid.uuid4().hex
        with lock:
            total += 1
            bodies[body] = bodies.get(body, 0) + 1
            by_sender[(sender, body)] = by_sender.get((sender, body), 0) + 1
            taken.append((sid, to, body, time.time()))
        if now_mode == "hang-took":
            time.sleep(hang_s)
            self.close_connection = True
            return
        if delay_s:
            time.sleep(delay_s)  # the server is threaded: one slow answer holds up no other
        self._answer(201, {"sid": sid, "status": "queued", "to": to})

    def _set_mode(self):
        global mode, hang_s
        query = parse_qs(self.path.partition("?")[2])
        with lock:
            if "set" in query:
                mode = query["set"][0]
            if "hang" in query:
                hang_s = float(query["hang"][0])
            self._answer(200, {"mode": mode, "hang_s": hang_s})

    def _list(self):
        with lock:
            down = mode != "up"
        if down:  # an outage takes the whole API down, its message list too
            self._answer(500, {"code": 20500, "message": "Internal Server Error", "status": 500})
            return
        query = parse_qs(self.path.partition("?")[2])
        to = query.get("To", [""])[0]
        size = int(query.get("PageSize", ["50"])[0])
        with lock:
            mine = [t for t in reversed(taken) if t[1] == to][:size]
        self._answer(200, {"messages": [
            {"sid": sid, "to": number, "body": body, "status": "sent",
             "date_created": time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(created))}
            for sid, number, body, created in mine]})

    def do_GET(self):
        if self.path.startswith("/mode"):
            self._set_mode()
            return
        if self.path.partition("?")[0].endswith("/Messages.json"):
            self._list()
            return
        # /stats?prefix=Bench counts only the bodies that start with the prefix (the reference run's are left out).
        prefix = parse_qs(self.path.partition("?")[2]).get("prefix", [""])[0]
        with lock:
            mine = {b: n for b, n in bodies.items() if b.startswith(prefix)}
            received = sum(mine.values())
            senders = {}
            for (sender, body), n in by_sender.items():
                if body.startswith(prefix):
                    senders[sender] = senders.get(sender, 0) + n
            by_to = {}
            for _, number, body, _ in taken:
                if body.startswith(prefix):
                    by_to[number] = by_to.get(number, 0) + 1
            stats = {"total": received, "distinct": len(mine), "duplicates": received - len(mine), "senders": senders,
                     "by_to": by_to, "refused_calls": refused_calls}
        self._answer(200, stats)


class Server(ThreadingHTTPServer):
    # Several app instances open their connections at once: the default backlog of 5 would drop some SYNs, and each
    # dropped one costs a second of retransmission.
    request_queue_size = 128


if __name__ == "__main__":
    delay_s = int(sys.argv[2]) / 1000 if len(sys.argv) > 2 else 0.0
    Server(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
