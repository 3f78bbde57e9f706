#!/usr/bin/env python3
"""A stand-in for Twilio's Messages API, for bench/messaging.sh and faults/two-instances.sh: answers POST
.../Messages.json like Twilio (201 with a fresh SM id) and counts what it receives, so that a run can tell every
message arrived exactly once.

GET /stats?prefix=P answers {"total": n, "distinct": d, "duplicates": n - d, "senders": {s: n}} over the bodies
starting with P. A sender is what precedes /2010-04-01/ in the path ("" for none): give each app instance its own
base URL (http://127.0.0.1:PORT/a, .../b) and the stand-in tells how many each sent.
Usage: twilio-stand-in.py PORT [DELAY_MS]   (DELAY_MS: each answer takes that long, as the real API's do)
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
        length = int(self.headers.get("Content-Length", "0"))
        form = parse_qs(self.rfile.read(length).decode())
        if not self.path.endswith("/Messages.json"):
            self._answer(404, {"code": 20404, "message": "Not found"})
            return
        body = form.get("Body", [""])[0]
        sender = self.path.partition("/2010-04-01/")[0].strip("/")
        with lock:
            total += 1
            bodies[body] = bodies.get(body, 0) + 1
            by_sender[(sender, body)] = by_sender.get((sender, body), 0) + 1
        if delay_s:
            time.sleep(delay_s)  # the server is threaded: one slow answer holds up no other
        self._answer(201, {"sid": "SM" + uuid.uuid4().hex, "status": "queued", "to": form.get("To", [""])[0]})

    def do_GET(self):
        # /stats?prefix=Bench counts only the bodies that start with the prefix (the reference run's are left out).
        prefix = parse_qs(self.path.partition("?")[2]).get("prefix", [""])[0]
        with lock:
            mine = {b: n for b, n in bodies.items() if b.startswith(prefix)}
            received = sum(mine.values())
            senders = {}
            for (sender, body), n in by_sender.items():
                if body.startswith(prefix):
                    senders[sender] = senders.get(sender, 0) + n
            stats = {"total": received, "distinct": len(mine), "duplicates": received - len(mine), "senders": senders}
        self._answer(200, stats)


class Server(ThreadingHTTPServer):
    # Several app instances open their connections at once: the default backlog of 5 would drop some SYNs, and each
    # dropped one costs a second of retransmission.
    request_queue_size = 128


if __name__ == "__main__":
    delay_s = int(sys.argv[2]) / 1000 if len(sys.argv) > 2 else 0.0
    Server(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
