#!/usr/bin/env python3
"""Consultation forms whose bodies arrive slowly, for faults/graceful-shutdown.sh: each client connects, sends its
headers and the first piece of its body, and the rest in pieces over SECONDS, so the request is in the app's hands
(past its headers, reading its body) for that long. When every client has sent its first piece, the file READY is
created: the shutdown script sends SIGTERM then.

Usage: slow-consultation-posts.py HOST PORT CLIENTS SECONDS RUN_ID READY   (form tokens from the environment:
  FORM_CSRF, FORM_TOKEN, FORM_XSRF_COOKIE)
Prints one line per client, tab-separated: index, submission key, epoch seconds of the first piece, epoch seconds
of the answer (or of the failure), HTTP status (0: none), Location header, receipt key from the Set-Cookie, error.
"""
import os
import socket
import sys
import threading
import time
from urllib.parse import quote

host, port, clients, seconds, run_id, ready_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
PIECES = 12
started = threading.Barrier(clients + 1)
results = [None] * clients


def body(i, key):
    fields = {
        "_csrf": os.environ["FORM_CSRF"], "formToken": os.environ["FORM_TOKEN"], "submissionKey": key,
        "firstName": "Graceful", "lastName": "Shutdown %d" % i, "phone": "(206) 298-%04d" % (run_id % 5000 + i),
        "email": "graceful+%d-%d@example.org" % (run_id, i), "location": "seattle", "program": "not-sure",
        "contactMethod": "phone", "bestTime": "any", "message": "Sent slowly while the app stops (%d)" % i,
        "smsConsent": "", "website": "",
    }
    return "&".join(k + "=" + quote(v, safe="") for k, v in fields.items()).encode()


def client(i):
    key = "%08x-%04x-4000-8000-%012x" % (run_id % 2**32, i, run_id % 2**48)
    data = body(i, key)
    first = answered = 0.0
    status, location, receipt, error = 0, "", "", ""
    try:
        with socket.create_connection((host, port), timeout=30) as s:
            head = ("POST /consultation HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    "Content-Length: %d\r\nCookie: XSRF-TOKEN=%s\r\nConnection: close\r\n\r\n"
                    % (host, port, len(data), os.environ["FORM_XSRF_COOKIE"])).encode()
            size = -(-len(data) // PIECES)
            pieces = [data[n:n + size] for n in range(0, len(data), size)]
            s.sendall(head + pieces[0])
            first = time.time()
            started.wait()
            for piece in pieces[1:]:
                time.sleep(seconds / (len(pieces) - 1))
                s.sendall(piece)
            answer = b""
            while b"\r\n\r\n" not in answer:
                chunk = s.recv(4096)
                if not chunk:
                    break
                answer += chunk
            answered = time.time()
            lines = answer.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
            if lines and lines[0].startswith("HTTP/"):
                status = int(lines[0].split()[1])
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.lower() == "location":
                    location = value.strip()
                elif name.lower() == "set-cookie" and value.strip().startswith("consultation_receipt="):
                    receipt = value.strip()[len("consultation_receipt="):].split(".")[0]
    except (OSError, threading.BrokenBarrierError) as ex:
        answered = answered or time.time()
        error = type(ex).__name__ + ": " + str(ex)
    results[i] = (i, key, "%.3f" % first, "%.3f" % answered, status, location, receipt, error.replace("\t", " "))


threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads:
    t.start()
try:
    started.wait(timeout=30)
    open(ready_file, "w").close()
except threading.BrokenBarrierError:
    pass  # a client could not connect: its line says why
for t in threads:
    t.join()
for r in results:
    print("\t".join(str(v) for v in r))
