#!/usr/bin/env python3
"""Fault drills against a real `samverka serve`: nothing acknowledged may be lost.

  drills.py crash  --binary B --data-dir D [--database-url URL] [--rounds 3]
  drills.py backup --binary B --data-dir D
  drills.py double-submit --binary B --data-dir D

Each drill starts its own server (demo data), drives it over HTTP like a browser and
checks the database afterwards. Exit status 0 means the drill passed.
"""
import argparse
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PORT = 8095
MEMBER = "forening@demo.samverka.example"
PASSWORD = "samverka-demo-2026"


class Client:
    """A browser-like client: cookies, CSRF token from the last page, no redirects followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), self.NoRedirect)
        self.token = None

    def request(self, method, path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        try:
            response = self.opener.open(request, timeout=30)
            status, body, headers = response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            status, body, headers = error.code, error.read().decode(errors="replace"), error.headers
        found = re.search(r'name="_csrf" value="([^"]+)"', body)
        if found:
            self.token = found.group(1)
        return status, body, headers

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        return self.request("POST", path, dict(fields, _csrf=self.token or ""))

    def sign_in(self, email=MEMBER, password=PASSWORD):
        self.get("/konto/logga-in")
        status, _, _ = self.post("/konto/logga-in", {"email": email, "password": password})
        assert status == 303, f"sign-in failed with {status}"
        self.get("/foreningar/ny")


def wait_for_port(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"nothing listens on {port}")


def start(args, log):
    env = dict(os.environ, SAMVERKA_DATA_DIR=args.data_dir, LOG_LEVEL="warning")
    env.pop("SAMVERKA_SMTP_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    server = subprocess.Popen([args.binary, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_for_port(PORT)
    return server


def register_association(client, name):
    fields = {"name": name, "description": "Skapad av övningen.", "categories[]": "culture"}
    status, _, headers = client.post("/foreningar/ny", fields)
    return status == 303 and "/foreningar/" in (headers.get("Location") or "")


def load(base, stop, acknowledged, lock, worker):
    client = Client(base)
    try:
        client.sign_in()
    except Exception:
        return
    n = 0
    while not stop.is_set():
        name = f"Övningsföreningen {worker}-{n}-{time.time_ns()}"
        n += 1
        try:
            if register_association(client, name):
                with lock:
                    acknowledged.append(name)
        except Exception:
            if stop.is_set():
                return
            time.sleep(0.05)


def names_in_database(args):
    query = "SELECT name FROM associations WHERE name LIKE 'Övningsföreningen %'"
    if args.database_url:
        out = subprocess.run(["psql", args.database_url, "-At", "-c", query], capture_output=True, text=True, check=True).stdout
        return set(out.splitlines())
    with sqlite3.connect(os.path.join(args.data_dir, "samverka.sqlite")) as db:
        return {row[0] for row in db.execute(query)}


def integrity(args):
    if args.database_url:
        return "ok (PostgreSQL: the database process was not killed)"
    with sqlite3.connect(os.path.join(args.data_dir, "samverka.sqlite")) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def crash(args):
    base = f"http://127.0.0.1:{PORT}"
    total = 0
    with open(os.path.join(args.data_dir + ".log"), "ab") as log:
        for round_number in range(1, args.rounds + 1):
            server = start(args, log)
            stop, lock, acknowledged = threading.Event(), threading.Lock(), []
            workers = [threading.Thread(target=load, args=(base, stop, acknowledged, lock, w), daemon=True) for w in range(6)]
            for worker in workers:
                worker.start()
            time.sleep(args.seconds)
            server.send_signal(signal.SIGKILL)  # mid-load, no chance to flush anything
            server.wait()
            stop.set()
            for worker in workers:
                worker.join(timeout=35)
            server = start(args, log)  # restart on the same data
            check = integrity(args)
            present = names_in_database(args)
            lost = [name for name in acknowledged if name not in present]
            server.send_signal(signal.SIGTERM)
            server.wait()
            total += len(acknowledged)
            print(f"round {round_number}: {len(acknowledged)} acknowledged, {len(lost)} lost, integrity {check}")
            if lost or not check.startswith("ok"):
                raise SystemExit(f"crash drill failed: lost {lost[:5]} integrity {check}")
    print(f"crash drill passed: {total} acknowledged writes over {args.rounds} kill -9 rounds, none lost")


def backup(args):
    """samverka backup while writes go on; the copy opens, is intact and has what it had."""
    base = f"http://127.0.0.1:{PORT}"
    target = args.data_dir + "-backup.sqlite"
    if os.path.exists(target):
        os.remove(target)
    with open(args.data_dir + ".log", "ab") as log:
        server = start(args, log)
        stop, lock, acknowledged = threading.Event(), threading.Lock(), []
        workers = [threading.Thread(target=load, args=(base, stop, acknowledged, lock, w), daemon=True) for w in range(4)]
        for worker in workers:
            worker.start()
        time.sleep(args.seconds / 2)
        with lock:
            acknowledged_before = list(acknowledged)
        env = dict(os.environ, SAMVERKA_DATA_DIR=args.data_dir)
        subprocess.run([args.binary, "backup", target], env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
        time.sleep(args.seconds / 2)
        stop.set()
        for worker in workers:
            worker.join(timeout=35)
        server.send_signal(signal.SIGTERM)
        server.wait()
        restored = args.data_dir + "-restored"
        shutil.rmtree(restored, ignore_errors=True)
        os.makedirs(restored)
        shutil.copy(target, os.path.join(restored, "samverka.sqlite"))
        with sqlite3.connect(os.path.join(restored, "samverka.sqlite")) as db:
            check = db.execute("PRAGMA integrity_check").fetchone()[0]
            in_copy = {row[0] for row in db.execute("SELECT name FROM associations WHERE name LIKE 'Övningsföreningen %'")}
            fts = db.execute("INSERT INTO associations_fts(associations_fts) VALUES('integrity-check')")
        missing = [name for name in acknowledged_before if name not in in_copy]
        restored_args = argparse.Namespace(**vars(args))
        restored_args.data_dir = restored
        server = start(restored_args, log)
        client = Client(base)
        status, body, _ = client.get("/foreningar?q=övningsföreningen")
        server.send_signal(signal.SIGTERM)
        server.wait()
    print(f"backup drill: integrity {check}, {len(in_copy)} rows in the copy, {len(acknowledged_before)} acknowledged before it began, "
          f"{len(missing)} of those missing; the restored copy serves search with {status}")
    if check != "ok" or missing or status != 200:
        raise SystemExit("backup drill failed")
    print("backup drill passed")


def double_submit(args):
    """Two identical posts of one form at the same moment make one row, not two."""
    base = f"http://127.0.0.1:{PORT}"
    with open(args.data_dir + ".log", "ab") as log:
        server = start(args, log)
        client = Client(base)
        client.sign_in()
        name = f"Övningsföreningen dubbel {time.time_ns()}"
        results = []
        barrier = threading.Barrier(2)

        def post():
            barrier.wait()
            results.append(register_association(client, name))
        threads = [threading.Thread(target=post) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        server.send_signal(signal.SIGTERM)
        server.wait()
    count = sum(1 for present in names_in_database(args) if present == name)
    print(f"double submit: answers {results}, rows {count}")
    if count != 1:
        raise SystemExit("double-submit drill failed")
    print("double-submit drill passed")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("drill", choices=["crash", "backup", "double-submit"])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=6)
    arguments = parser.parse_args()
    {"crash": crash, "backup": backup, "double-submit": double_submit}[arguments.drill](arguments)
