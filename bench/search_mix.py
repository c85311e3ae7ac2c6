#!/usr/bin/env python3
"""A seeded random mix of distinct directory searches, each asked once (issue 23).

`bench/run --search-mix` calls `measure` for each size with the server started on that size's
data. Every search is a different URL, so the page cache cannot answer any of them: each is the
uncached cost of what people ask, one at a time, after a warm-up of other searches. Words come
from the demo's and the synthetic register's vocabulary; each search has 0–3 filters among
category, district, target group, competence and joined, and a page from 1 to 20. The API takes
category, district and joined; the directory page (`/foreningar`) all five.

    search_mix.py measure RESULTS_JSON SIZE PORT [COUNT] [SEED]
    search_mix.py explain RESULTS_JSON SIZE BINARY   (the data's environment set, the server stopped)
    search_mix.py report RESULTS_JSON OUT_MD
"""
import http.client
import json
import pathlib
import random
import statistics
import subprocess
import sys
import time
import urllib.parse

WORDS = [
    "bollklubb", "läxhjälp", "unga", "musik", "språkcafé", "förening", "scoutkår", "kör", "teater", "odling",
    "natur", "seniorer", "pensionärsförening", "hyresgästförening", "församling", "studiecirkel", "konst",
    "film", "ridning", "schack", "orientering", "skidklubb", "träffpunkt", "mötesplats", "grannstöd",
    "jourförening", "synskadeförening", "hörselförening", "npf", "klimatgrupp", "cykelkök", "kulturbro",
    "fritidsklubb", "ledare", "läsförening", "hembygdsförening", "barn", "familjer", "nyanlända", "trygghet",
    "friluftsdagar", "konserter", "matutdelning", "vivalla", "brickebacken", "örebro", "åsen", "tolkning",
]
CATEGORIES = ["sport", "culture", "social", "integration", "disability", "youth", "seniors", "environment",
              "faith", "tenants", "education", "other"]
GROUPS = ["children", "youth", "adults", "seniors", "families", "newcomers", "disabilities", "women", "everyone"]
COMPETENCES = ["npf", "läxhjälp", "tolkning", "föräldrastöd", "ledarskap", "friluftsliv", "musik",
               "digital hjälp", "krisstöd", "tillgänglighet", "integration", "odling", "trygghet"]


def get(conn, path):
    started = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    return (time.perf_counter() - started) * 1000, response.status, len(body)


def districts(conn):
    conn.request("GET", "/api/v1/districts")
    items = json.loads(conn.getresponse().read())
    items = items.get("items", items) if isinstance(items, dict) else items
    return [item["id"] for item in items]


