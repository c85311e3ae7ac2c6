#!/usr/bin/env python3
"""bench/run --mixed and --front: the page set read while writes run, and the deploy nginx in front.

  mixed.py mixed RESULTS.json SIZE APP_PORT DURATION CONNECTIONS PID DATA_DIR RATES
  mixed.py front RESULTS.json SIZE APP_PORT FRONT_PORT STATIC_PORT DURATION CONNECTIONS DATA_DIR
  mixed.py report RESULTS.json OUT

Writes are what a real day has: questions asked by visitors (each from an address of its own, as
nginx forwards it, so the per-client limits see many people), visitors registering for an event and
showing interest in a volunteer assignment, and consultation answers saved and associations
registered by a signed-in member. The server runs with SAMVERKA_TRUSTED_PROXIES=127.0.0.1.
"""
import datetime
import json
import os
import pathlib
import re
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
import front_nginx  # noqa: E402
import pages  # noqa: E402
from drills import Client, answer_consultation, ask_question, register_association  # noqa: E402

WRITERS = 4
# One round of writes: questions twice (after each, the report's wait is measured), then the rest.
KINDS = ("ask", "sign-up", "answer", "ask", "interest", "register")


def first_form(base, list_path, link, form_path, fits):
    """The first item of a list whose form (at `form_path(slug)`, or on the item's page) `fits`, or None."""
    for page in range(1, 6):
        listing = pages.fetch(f"{base}{list_path}?page={page}")
        for slug in dict.fromkeys(re.findall(link, listing.split("<main", 1)[1])):
            try:
                body = pages.fetch(base + form_path(slug))
            except urllib.error.HTTPError:  # a link of the page that is no item (a form for staff, say)
                continue
            if fits(slug, body):
                return slug
    return None


def targets(base):
    """The event whose page takes registrations (not a training, which asks more) and the assignment
    that takes interest, which the writes use; found once, before the read-only phase. The event
    starts two hours or more from now: registration closes when it starts, and an event that began
    during a run refused every sign-up after (299 "failed" writes at 20 a second, fifteenth run)."""
    event = None
    later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=2)
    for page in range(1, 1000):  # the events API says which take registrations; at 250 000 they are far down the list
        listed = json.loads(pages.fetch(f"{base}/api/v1/events?per=50&page={page}"))
        event = next((item["slug"] for item in listed["items"]
                      if (item.get("registration") or {}).get("open") and item["kind"] != "training"
                      and datetime.datetime.fromisoformat(item["starts"]) >= later), None)
        if event or page * 50 >= listed["total"]:
            break
    assignment = first_form(base, "/volontar", r'href="/volontar/([a-z0-9-]+)"', lambda slug: f"/volontar/{slug}/intresse",
                            lambda slug, body: 'name="consent"' in body)
    print(f"  writes: sign-ups to /evenemang/{event}, interest in /volontar/{assignment}")
    return event, assignment


def sign_up(client, slug, n):
    """A visitor registers for an event (a place or the waiting list), as its page's form sends it."""
    client.get(f"/evenemang/{slug}")
    fields = {"name": f"Besökare {n}", "email": f"anmalan-{n}-{time.time_ns()}@example.org", "answer": ""}
    status, _, headers = client.post(f"/evenemang/{slug}/anmal", fields, client.nonce)
    return status == 303


def show_interest(client, slug, n):
    """A visitor without an account shows interest in an assignment."""
    client.get(f"/volontar/{slug}/intresse")
    fields = {"name": f"Volontär {n}", "email": f"intresse-{n}-{time.time_ns()}@example.org", "phone": "",
              "message": "Jag kan hjälpa till.", "consent": "on"}
    status, _, headers = client.post(f"/volontar/{slug}/intresse", fields, client.nonce)
    return status == 303


