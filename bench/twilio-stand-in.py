#!/usr/bin/env python3
"""A stand-in for Twilio's Messages API, for bench/messaging.sh: answers POST .../Messages.json like Twilio (201 with
a fresh SM id) and counts what it receives, so that the benchmark can tell every message arrived exactly once.

GET /stats?prefix=P answers {"total": n, "distinct": d, "duplicates": n - d} over the bodies starting with P.
Usage: twilio-stand-in.py PORT
"""
import json
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

lock = threading.Lock()
bodies = {}
total = 0


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
        with lock:
            total += 1
            bodies[body] = bodies.get(body, 0) + 1
        self._answer(201, {"sid": "SM" + uuid.uuid4().hex, "status": "queued", "to": form.get("To", [""])[0]})

    def do_GET(self):
        # /stats?prefix=Bench counts only the bodies that start with the prefix (the reference run's are left out).
        prefix = parse_qs(self.path.partition("?")[2]).get("prefix", [""])[0]
        with lock:
            mine = {b: n for b, n in bodies.items() if b.startswith(prefix)}
            received = sum(mine.values())
            stats = {"total": received, "distinct": len(mine), "duplicates": received - len(mine)}
        self._answer(200, stats)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