def mix(count, seed, district_ids):
    """`count` distinct searches as (kind, path): half for the API, half for the directory page."""
    rng = random.Random(seed)
    seen, searches = set(), []
    while len(searches) < count:
        kind = "api" if len(searches) % 2 == 0 else "page"
        words = " ".join(rng.sample(WORDS, rng.choice([1, 1, 1, 2])))
        kinds = ["category", "district", "joined"] + (["group", "competence"] if kind == "page" else [])
        params = {"q": words}
        for name in rng.sample(kinds, rng.randint(0, 3)):
            if name == "category":
                params["category"] = rng.choice(CATEGORIES)
            elif name == "district":
                params["district"] = rng.choice(district_ids)
            elif name == "group":
                params["group"] = rng.choice(GROUPS)
            elif name == "competence":
                params["competence"] = rng.choice(COMPETENCES)
            else:
                params["joined"] = "true" if kind == "api" else "on"
        page = rng.randint(1, 20)
        if page > 1:
            params["page"] = str(page)
        path = ("/api/v1/associations?" if kind == "api" else "/foreningar?") + urllib.parse.urlencode(params)
        if path not in seen:
            seen.add(path)
            searches.append((kind, path))
    return searches


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(results_path, size, port, count=500, seed=23):
    count, seed = int(count), int(seed)
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
    ids = districts(conn)
    # A warm-up of other searches (another seed): the database's pages in memory, as on a used server.
    for _, path in mix(100, seed + 1000, ids):
        get(conn, path)
    timings = {"api": [], "page": []}
    failures, beyond = [], {"api": 0, "page": 0}
    for kind, path in mix(count, seed, ids):
        ms, status, _ = get(conn, path)
        # A page past the last is a 404 that the visitor waits for as for any answer: timed, and counted.
        if status == 404:
            beyond[kind] += 1
        elif status != 200:
            failures.append((status, path))
        timings[kind].append((ms, path))
    results = json.loads(pathlib.Path(results_path).read_text()) if pathlib.Path(results_path).exists() else {}
    entry = {}
    for kind, rows in timings.items():
        values = [ms for ms, _ in rows]
        entry[kind] = {
            "count": len(values), "p50": statistics.median(values), "p95": percentile(values, 0.95),
            "p99": percentile(values, 0.99), "max": max(values), "over100": sum(1 for v in values if v > 100),
            "slowest": sorted(rows, reverse=True)[:5], "beyond": beyond[kind],
        }
    entry["failures"] = failures
    results.setdefault("mix", {})[str(size)] = entry
    pathlib.Path(results_path).write_text(json.dumps(results))
    for kind in ("api", "page"):
        e = entry[kind]
        print(f"  {kind:5} {e['count']} searches: p50 {e['p50']:.1f} ms, p95 {e['p95']:.1f}, p99 {e['p99']:.1f}, "
              f"max {e['max']:.1f}, over 100 ms: {e['over100']}, past the last page (404): {e['beyond']}")
    if failures:
        print(f"  {len(failures)} answers were not 200, first: {failures[0]}")


def explain(results_path, size, binary):
    """The slowest search of each kind asked again by `samverka explain-search`: each statement
    the directory runs for it, with its plan (PostgreSQL: EXPLAIN ANALYZE) and time."""
    path = pathlib.Path(results_path)
    results = json.loads(path.read_text())
    entry = results["mix"][str(size)]
    for kind in ("api", "page"):
        _, slowest = entry[kind]["slowest"][0]
        done = subprocess.run([binary, "explain-search", slowest, "--log", "warning"], capture_output=True, text=True, timeout=300)
        entry[kind]["plan"] = (done.stdout + done.stderr).strip()
    path.write_text(json.dumps(results))


def report(results_path, out_path):
    results = json.loads(pathlib.Path(results_path).read_text())
    lines = ["# Search mix", "",
             "Each search a distinct URL asked once, one at a time, after 100 others as a warm-up "
             "(`bench/search_mix.py`; target p99 ≤ 25 ms and nothing over 100 ms).", ""]
    for size, entry in results.get("mix", {}).items():
        lines += [f"## {int(size):,} associations".replace(",", " "), "",
                  "| | searches | p50 ms | p95 ms | p99 ms | max ms | over 100 ms | past the last page |", "|---|---|---|---|---|---|---|---|"]
        for kind, label in (("api", "API `/api/v1/associations`"), ("page", "directory page `/foreningar`")):
            e = entry[kind]
            lines.append(f"| {label} | {e['count']} | {e['p50']:.1f} | {e['p95']:.1f} | {e['p99']:.1f} | {e['max']:.1f} | {e['over100']} | {e['beyond']} |")
        lines += ["", "Slowest:", ""]
        for kind in ("api", "page"):
            for ms, path in entry[kind]["slowest"]:
                lines.append(f"- {ms:.1f} ms `{urllib.parse.unquote(path)}`")
        for kind in ("api", "page"):
            if entry[kind].get("plan"):
                lines += ["", f"The slowest {'API search' if kind == 'api' else 'directory page'}, asked again "
                          "(`samverka explain-search`):", "", "```", entry[kind]["plan"], "```"]
        if entry.get("failures"):
            lines += ["", f"Not 200: {len(entry['failures'])}, first `{entry['failures'][0]}`"]
        lines.append("")
    pathlib.Path(out_path).write_text("\n".join(lines))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "measure":
        measure(*sys.argv[2:])
    elif command == "explain":
        explain(*sys.argv[2:])
    elif command == "report":
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown command {command}")
