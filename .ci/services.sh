# Helpers for .ci/run and bench/: start the services Samverka's tests need, on loopback,
# from nothing but Debian's packages. Source this file; it expects $WORK to be set.

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

# start_postgres PORT — a throwaway cluster in $WORK/pg, trust auth on 127.0.0.1 only.
start_postgres() {
  local port=$1 bin
  bin=$(pg_bin)
  install -d -o postgres -g postgres "$WORK/pg"
  su postgres -s /bin/sh -c "$bin/initdb -D '$WORK/pg/data' -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8" >"$WORK/pg/initdb.log"
  su postgres -s /bin/sh -c "$bin/pg_ctl -D '$WORK/pg/data' -l '$WORK/pg/server.log' -w \
    -o \"-h 127.0.0.1 -p $port -k '$WORK/pg' -c max_connections=400 -c fsync=off -c synchronous_commit=off\" start" >/dev/null
  su postgres -s /bin/sh -c "$bin/createdb -h 127.0.0.1 -p $port samverka"
  echo "postgres://postgres@127.0.0.1:$port/samverka"
}

stop_postgres() {
  [ -d "$WORK/pg/data" ] || return 0
  su postgres -s /bin/sh -c "$(pg_bin)/pg_ctl -D '$WORK/pg/data' -m fast -w stop" >/dev/null 2>&1 || true
}

# start_smtp_sink PORT DIR [extra args] — aiosmtpd storing each message in DIR; waits until it listens.
start_smtp_sink() {
  local port=$1 dir=$2; shift 2
  python3 "$ROOT/Tests/Support/smtp_sink.py" --port "$port" --dir "$dir" "$@" >"$WORK/smtp-$port.log" 2>&1 &
  echo $! >"$WORK/smtp-$port.pid"
  wait_for_port "$port"
}

stop_smtp_sink() {
  local port=$1
  [ -f "$WORK/smtp-$port.pid" ] && kill "$(cat "$WORK/smtp-$port.pid")" 2>/dev/null || true
  rm -f "$WORK/smtp-$port.pid"
}

# A first start migrates and seeds the demo: about 7 s for the debug build on an idle machine,
# more beside the PostgreSQL test run, so allow a minute.
wait_for_port() {
  local port=$1
  for _ in $(seq 1 600); do
    (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $port" >&2
  return 1
}

# A self-signed certificate for localhost, for the STARTTLS sink.
make_test_certificate() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost" -keyout "$WORK/tls-key.pem" -out "$WORK/tls-cert.pem" 2>/dev/null
}
