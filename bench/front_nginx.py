"""nginx as deploy/nginx configures it, around local ports: for the scale-out drill and bench/run --front.

The machine-specific parts (listen port, upstream ports, cache and log paths; TLS is left out on
loopback) are written here; the rules come from deploy/nginx/samverka-http.conf and
samverka-proxy.conf unchanged, so what CI and the benchmark exercise is what production runs.
"""
import pathlib
import subprocess

DEPLOY = pathlib.Path(__file__).resolve().parent.parent / "deploy" / "nginx"


def write_config(work, listen, upstream_ports, extra_servers=""):
    work = pathlib.Path(work)
    (work / "nginx-cache").mkdir(parents=True, exist_ok=True)
    # nginx's workers run as nobody and must write their cache here.
    (work / "nginx-cache").chmod(0o777)
    servers = "".join(f"server 127.0.0.1:{port}; " for port in upstream_ports)
    conf = work / "nginx.conf"
    conf.write_text(f"""
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  include {DEPLOY}/samverka-http.conf;
  access_log {work}/nginx-access.log samverka buffer=64k flush=1s;
  proxy_cache_path {work}/nginx-cache levels=1:2 keys_zone=samverka:10m max_size=256m inactive=10m use_temp_path=off;
  upstream samverka {{ {servers}keepalive 16; }}
  server {{
    listen 127.0.0.1:{listen};
    include {DEPLOY}/samverka-proxy.conf;
  }}
{extra_servers}
}}
""")
    return conf


def start(conf):
    subprocess.run(["nginx", "-c", str(conf)], check=True)


def stop(work):
    pid = pathlib.Path(work) / "nginx.pid"
    if pid.exists():
        subprocess.run(["kill", pid.read_text().strip()], check=False)
