#!/usr/bin/env python3
"""The measuring half of bench/run: which URLs, how wrk is run and read, nginx next to the app,
RSS, page weight, and the RESULTS.md table against the targets."""
import datetime
import gzip
import json
import os
import pathlib
import platform
import re
import signal
import subprocess
import sys
import time
import urllib.request

TARGETS = {"p99_ms": 15, "growth": 1.5, "page_kb": 30, "rss_mb": 150, "vs_nginx": 0.3, "search_vs_health": 0.25}


def urls(base, data_dir):
    """The pages the issue lists, found on the running app (an association page, a known number)."""
    directory = fetch(base + "/foreningar")
    slug = re.search(r'href="/foreningar/([a-z0-9-]+)"', directory.split("<main", 1)[1]).group(1)
    numbers = lookup(data_dir, "SELECT org_number FROM associations WHERE org_number IS NOT NULL AND joined_since IS NOT NULL LIMIT 1")
    projects = fetch(base + "/projekt?status=ongoing")
    project = re.search(r'href="/projekt/([a-z0-9-]+)"', projects.split("<main", 1)[1].split('class="card-list"', 1)[1]).group(1)
    assignments = fetch(base + "/volontar")
    assignment = re.search(r'href="/volontar/([a-z0-9-]+)"', assignments.split("<main", 1)[1].split('class="card-list"', 1)[1]).group(1)
    events = fetch(base + "/evenemang")
    event = re.search(r'href="/evenemang/([a-z0-9-]+)"', events.split("<main", 1)[1].split('class="card-list"', 1)[1]).group(1)
    district = lookup(data_dir, "SELECT slug FROM districts ORDER BY position, name LIMIT 1")
    year = datetime.date.today().year
    # From the database, not the follow-up page: its first answer is measured (uncached) below.
    department = lookup(data_dir, "SELECT slug FROM departments ORDER BY position, name LIMIT 1")
    return [
        ("health", "/health", False),
        ("start page", "/", True),
        ("directory", "/foreningar", True),
        ("directory, search", "/foreningar?q=musik", True),
        ("association page", f"/foreningar/{slug}", True),
        ("search API (uncached)", "/api/v1/associations?q=bollklubb", False),
        ("eligibility API", f"/api/v1/eligibility/{numbers}", False),
        ("inquiry statistics", "/kontakt/statistik", True),
        ("inquiry statistics API", "/api/v1/inquiry-stats", False),
        ("consultations list", "/samrad", True),
        ("project list", "/projekt", True),
        ("project list, search", "/projekt?q=l%C3%A4xhj%C3%A4lp", True),
        ("project page", f"/projekt/{project}", True),
        ("projects API (uncached)", "/api/v1/projects?goal=4&q=spr%C3%A5kcaf%C3%A9", False),
        ("calls list", "/efterlysningar", True),
        ("assignment list", "/volontar", True),
        ("assignment list, youth and regular", "/volontar?youth=on&timing=regular", True),
        ("assignment list, search", "/volontar?q=l%C3%A4xhj%C3%A4lp", True),
        ("assignment page", f"/volontar/{assignment}", True),
        ("volunteering figures", "/volontar/statistik", True),
        ("volunteering API (kept)", "/api/v1/volunteering?youth=true&q=l%C3%A4xhj%C3%A4lp", False),
        ("event list", "/evenemang", True),
        ("event list, district and kind", f"/evenemang?district={district_id(data_dir, district)}&kind=meeting", True),
        ("event page", f"/evenemang/{event}", True),
        ("district page", f"/stadsdelar/{district}", True),
        ("event calendar", "/evenemang.ics", True),
        ("events API (kept)", f"/api/v1/events?district={district}&kind=training", False),
        ("staff day figures", "/civilsamhallesdagar", True),
        ("staff days API (kept)", "/api/v1/staff-days", False),
        ("follow-up", f"/uppfoljning/{year}", True),
        ("follow-up API", f"/api/v1/follow-up/{year}", False),
        ("follow-up, one department", f"/uppfoljning/{year}/{department}", True),
        ("follow-up, last year", f"/uppfoljning/{year - 1}", True),
        ("contact network", "/kontaktnatet", True),
        ("council page", "/samverkansradet", True),
        ("council news", "/samverkansradet/nyheter", True),
        ("council feed", "/samverkansradet/nyheter.atom", False),
        ("action plan", "/samverkansradet/handlingsplan", True),
        ("support catalogue", "/stod", True),
        ("guide API", "/api/v1/guide?want=moneyOrPremises&category=youth&orgNumber=no&joined=no&capacity=little", False),
    ]