class Writes:
    """Writes at a fixed rate from a few threads until stopped; after each question, how long
    the statistics report took to answer (it is what a write retires)."""

    def __init__(self, base, rate, targets):
        self.base, self.rate = base, rate
        self.event, self.assignment = targets
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.done = {kind: 0 for kind in KINDS} | {"failed": 0}
        self.latencies = []
        self.report_waits = []
        self.threads = [threading.Thread(target=self.run, args=(n,), daemon=True) for n in range(WRITERS)]

    def __enter__(self):
        self.started = time.time()
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)
        self.seconds = time.time() - self.started

    def run(self, worker):
        member = Client(self.base)
        member.sign_in()
        interval = WRITERS / self.rate
        due = time.time() + worker * interval / WRITERS
        n = worker
        while not self.stop.is_set():
            time.sleep(max(0.0, due - time.time()))
            due += interval
            kind = KINDS[n % len(KINDS)]
            started = time.time()
            visitor = Client(self.base)
            visitor.headers["X-Forwarded-For"] = f"198.51.{(n // 250) % 250}.{n % 250 + 1}"
            if kind == "ask":
                ok = ask_question(visitor, f"Blandad last {n}", email=f"blandad-{n}-{time.time_ns()}@example.org")
            elif kind == "sign-up":
                ok = bool(self.event) and sign_up(visitor, self.event, n)
            elif kind == "interest":
                ok = bool(self.assignment) and show_interest(visitor, self.assignment, n)
            elif kind == "answer":
                ok = answer_consultation(member, f"Svar {n}")
            else:
                member.get("/foreningar/ny")
                ok = register_association(member, f"Blandad förening {n} {time.time_ns()}", member.nonce)
            elapsed = time.time() - started
            waited = None
            if ok and kind == "ask":
                probe = time.time()
                urllib.request.urlopen(self.base + "/api/v1/inquiry-stats", timeout=60).read()
                waited = time.time() - probe
            with self.lock:
                self.done[kind if ok else "failed"] += 1
                self.latencies.append(elapsed)
                if waited is not None:
                    self.report_waits.append(waited)
            n += WRITERS


def report_waits(base):
    """The server's own record of requests that waited for a kept value being made (a report),
    summed over the caches: `samverka_cache_wait_seconds`'s buckets, by upper bound."""
    buckets = {}
    for line in pages.fetch(base + "/metrics").splitlines():
        found = re.match(r"samverka_cache_wait_seconds_bucket\{(.*)\} (\S+)$", line)
        if found:
            bound = dict(re.findall(r'(\w+)="([^"]*)"', found.group(1)))["le"]
            buckets[bound] = buckets.get(bound, 0) + float(found.group(2))
    return buckets


def waits_between(before, after):
    """How many requests waited for a report between two `report_waits`, how many over 100 ms,
    and the smallest bucket bound that holds them all (None: over the largest)."""
    counts = {bound: after[bound] - before.get(bound, 0) for bound in after}
    total = counts.get("+Inf", 0)
    bounds = sorted((float(bound), n) for bound, n in counts.items() if bound != "+Inf")
    within_100 = max((n for bound, n in bounds if bound <= 0.1 + 1e-9), default=0)
    longest = next((bound for bound, n in bounds if n >= total), None)
    return {"waits": int(total), "over_100_ms": int(total - within_100),
            "longest_within_ms": None if longest is None else longest * 1000}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else None


def mixed(results_path, size, app_port, duration, connections, pid, data_dir, rates):
    base = f"http://127.0.0.1:{app_port}"
    set_ = [(name, path) for name, path, _ in pages.urls(base, data_dir)]
    phases, written_to = [], targets(base)
    for rate in [0] + [float(r) for r in rates.split()]:
        rows = []
        if rate:
            waits_before = report_waits(base)
            with Writes(base, rate, written_to) as writes:
                time.sleep(2)
                for name, path in set_:
                    rows.append({"name": name, "path": path, "app": pages.wrk(base + path, duration, connections)})
            written = {"per_second": sum(v for k, v in writes.done.items() if k != "failed") / writes.seconds, **writes.done,
                       "p99_ms": (percentile(writes.latencies, 0.99) or 0) * 1000,
                       "report_wait_max_ms": max(writes.report_waits, default=0) * 1000,
                       "report_wait_p99_ms": (percentile(writes.report_waits, 0.99) or 0) * 1000,
                       "server_waits": waits_between(waits_before, report_waits(base))}
        else:
            for name, path in set_:
                pages.wrk(base + path, 2, connections)
                rows.append({"name": name, "path": path, "app": pages.wrk(base + path, duration, connections)})
            written = None
        phases.append({"rate": rate, "rows": rows, "writes": written})
        print(f"  {rate:4.0f} writes/s: " + ", ".join(f"{r['name']} {r['app']['rps']:.0f}" for r in rows[:4]) + " …"
              + (f"; writes {written['per_second']:.1f}/s, report wait max {written['report_wait_max_ms']:.0f} ms"
                 f" (server: {written['server_waits']})" if written else ""))
    store(results_path, size, "mixed", {"phases": phases, "rss_mb": pages.peak_rss_mb(pid)})


