"""nginx as deploy/nginx configures it, around local ports: for the scale-out drill and bench/run --front.

The machine-specific parts (listen port, upstream ports, cache and log paths; TLS is left out on
loopback) are written here; the rules come from deploy/nginx/samverka-http.conf and
samverka-proxy.conf unchanged, so what CI and the benchmark exercise is what production runs.
"""
import pathlib
import re
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
  # What Debian's own /etc/nginx/nginx.conf says in its http block, around the deploy files.
  sendfile on;
  tcp_nopush on;
  gzip on;
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


def check_install(work, stock="/etc/nginx/nginx.conf"):
    """`nginx -t` on the deploy files installed as samverka.conf says, inside the machine's own
    nginx.conf (Debian's): a directive both set, or a path that does not fit, fails here."""
    work = pathlib.Path(work)
    (work / "conf.d").mkdir(parents=True, exist_ok=True)
    (work / "samverka").mkdir(exist_ok=True)
    for name in ("samverka-http.conf", "samverka-proxy.conf"):
        (work / "samverka" / name).write_text((DEPLOY / name).read_text())
    site = (DEPLOY / "samverka.conf").read_text().replace("/etc/nginx/samverka/", f"{work}/samverka/")
    # The certificate and the machine's paths are the installer's; a throwaway pair stands in.
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=samverka.example.se",
                    "-keyout", str(work / "key.pem"), "-out", str(work / "cert.pem")], check=True, capture_output=True)
    site = re.sub(r"ssl_certificate (\S+);", f"ssl_certificate {work}/cert.pem;", site)
    site = re.sub(r"ssl_certificate_key (\S+);", f"ssl_certificate_key {work}/key.pem;", site)
    site = site.replace("/var/cache/nginx/samverka", f"{work}/cache").replace("/var/log/nginx/", f"{work}/")
    (work / "conf.d" / "samverka.conf").write_text(site)
    main = pathlib.Path(stock).read_text().replace("/etc/nginx/conf.d/", f"{work}/conf.d/")
    main = re.sub(r"include /etc/nginx/sites-enabled/\*;", "", main)
    main = re.sub(r"^pid .*$", f"pid {work}/nginx.pid;", main, flags=re.M)
    (work / "nginx.conf").write_text(main)
    result = subprocess.run(["nginx", "-t", "-c", str(work / "nginx.conf")], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"deploy/nginx does not load into {stock}:\n{result.stderr}")
