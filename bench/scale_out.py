#!/usr/bin/env python3
"""Scale-out drill: PostgreSQL, two `samverka serve` processes, nginx round-robin in front
(configured from deploy/nginx, as in production but without TLS).

  scale_out.py --binary B --database-url URL --work DIR

First `nginx -t` on the deploy files installed as deploy/nginx/samverka.conf says, inside the
machine's own nginx.conf, and `systemd-analyze verify` and `security --offline` on
deploy/systemd/samverka@.service (where systemd-analyze is installed). The instances are started
as that unit starts them: its ExecStart= for the port, its Environment=. Then a browser-like
client signs in and keeps working while nginx alternates its requests between the instances
(sessions live in the database), and both instances' mail workers deliver the mails it causes:
each arrives exactly once (counted by Message-ID at an SMTP sink).
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
from systemd_unit import Unit, check_offline  # noqa: E402

PORTS = (8101, 8102)
PROXY = 8100
SINK = 2531
UNIT = pathlib.Path(__file__).resolve().parent.parent / "deploy" / "systemd" / "samverka@.service"
# systemd-analyze's exposure × 10 that the unit may reach. It scores 1.4; without any one of User=,
# NoNewPrivileges=, ProtectSystem=strict, ProtectHome=, PrivateTmp=, PrivateDevices=, the
# ProtectKernel…=, RestrictAddressFamilies=, CapabilityBoundingSet= or SystemCallFilter= it scores
# 1.6 or more and fails the step.
EXPOSURE_THRESHOLD = 15


def instance_command(unit, binary, port):
    """The unit's ExecStart= for samverka@port, running binary instead of the installed one."""
    return [binary] + unit.exec_start(str(port))[1:]


def instance_environment(unit, port, settings, var_lib):
    """What systemd gives samverka@port: the unit's Environment=, with its paths in the state
    directory (/var/lib/samverka from StateDirectory=) moved under var_lib, and over them the
    settings production keeps in the unit's EnvironmentFile= (the file overrides Environment=).
    The instances share the state directory, as under systemd: its secret.key seals the TOTP keys
    that every instance must open."""
    states = [f"/var/lib/{name}" for line in unit.values("Service", "StateDirectory") for name in line.split()]

    def moved(value):
        for state in states:
            if value == state or value.startswith(state + "/"):
                return str(var_lib) + value[len("/var/lib"):]
        return value
    environment = {name: moved(value) for name, value in unit.environment(str(port)).items()}
    return dict(os.environ, **environment, **settings)


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
    unit = Unit.read(UNIT)
    exposure = check_offline(UNIT, PORTS[0], args.binary, work / "systemd", EXPOSURE_THRESHOLD)
    if exposure is None:
        print("scale-out: systemd-analyze is not installed; the unit is not checked")
    else:
        print(f"scale-out: {UNIT.name} passes systemd-analyze verify and security --offline "
              f"(threshold {EXPOSURE_THRESHOLD / 10}): {exposure}")
    mail_dir = work / "mail"
    mail_dir.mkdir(exist_ok=True)
    processes = []
    try:
        log = open(work / "scale-out.log", "ab")
        sink = subprocess.Popen([sys.executable, str(pathlib.Path(__file__).parent.parent / "Tests/Support/smtp_sink.py"),
                                 "--port", str(SINK), "--dir", str(mail_dir)], stdout=log, stderr=subprocess.STDOUT)
        processes.append(sink)
        # What production's EnvironmentFile= holds, for this run's database, sink and nginx.
        settings = dict(DATABASE_URL=args.database_url, SAMVERKA_SMTP_URL=f"smtp://127.0.0.1:{SINK}",
                        SAMVERKA_BASE_URL=f"http://127.0.0.1:{PROXY}", SAMVERKA_TRUSTED_PROXIES="127.0.0.1")
        environments = {port: instance_environment(unit, port, settings, work / "var-lib") for port in PORTS}
        print(f"scale-out: instances started with {UNIT.name}'s ExecStart= and Environment=, "
              f"this run's settings standing in for {', '.join(unit.environment_files(''))}")
        env = environments[PORTS[0]]
        subprocess.run([args.binary, "migrate"], env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
        subprocess.run([args.binary, "seed", "--demo"], env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
        for port in PORTS:
            instance_log = open(work / f"instance-{port}.log", "ab")
            processes.append(subprocess.Popen(instance_command(unit, args.binary, port), env=environments[port],
                                              stdout=instance_log, stderr=subprocess.STDOUT))
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
