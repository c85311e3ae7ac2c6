#!/usr/bin/env python3
"""Fault drills against a real `samverka serve`: nothing acknowledged may be lost.

  drills.py crash  --binary B --data-dir D [--database-url URL] [--rounds 3]
  drills.py backup --binary B --data-dir D
  drills.py double-submit --binary B --data-dir D
  drills.py mail   --binary B --data-dir D

Each takes --port (default 8095) for its server, so the mail drill, which mostly waits for the
outbox's one-minute retry, can run beside the others.

Each drill starts its own server (demo data), drives it over HTTP like a browser and
checks the database afterwards. Exit status 0 means the drill passed.
"""
import argparse
import http.cookiejar
import os
import pathlib
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

    def __init__(self, base, forwarded_for=None):
        self.base = base
        self.forwarded_for = forwarded_for  # as nginx in front would say who the client is
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), self.NoRedirect)
        self.token = None
        self.nonce = None
        self.headers = {}

    def request(self, method, path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(self.base + urllib.parse.quote(path, safe="/?=&"), data=data, method=method,
                                         headers=self.headers)
        if self.forwarded_for:
            request.add_header("X-Forwarded-For", self.forwarded_for)
        try:
            response = self.opener.open(request, timeout=30)
            status, body, headers = response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as error:
            status, body, headers = error.code, error.read().decode(errors="replace"), error.headers
        found = re.search(r'name="_csrf" value="([^"]+)"', body)
        if found:
            self.token = found.group(1)
        found = re.search(r'name="_submission" value="([^"]+)"', body)
        if found:
            self.nonce = found.group(1)
        return status, body, headers

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, nonce=None):
        """Posts like a browser would; a form page's nonce only when given (each load has its own)."""
        extra = {"_csrf": self.token or ""}
        if nonce:
            extra["_submission"] = nonce
        return self.request("POST", path, dict(fields, **extra))

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


