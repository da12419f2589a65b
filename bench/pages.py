"""Pages through the whole stack: gunicorn as the README's production section runs it, the demo
loaded, 50 concurrent connections from wrk on loopback.

For each public page, and for the coordinator's Vandaag, 1-loket dashboard, applications, the
member register and the budget's result page (logged in with a real second factor), it prints
requests/s, p50, p95 and p99, the ratio of requests/s to the bare view (`/api/health`, which
passes every middleware) measured in the same run, the queries the page costs, and the bytes a
first visit transfers: the page and all its CSS, JavaScript and icons, compressed as the
browser asks for them.

    .venv/bin/python bench/pages.py                # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/pages.py
    .venv/bin/python bench/pages.py --seconds 10 --only veldhoek/agenda
    .venv/bin/python bench/pages.py --only "besluiten,coordinator's Vandaag"

Needs wrk (Debian: apt-get install wrk).
"""

import argparse
import http.client
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from page_list import pages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

CONNECTIONS = 50
WORKERS = 4  # as in the README's production section
ROUNDS = 3
PASSWORD = "wijkkracht-demo"  # noqa: S105 - the demo's, printed by ./run
LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.status + e.connect + e.read + e.write + e.timeout))
end
"""


@dataclass
class Load:
    rps: float
    p50: float
    p95: float
    p99: float
    errors: int


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def production_env(folder: Path) -> dict[str, str]:
    """Settings as production uses them, behind a TLS-terminating proxy."""
    env = dict(os.environ)
    env.update(
        DEBUG="0",
        HTTPS="1",
        BEHIND_PROXY="1",
        SECRET_KEY=secrets.token_urlsafe(50),
        STATIC_ROOT=str(folder / "static"),
        LOG_LEVEL="WARNING",
    )
    if not env.get("DATABASE_URL"):
        env["SQLITE_PATH"] = str(folder / "bench.sqlite3")
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


class Site:
    """Plain HTTP to the app server, as the load balancer forwards HTTPS to it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.origin = f"https://127.0.0.1:{port}"

    def headers(self, cookies: dict[str, str], **extra: str) -> dict[str, str]:
        headers = {"X-Forwarded-Proto": "https", "Host": f"127.0.0.1:{self.port}", **extra}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
        return headers

    def request(
        self,
        method: str,
        path: str,
        cookies: dict[str, str],
        body: dict[str, str] | None = None,
        **extra: str,
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = self.headers(cookies, **extra)
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
            headers["Referer"] = self.origin + path
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        content = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                cookies[name] = rest.split(";", 1)[0]
        result = {k.lower(): v for k, v in response.getheaders()}
        connection.close()
        return response.status, result, content

    def wait(self, server: subprocess.Popen[bytes]) -> None:
        deadline = time.monotonic() + 60
        while True:
            try:
                if self.request("GET", "/api/health", {})[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("gunicorn did not start")
            time.sleep(0.2)

    def log_in(self, email: str) -> dict[str, str]:
        """Log in through the pages, with the code an authenticator app would show."""
        from django_otp.oath import totp
        from django_otp.plugins.otp_totp.models import TOTPDevice

        cookies: dict[str, str] = {}
        self.request("GET", "/account/inloggen/", cookies)
        status, headers, _ = self.request(
            "POST",
            "/account/inloggen/",
            cookies,
            {"email": email, "password": PASSWORD, "csrfmiddlewaretoken": cookies["csrftoken"]},
        )
        assert status == 302, f"login of {email} answered {status}"
        if "/account/tweestaps/" in headers["location"]:
            self.request("GET", "/account/tweestaps/", cookies)  # makes the device
            device = TOTPDevice.objects.get(user__email=email)
            status, _, _ = self.request(
                "POST",
                "/account/tweestaps/",
                cookies,
                {
                    "token": f"{totp(device.bin_key):06d}",
                    "csrfmiddlewaretoken": cookies["csrftoken"],
                },
            )
            assert status == 302, f"second factor of {email} answered {status}"
        return cookies

    def first_visit_bytes(self, path: str, cookies: dict[str, str]) -> tuple[int, int]:
        """Bytes on the wire for the page and everything it loads, and the page's own."""
        compressed = {"Accept-Encoding": "br, gzip"}
        _, _, page = self.request("GET", path, dict(cookies), **compressed)
        seen: set[str] = set()
        todo = re.findall(r'(?:href|src)="(/static/[^"]+)"', page.decode())
        total = len(page)
        while todo:
            asset = todo.pop()
            if asset in seen:
                continue
            seen.add(asset)
            status, _headers, content = self.request("GET", asset, {}, **compressed)
            assert status == 200, f"{asset}: {status}"
            total += len(content)
            if asset.endswith(".css"):
                text = self.request("GET", asset, {})[2].decode()
                base = asset.rsplit("/", 1)[0]
                for url in re.findall(r'url\(["\']?([^"\')]+)["\']?\)', text):
                    if not url.startswith(("data:", "http", "#")):
                        todo.append(os.path.normpath(f"{base}/{url}") if url[0] != "/" else url)
        return total, len(page)


def queries_of(path: str, cookies: dict[str, str]) -> int:
    """The queries of one request of the page, served in this process from the same database."""
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_X_FORWARDED_PROTO="https")
    for name, value in cookies.items():
        client.cookies[name] = value
    client.get(path)  # warm: the first request of a process fills its caches
    sqls: list[str] = []

    def count(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        sqls.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return len(sqls)


def load(site: Site, path: str, cookies: dict[str, str], seconds: int, script: Path) -> Load:
    url = f"http://127.0.0.1:{site.port}{path}"
    headers = [f"{k}: {v}" for k, v in site.headers(cookies).items() if k != "Host"]
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", "-s", str(script)]
    for header in headers:
        command += ["-H", header]
    # wrk and our own arguments; the first second warms every worker.
    subprocess.run([*command, "-d1s", url], check=True, capture_output=True)  # noqa: S603
    output = subprocess.run(  # noqa: S603
        [*command, f"-d{seconds}s", url], check=True, capture_output=True, text=True
    ).stdout
    match = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)", output)
    assert match, output
    requests, micros, p50, p95, p99, errors = (int(x) for x in match.groups())
    return Load(requests / (micros / 1e6), p50 / 1000, p95 / 1000, p99 / 1000, errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=3, help="load per turn (default 3)")
    parser.add_argument(
        "--only",
        default="",
        help="only pages whose path contains this, or whose label is this (several: a,b)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("bench/pages.py needs wrk: apt-get install wrk")
    folder = Path(tempfile.mkdtemp(prefix="wijkkracht-http-"))
    env = production_env(folder)
    pg_url = env.get("DATABASE_URL")
    if pg_url:
        import pg_database

        env["DATABASE_URL"] = pg_database.create(pg_url)
    os.environ.update(env)
    try:
        run(env, folder, args)
    finally:
        if pg_url:
            import pg_database
            from django.db import connections

            connections.close_all()
            pg_database.drop(env["DATABASE_URL"])
        shutil.rmtree(folder, ignore_errors=True)


def run(env: dict[str, str], folder: Path, args: argparse.Namespace) -> None:
    started = time.perf_counter()
    manage(env, "migrate", "--noinput")
    manage(env, "demo")
    if env.get("STATIC_MANIFEST", "1") != "0":
        manage(env, "collectstatic", "--noinput")
    print(f"demo loaded and static files collected in {time.perf_counter() - started:.0f} s")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
    import django

    django.setup()
    script = folder / "report.lua"
    script.write_text(LUA)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            "-m",
            "gunicorn",
            "wijkkracht.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        site = Site(port)
        site.wait(server)
        measure(site, script, args)
    finally:
        server.terminate()
        server.wait(timeout=20)


def measure(site: Site, script: Path, args: argparse.Namespace) -> None:
    sessions: dict[str, dict[str, str]] = {}
    print(
        f"\n{WORKERS} gunicorn workers, {CONNECTIONS} connections; each page and the bare view "
        f"(/api/health) take turns, {ROUNDS} x {args.seconds} s each, so the ratio is of one "
        "moment\n"
    )
    print(
        f"{'page':<22} {'req/s':>7} {'bare':>7} {'ratio':>6} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'errors':>6} {'queries':>7} {'first load':>11} {'page':>8}"
    )
    for page in pages():
        if not any(part in page.path or part == page.label for part in args.only.split(",")):
            continue
        if page.login and page.login not in sessions:
            sessions[page.login] = site.log_in(page.login)
        cookies = sessions.get(page.login, {})
        queries = queries_of(page.path, cookies)
        total, own = site.first_visit_bytes(page.path, cookies)
        bare, result = [], []
        for _ in range(ROUNDS):
            bare.append(load(site, "/api/health", {}, args.seconds, script))
            result.append(load(site, page.path, cookies, args.seconds, script))
        rps = statistics.mean(r.rps for r in result)
        bare_rps = statistics.mean(r.rps for r in bare)
        print(
            f"{page.label:<22} {rps:>7,.0f} {bare_rps:>7,.0f} {rps / bare_rps:>6.2f} "
            f"{statistics.median(r.p50 for r in result):>7.0f} "
            f"{statistics.median(r.p95 for r in result):>7.0f} "
            f"{statistics.median(r.p99 for r in result):>7.0f} {sum(r.errors for r in result):>6} "
            f"{queries:>7} {total / 1024:>8.1f} KB {own / 1024:>5.1f} KB"
        )


if __name__ == "__main__":
    main()
