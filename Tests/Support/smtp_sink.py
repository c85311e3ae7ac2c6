#!/usr/bin/env python3
"""A real SMTP server for tests and drills (aiosmtpd): stores every accepted message as
DIR/<n>.eml. Optional AUTH (any listed user/password) and STARTTLS with a given certificate.

  smtp_sink.py --port 2525 --dir /tmp/mail [--auth user:password] [--tls-cert c.pem --tls-key k.pem]
"""
import argparse, os, pathlib, signal, ssl, threading, time, uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Store:
    def __init__(self, directory):
        self.directory = pathlib.Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server, session, envelope):
        # Unique names, so several sinks may share a directory; sorted by name they are in order.
        name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
        tmp = self.directory / f"{name}.tmp"
        tmp.write_bytes(envelope.original_content or envelope.content)
        os.replace(tmp, self.directory / f"{name}.eml")
        return "250 Message accepted for delivery"


def authenticator(credentials):
    def check(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            pair = (auth_data.login.decode(), auth_data.password.decode())
            return AuthResult(success=pair in credentials, handled=False)
        return AuthResult(success=False, handled=False)
    return check


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--auth", action="append", default=[])
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    args = parser.parse_args()

    kwargs = {}
    if args.auth:
        kwargs["authenticator"] = authenticator({tuple(a.split(":", 1)) for a in args.auth})
        kwargs["auth_require_tls"] = False
        kwargs["auth_required"] = True
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True
    controller = Controller(Store(args.dir), hostname=args.host, port=args.port, server_hostname="localhost", **kwargs)
    controller.start()
    print(f"smtp sink on {args.host}:{args.port} -> {args.dir}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