def port_is_free(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


RUNNING = []


def wait_until_free(port, seconds=30):
    """A server just stopped may take a moment to let go of its port; anything else holding it
    is named, so a clash with another run says which process it was."""
    deadline = time.time() + seconds
    while not port_is_free(port):
        if time.time() > deadline:
            try:
                holders = subprocess.run(["ss", "-ltnp", f"sport = :{port}"], capture_output=True, text=True).stdout
            except OSError:
                holders = ""
            raise SystemExit(f"port {port} is taken; stop whatever listens there first\n{holders}")
        time.sleep(0.5)


def start(args, log, keep_smtp=False):
    wait_until_free(PORT)
    env = dict(os.environ, SAMVERKA_DATA_DIR=args.data_dir, LOG_LEVEL="warning")
    if not keep_smtp:
        env.pop("SAMVERKA_SMTP_URL", None)
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    server = subprocess.Popen([args.binary, "serve", "--hostname", "127.0.0.1", "--port", str(PORT)],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    RUNNING.append(server)
    wait_for_port(PORT)
    return server


def register_association(client, name, nonce=None):
    fields = {"name": name, "description": "Skapad av övningen.", "categories[]": "culture"}
    status, _, headers = client.post("/foreningar/ny", fields, nonce)
    return status == 303 and "/foreningar/" in (headers.get("Location") or "")


def ask_question(client, text, email="ovning@example.org"):
    """A question through "Kontakta kommunen", as a person without an account sends it."""
    client.get("/kontakt/fraga")  # each load of the form gives its own nonce
    fields = {"topic": "premises", "question": text, "name": "Övningsperson", "email": email, "channel": "email"}
    status, _, headers = client.post("/kontakt/fraga", fields, client.nonce)
    return status == 303 and "/kontakt/arende/" in (headers.get("Location") or "")


NPF_ANSWER = "/samrad/plan-for-elever-med-npf-i-grundskolan/svar"


def answer_consultation(client, text):
    """An answer to the demo's open NPF consultation, as the member for themselves: every submit
    is a new version of the same answer, so two workers also race for the one row."""
    client.get(NPF_ANSWER + "?som=person")
    fields = {"som": "person", "comment": text, "intent": "submit"}
    status, _, headers = client.post(NPF_ANSWER, fields, client.nonce)
    return status == 303 and "/svar" in (headers.get("Location") or "")


KINDS = [("Övningsföreningen", register_association, True), ("Övningsfråga", ask_question, False),
         ("Övningssvar", answer_consultation, True)]


def load(base, stop, acknowledged, lock, worker):
    """Workers take turns: register associations (signed in), ask questions (anonymous), answer
    a consultation (signed in)."""
    client = Client(base)
    prefix, write, signed_in = KINDS[worker % len(KINDS)]
    try:
        if signed_in:
            client.sign_in()
    except Exception:
        return
    n = 0
    while not stop.is_set():
        name = f"{prefix} {worker}-{n}-{time.time_ns()}"
        n += 1
        try:
            if write(client, name):
                with lock:
                    acknowledged.append(name)
        except Exception:
            if stop.is_set():
                return
            time.sleep(0.05)


WRITTEN = ("SELECT name FROM associations WHERE name LIKE 'Övningsföreningen %' "
           "UNION ALL SELECT question FROM inquiries WHERE question LIKE 'Övningsfråga %' "
           "UNION ALL SELECT comment FROM consultation_response_versions WHERE comment LIKE 'Övningssvar %'")


def names_in_database(args):
    query = WRITTEN
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
            in_copy = {row[0] for row in db.execute(WRITTEN)}
            db.execute("INSERT INTO association_search(association_search) VALUES('integrity-check')")  # raises if the index is damaged
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
        nonce = client.nonce
        results = []
        barrier = threading.Barrier(2)

        def post():
            barrier.wait()
            results.append(register_association(client, name, nonce))
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


def mail(args):
    """The SMTP sink is down while mails are queued, then comes up: each mail arrives once."""
    base = f"http://127.0.0.1:{PORT}"
    sink_port = 2529
    mail_dir = args.data_dir + "-mail"
    shutil.rmtree(mail_dir, ignore_errors=True)
    os.makedirs(mail_dir)
    os.environ["SAMVERKA_SMTP_URL"] = f"smtp://127.0.0.1:{sink_port}"
    # Registrations are limited per client (five an hour): the drill's people come through a
    # trusted proxy from addresses of their own, as they would from their own homes.
    os.environ["SAMVERKA_TRUSTED_PROXIES"] = "127.0.0.1"
    addresses = []
    with open(args.data_dir + ".log", "ab") as log:
        server = start(args, log, keep_smtp=True)
        for n in range(args.mails):
            client = Client(base, forwarded_for=f"198.51.100.{n + 1}")
            client.get("/konto/glomt-losenord")
            client.get("/konto/skapa")
            address = f"drill-{n}-{time.time_ns()}@example.org"
            status, _, _ = client.post("/konto/skapa", {"displayName": f"Drill {n}", "email": address, "password": "en lång fras för övningen"},
                                       client.nonce)
            assert status == 303, status
            addresses.append(address)
        time.sleep(3)  # the worker tries, the sink is down: every mail waits for a retry
        sink = subprocess.Popen([sys.executable, os.path.join(os.path.dirname(__file__), "..", "Tests", "Support", "smtp_sink.py"),
                                 "--port", str(sink_port), "--dir", mail_dir], stdout=log, stderr=subprocess.STDOUT)
        RUNNING.append(sink)
        deadline = time.time() + args.mail_wait
        pending = None
        while time.time() < deadline:
            pending = outbox_pending(args)
            if pending == 0:
                break
            time.sleep(2)
        server.send_signal(signal.SIGTERM)
        server.wait()
        sink.send_signal(signal.SIGTERM)
        sink.wait()
    # Other mail may go out meanwhile (the morning's overdue-inquiry digest, say): every
    # Message-ID must arrive once, and every drill address must get exactly its one mail.
    ids, to_drill = [], []
    for path in pathlib.Path(mail_dir).glob("*.eml"):
        text = path.read_text(errors="replace")
        found = re.search(r"^Message-ID: <([^>]+)>", text, re.M)
        if found:
            ids.append(found.group(1))
        recipient = re.search(r"^To: .*?<?(drill-[^>\s]+@example\.org)>?\s*$", text, re.M)
        if recipient:
            to_drill.append(recipient.group(1))
    duplicates = len(ids) - len(set(ids))
    print(f"mail drill: {len(addresses)} mails queued with the sink down; {len(to_drill)} of them arrived "
          f"({len(ids)} mails in all), {duplicates} twice, {pending} still pending")
    if pending != 0 or duplicates or sorted(to_drill) != sorted(addresses):
        raise SystemExit("mail drill failed")
    print("mail drill passed")


def outbox_pending(args):
    query = "SELECT COUNT(*) FROM outbox WHERE status <> 'sent'"
    if args.database_url:
        return int(subprocess.run(["psql", args.database_url, "-At", "-c", query], capture_output=True, text=True, check=True).stdout)
    with sqlite3.connect(os.path.join(args.data_dir, "samverka.sqlite")) as db:
        return db.execute(query).fetchone()[0]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("drill", choices=["crash", "backup", "double-submit", "mail"])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--mails", type=int, default=12)
    parser.add_argument("--mail-wait", type=float, default=150)
    parser.add_argument("--port", type=int, default=PORT)
    arguments = parser.parse_args()
    PORT = arguments.port
    try:
        {"crash": crash, "backup": backup, "double-submit": double_submit, "mail": mail}[arguments.drill](arguments)
    finally:
        for process in RUNNING:
            if process.poll() is None:
                process.kill()
                process.wait()