def front(results_path, size, app_port, front_port, static_port, duration, connections, data_dir):
    base, via = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{front_port}"
    work = pathlib.Path(os.environ["WORK"]) / f"front-{size}"
    static = work / "static"
    static.mkdir(parents=True, exist_ok=True)
    anonymous = [(name, path) for name, path, is_page in pages.urls(base, data_dir) if is_page]
    for number, (_, path) in enumerate(anonymous):
        (static / f"p{number}.html").write_text(pages.fetch(base + path))
    front_nginx.start(front_nginx.write_config(work, front_port, [app_port], extra_servers=(
        f"  server {{ listen 127.0.0.1:{static_port}; access_log off; default_type text/html; root {static}; }}\n")))
    rows = []
    try:
        time.sleep(0.5)
        for number, (name, path) in enumerate(anonymous):
            pages.wrk(via + path, 2, connections)
            proxied = pages.wrk(via + path, duration, connections)
            pages.wrk(f"http://127.0.0.1:{static_port}/p{number}.html", 2, connections)
            served = pages.wrk(f"http://127.0.0.1:{static_port}/p{number}.html", duration, connections)
            rows.append({"name": name, "path": path, "front": proxied, "static": served})
        visible = []
        # Eight questions, each asked at another point of the second: nginx counts freshness in
        # whole seconds, and a fixed pause between them would measure one phase only.
        for n in range(8):
            before = json.loads(pages.fetch(via + "/api/v1/inquiry-stats"))["overall"]["inquiries"]
            visitor = Client(via)
            visitor.headers["X-Forwarded-For"] = f"203.0.113.{n + 1}"
            assert ask_question(visitor, f"Syns den? {n}", email=f"synlig-{n}-{time.time_ns()}@example.org")
            asked = time.time()
            while json.loads(pages.fetch(via + "/api/v1/inquiry-stats"))["overall"]["inquiries"] == before and time.time() - asked < 10:
                time.sleep(0.02)
            visible.append(time.time() - asked)
            time.sleep(0.3 + (n % 4) * 0.25)
    finally:
        front_nginx.stop(work)
        time.sleep(0.5)
    for row in rows:
        print(f"  {row['name']:24} via nginx {row['front']['rps']:9.0f} req/s  static {row['static']['rps']:9.0f} req/s")
    print(f"  a write was visible through the front after at most {max(visible) * 1000:.0f} ms")
    store(results_path, size, "front", {"rows": rows, "visible_ms": [v * 1000 for v in visible]})


def store(results_path, size, kind, data):
    path = pathlib.Path(results_path)
    results = json.loads(path.read_text())
    results["sizes"].setdefault(str(size), {})[kind] = data
    path.write_text(json.dumps(results, indent=1))


def server_waits(written):
    waits = written.get("server_waits")
    if not waits:
        return "not measured"
    longest = "over 10 s" if waits["longest_within_ms"] is None else f"≤ {waits['longest_within_ms']:.0f} ms"
    return f"{waits['waits']}, {waits['over_100_ms']}, {longest}" if waits["waits"] else "none"


