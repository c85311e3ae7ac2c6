#!/usr/bin/env python3
"""Scale-out drill: PostgreSQL, two `samverka serve` processes, nginx round-robin in front
(configured from deploy/nginx, as in production but without TLS).

  scale_out.py --binary B --database-url URL --work DIR

First `nginx -t` on the deploy files installed as deploy/nginx/samverka.conf says, inside the
machine's own nginx.conf. Then a browser-like client signs in and keeps working while nginx
alternates its requests between the instances (sessions live in the database), and both
instances' mail workers deliver the mails it causes: each arrives exactly once (counted by
Message-ID at an SMTP sink).
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import front_nginx  # noqa: E402
from drills import Client, wait_for_port  # noqa: E402

PORTS = (8101, 8102)
PROXY = 8100
SINK = 2531


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    front_nginx.check_install(work / "nginx-install")
    print("scale-out: deploy/nginx loads into Debian's nginx.conf as installed (nginx -t)")
    mail_dir = work / "mail"
    mail_dir.mkdir(exist_ok=True)
    processes = []
    try:
        log = open(work / "scale-out.log", "ab")
        sink = subprocess.Popen([sys.executable, str(pathlib.Path(__file__).parent.parent / "Tests/Support/smtp_sink.py"),
                                 "--port", str(SINK), "--dir", str(mail_dir)], stdout=log, stderr=subprocess.STDOUT)
        processes.append(sink)
        env = dict(os.environ, DATABASE_URL=args.database_url, SAMVERKA_SMTP_URL=f"smtp://127.0.0.1:{SINK}",
                   SAMVERKA_BASE_URL=f"http://127.0.0.1:{PROXY}", LOG_LEVEL="info", SAMVERKA_DATA_DIR=str(work / "unused"),
                   SAMVERKA_TRUSTED_PROXIES="127.0.0.1")
        subprocess.run([args.binary, "migrate"], env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
        subprocess.run([args.binary, "seed", "--demo"], env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
        for port in PORTS:
            instance_log = open(work / f"instance-{port}.log", "ab")
            processes.append(subprocess.Popen([args.binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                                              env=env, stdout=instance_log, stderr=subprocess.STDOUT))
            wait_for_port(port)
        conf = front_nginx.write_config(work, PROXY, PORTS)
        front_nginx.start(conf)
        wait_for_port(PROXY)

        # The deploy file's cache: an anonymous page is kept by nginx, a signed-in one never.
        anonymous = Client(f"http://127.0.0.1:{PROXY}")
        caches = [anonymous.get("/samrad")[2].get("X-Cache") for _ in range(3)]
        assert {"HIT", "REVALIDATED", "UPDATING", "STALE"} & set(caches), f"nginx did not keep the anonymous page: {caches}"

        client = Client(f"http://127.0.0.1:{PROXY}")
        client.sign_in()
        served_by = set()
        invited = []
        for n in range(12):
            status, body, _ = client.get("/foreningar/mina")
            assert status == 200 and "Logga ut" in body, f"request {n}: signed out or failed ({status})"
            # the first of the member's associations that may invite (a verified one: the page has the form)
            for slug in re.findall(r'href="/foreningar/([a-z0-9-]+)"', body.split("<main", 1)[1]):
                if f"/foreningar/{slug}/representanter/bjud-in" in client.get(f"/foreningar/{slug}/representanter")[1]:
                    break
            address = f"inbjuden-{n}-{time.time_ns()}@example.org"
            status, _, _ = client.post(f"/foreningar/{slug}/representanter/bjud-in", {"email": address}, client.nonce)
            assert status == 303, f"invitation {n} answered {status}"
            invited.append(address)
        for port in PORTS:
            text = (work / f"instance-{port}.log").read_text(errors="replace")
            if "/foreningar/mina" in text:
                served_by.add(port)
        assert served_by == set(PORTS), f"only {served_by} served the signed-in client"

        deadline = time.time() + 60
        ids = []
        while time.time() < deadline:
            ids = [re.search(r"^Message-ID: <([^>]+)>", p.read_text(errors="replace"), re.M).group(1) for p in mail_dir.glob("*.eml")]
            if len(set(ids)) >= len(invited):
                break
            time.sleep(1)
        time.sleep(5)  # give a second worker the chance to send anything twice
        ids = [re.search(r"^Message-ID: <([^>]+)>", p.read_text(errors="replace"), re.M).group(1) for p in mail_dir.glob("*.eml")]
        duplicates = len(ids) - len(set(ids))
        print(f"scale-out: both instances served one signed-in session; {len(invited)} invitations mailed, "
              f"{len(set(ids))} arrived, {duplicates} twice")
        if duplicates or len(set(ids)) < len(invited):
            raise SystemExit("scale-out drill failed")
        print("scale-out drill passed")
    finally:
        front_nginx.stop(work)
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait()


if __name__ == "__main__":
    main()