def district_id(data_dir, slug):
    """The list's filter takes the district's id, as its form sends it."""
    return lookup(data_dir, f"SELECT lower(CAST(id AS TEXT)) FROM districts WHERE slug = '{slug}'")


def lookup(data_dir, sql):
    """One value from the database the server runs on: PostgreSQL when DATABASE_URL is set
    (`bench/run --database-url`), else the SQLite file in the data directory."""
    url = os.environ.get("DATABASE_URL")
    command = ["psql", url, "-Atc", sql] if url else ["sqlite3", os.path.join(data_dir, "samverka.sqlite"), sql]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def chosen(rows):
    """`bench/run --only REGEX` keeps the rows whose name matches, and always /health and the search API,
    which the targets are read against."""
    only = os.environ.get("BENCH_ONLY")
    if not only:
        return rows
    return [row for row in rows if row[0] in ("health", "search API (uncached)") or re.search(only, row[0])]


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def wrk(url, duration, connections):
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
                         capture_output=True, text=True).stdout
    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not match:
            return None
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": latency("50"), "p99": latency("99"),
            "non2xx": int(errors.group(1)) if errors else 0}


def peak_rss_mb(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def start_nginx(root, port, work):
    conf = pathlib.Path(work) / "nginx.conf"
    conf.write_text(f"""
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  default_type text/html;
  server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
""")
    subprocess.run(["nginx", "-c", str(conf)], check=True)
    time.sleep(0.5)


def measure(results_path, size, seed_seconds, app_port, nginx_port, duration, connections, pid, data_dir):
    base = f"http://127.0.0.1:{app_port}"
    work = os.environ["WORK"]
    static = pathlib.Path(work) / f"static-{size}"
    static.mkdir(exist_ok=True)
    css = fetch(base + re.search(r'href="(/styles\.css[^"]*)"', fetch(base + "/")).group(1))
    rows = []
    for number, (name, path, is_page) in enumerate(chosen(urls(base, data_dir))):
        started = time.monotonic()
        body = fetch(base + path)  # the first answer is the uncached one (the follow-up of a year is made here)
        first_ms = (time.monotonic() - started) * 1000
        rss_after_first = peak_rss_mb(pid)
        (static / f"p{number}.html").write_text(body)
        wrk(base + path, 2, connections)  # warm-up
        app = wrk(base + path, duration, connections)
        row = {"name": name, "path": path, "app": app, "bytes": len(body.encode()),
               "gzip": len(gzip.compress(body.encode())), "is_page": is_page, "first_ms": first_ms,
               "rss_after_first_mb": rss_after_first}
        rows.append(row)
    start_nginx(static, nginx_port, work)
    try:
        for number, row in enumerate(rows):
            wrk(f"http://127.0.0.1:{nginx_port}/p{number}.html", 2, connections)
            row["nginx"] = wrk(f"http://127.0.0.1:{nginx_port}/p{number}.html", duration, connections)
    finally:
        os.kill(int(pathlib.Path(work, "nginx.pid").read_text()), signal.SIGTERM)
        time.sleep(0.5)
    results = json.loads(pathlib.Path(results_path).read_text())
    results["sizes"][str(size)] = {"rows": rows, "rss_mb": peak_rss_mb(pid), "seed_seconds": int(seed_seconds),
                                   "css_bytes": len(css.encode()), "css_gzip": len(gzip.compress(css.encode()))}
    pathlib.Path(results_path).write_text(json.dumps(results, indent=1))
    for row in rows:
        print(f"  {row['name']:24} {row['app']['rps']:9.0f} req/s  p50 {row['app']['p50'] or 0:6.2f} ms  "
              f"p99 {row['app']['p99'] or 0:6.2f} ms  nginx {row['nginx']['rps']:9.0f} req/s")


def machine():
    cpu = "unknown"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = int(pathlib.Path("/proc/meminfo").read_text().split()[1]) // (1024 * 1024)
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB RAM, {platform.system()} {platform.release()}; wrk and the server on the same machine"


def report(results_path, out_path):
    results = json.loads(pathlib.Path(results_path).read_text())
    sizes = sorted(results["sizes"], key=int)
    lines = [f"# Benchmark results", "",
             f"Run on {results['date']} by `bench/run` on {machine()}.", "",
             "Each URL: 2 s warm-up, then wrk with 2 threads and "
             f"{results.get('connections', 16)} connections for {results.get('duration', 10)} s. "
             "nginx serves the same bytes as static files in the same run; the ratio is what we track.", ""]
    for size in sizes:
        data = results["sizes"][size]
        health = next(r for r in data["rows"] if r["name"] == "health")["app"]["rps"]
        lines += [f"## {int(size):,} associations".replace(",", " "), "",
                  f"Seeded in {data['seed_seconds']} s. Peak RSS of the server: {data['rss_mb']:.0f} MB. "
                  f"CSS: {data['css_bytes']} B ({data['css_gzip']} B gzip), no JavaScript.", "",
                  "| URL | req/s | p50 ms | p99 ms | nginx req/s | ÷ nginx | bytes | gzip |", "|---|---|---|---|---|---|---|---|"]
        for row in data["rows"]:
            app, nginx = row["app"], row["nginx"]
            ratio = app["rps"] / nginx["rps"] if nginx["rps"] else 0
            lines.append(f"| {row['name']} (`{row['path']}`) | {app['rps']:.0f} | {app['p50'] or 0:.2f} | {app['p99'] or 0:.2f} | "
                         f"{nginx['rps']:.0f} | {ratio:.2f} | {row['bytes']} | {row['gzip']} |")
        search = next(r for r in data["rows"] if r["name"].startswith("search API"))["app"]["rps"]
        lines += ["", f"Search API ÷ /health: {search / health:.2f} (target ≥ {TARGETS['search_vs_health']}).", ""]
        first = [f"{r['name']} {r['first_ms']:.0f} ms (peak RSS after it {r.get('rss_after_first_mb') or 0:.0f} MB)"
                 for r in data["rows"] if r["name"].startswith(("follow-up", "council", "contact", "action")) and "first_ms" in r]
        if first:
            lines += [f"First (uncached) answer: {'; '.join(first)} (target for the follow-up ≤ 2 000 ms and ≤ 150 MB).", ""]
    lines += targets(results, sizes)
    pathlib.Path(out_path).write_text("\n".join(lines) + "\n")


def targets(results, sizes):
    largest = results["sizes"][sizes[-1]]
    smallest = results["sizes"][sizes[0]]
    pages = [r for r in largest["rows"] if r["name"] != "health"]
    worst_p99 = max(r["app"]["p99"] or 0 for r in pages)
    growth = max((r["app"]["p99"] or 0) / max(next(s for s in smallest["rows"] if s["name"] == r["name"])["app"]["p99"] or 0.001, 0.001) for r in pages)
    largest_page = max(r["bytes"] + largest["css_bytes"] for r in pages) / 1024
    public = [r for r in pages if r["is_page"]]
    worst_ratio = min(r["app"]["rps"] / r["nginx"]["rps"] for r in public)
    health = next(r for r in largest["rows"] if r["name"] == "health")["app"]["rps"]
    search = next(r for r in largest["rows"] if r["name"].startswith("search API"))["app"]["rps"]
    def verdict(ok):
        return "met" if ok else "**missed**"
    return ["## Against the targets", "", f"At {int(sizes[-1]):,} associations:".replace(",", " "), "",
            "| target | measured | |", "|---|---|---|",
            f"| p99 ≤ {TARGETS['p99_ms']} ms at 16 connections, every page | worst {worst_p99:.1f} ms | {verdict(worst_p99 <= TARGETS['p99_ms'])} |",
            f"| p99 grows ≤ {TARGETS['growth']}× from {int(sizes[0])} to {int(sizes[-1])} | worst {growth:.2f}× | {verdict(growth <= TARGETS['growth'])} |",
            f"| every page ≤ {TARGETS['page_kb']} KB (HTML + CSS + JS) | largest {largest_page:.1f} KB | {verdict(largest_page <= TARGETS['page_kb'])} |",
            f"| peak RSS ≤ {TARGETS['rss_mb']} MB | {largest['rss_mb']:.0f} MB | {verdict(largest['rss_mb'] <= TARGETS['rss_mb'])} |",
            f"| public pages ≥ {TARGETS['vs_nginx']} × nginx | worst {worst_ratio:.2f} | {verdict(worst_ratio >= TARGETS['vs_nginx'])} |",
            f"| search API ≥ {TARGETS['search_vs_health']} × /health | {search / health:.2f} | {verdict(search / health >= TARGETS['search_vs_health'])} |", ""]


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "init":
        pathlib.Path(sys.argv[2]).write_text(json.dumps({"date": datetime.date.today().isoformat(), "sizes": {}}))
    elif command == "measure":
        measure(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7], sys.argv[8], sys.argv[9], sys.argv[10])
    elif command == "report":
        report(sys.argv[2], sys.argv[3])