def report(results_path, out_path):
    results = json.loads(pathlib.Path(results_path).read_text())
    lines = ["# Mixed load and the deploy nginx in front", "",
             f"Run on {results['date']} by `bench/run {results.get('args', '')}` on {pages.machine()}.", ""]
    for size, data in sorted(results["sizes"].items(), key=lambda item: int(item[0])):
        lines += [f"## {int(size):,} associations".replace(",", " "), ""]
        if "mixed" in data:
            phases = data["mixed"]["phases"]
            rates = [p["rate"] for p in phases]
            lines += ["Reads with writes running (questions, event sign-ups, interest in assignments, consultation answers, "
                      "associations registered) at each rate: req/s and p99 ms.", "",
                      "| URL | " + " | ".join(f"{r:.0f} w/s" for r in rates) + " |", "|---" * (len(rates) + 1) + "|"]
            for i, row in enumerate(phases[0]["rows"]):
                cells = [f"{p['rows'][i]['app']['rps']:.0f} / {p['rows'][i]['app']['p99'] or 0:.1f}" for p in phases]
                lines.append(f"| {row['name']} (`{row['path']}`) | " + " | ".join(cells) + " |")
            lines += ["", "| writes/s asked | done/s | questions | event sign-ups | interest | answers | registrations | failed | write p99 ms "
                      "| report wait max ms | waited for a report in the server: requests, over 100 ms, longest |",
                      "|---|---|---|---|---|---|---|---|---|---|---|"]
            for p in phases[1:]:
                w = p["writes"]
                lines.append(f"| {p['rate']:.0f} | {w['per_second']:.1f} | {w['ask']} | {w.get('sign-up', 0)} | {w.get('interest', 0)} | "
                             f"{w['answer']} | {w['register']} | {w['failed']} | {w['p99_ms']:.0f} | {w['report_wait_max_ms']:.0f} | "
                             f"{server_waits(w)} |")
            lines += ["", f"Peak RSS of the server: {data['mixed']['rss_mb']:.0f} MB.", ""]
            five = next((p for p in phases if p["rate"] == 5), None)
            if five:
                ratios = sorted(f["app"]["rps"] / max(r["app"]["rps"], 1) for f, r in zip(five["rows"], phases[0]["rows"]))
                together = sum(f["app"]["rps"] for f in five["rows"]) / max(sum(r["app"]["rps"] for r in phases[0]["rows"]), 1)
                worst = max(f["app"]["p99"] or 0 for f in five["rows"])
                # Each URL's ratio is two 3-second runs on a machine wrk shares, ±0.1 from run to run: the
                # worst of 40 is mostly the noise's tail. The page set as a whole and the median URL say
                # what the writes cost the reads; all three are given.
                lines += [f"At 5 writes/s: worst read req/s ÷ read-only {ratios[0]:.2f} (target ≥ 0.8); the page set together "
                          f"{together:.2f}, the median URL {ratios[len(ratios) // 2]:.2f}; worst read p99 {worst:.1f} ms "
                          f"(target ≤ 15); report wait after a write at most {five['writes']['report_wait_max_ms']:.0f} ms as the client "
                          f"saw it (queued behind the readers too), {server_waits(five['writes'])} in the server (target ≤ 100).", ""]
        if "front" in data:
            lines += ["Anonymous pages through the deploy nginx (cache 1 s, revalidated with the app's ETags) ÷ nginx serving the same bytes.", "",
                      "| URL | via nginx req/s | p99 ms | static req/s | ratio |", "|---|---|---|---|---|"]
            for row in data["front"]["rows"]:
                ratio = row["front"]["rps"] / max(row["static"]["rps"], 1)
                lines.append(f"| {row['name']} (`{row['path']}`) | {row['front']['rps']:.0f} | {row['front']['p99'] or 0:.1f} | "
                             f"{row['static']['rps']:.0f} | {ratio:.2f} |")
            seen = data["front"]["visible_ms"]
            lines += ["", f"A question asked through the front showed in the statistics API after {min(seen):.0f}–{max(seen):.0f} ms "
                      "(target ≤ 1 000).", ""]
    pathlib.Path(out_path).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "mixed":
        mixed(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7])
    elif command == "front":
        front(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7])
    elif command == "report":
        report(args[0], args[1])
