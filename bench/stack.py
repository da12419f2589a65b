"""The production stack of scripts/production, started by a benchmark on ports and a database
of its own, and what the load test and the fault drills do with it."""

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import redis
import requests
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "wijkkracht-demo"  # noqa: S105 - the demo's, as the README says


@dataclass
class Stack:
    env: dict[str, str]
    state: Path
    site: str
    process: subprocess.Popen[bytes]

    @property
    def cafile(self) -> str:
        return str(self.state / "tls.crt")

    def session(self) -> requests.Session:
        session = requests.Session()
        session.trust_env = False  # else REQUESTS_CA_BUNDLE would win over our certificate
        session.verify = self.cafile
        return session

    def pid(self, name: str) -> int:
        return int((self.state / f"{name}.pid").read_text())

    def kill(self, name: str) -> None:
        """Kill a process of the stack and its children at once, as a crash would."""
        pid = self.pid(name)
        children = ["pgrep", "-P", str(pid)]
        listed = subprocess.run(  # noqa: S603
            children,
            capture_output=True,
            text=True,
            check=False,
        )
        os.kill(pid, signal.SIGKILL)  # first, so it cannot start new workers
        for child in listed.stdout.split():
            os.kill(int(child), signal.SIGKILL)

    def server_state(self, server: str) -> str:
        """What HAProxy's log last said about an app server: UP or DOWN."""
        lines = (self.state / "log" / "haproxy.log").read_text().splitlines()
        said = [line for line in lines if f"Server app/{server} is " in line]
        return said[-1].split(" is ")[1].split(",")[0] if said else "UP"


def bench_env(name: str, port_base: int, redis_url: str) -> dict[str, str]:
    """A database, Redis database and ports of the benchmark's own, beside a real stack."""
    pg = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    database = urlunsplit(urlsplit(pg)._replace(path=f"/wijkkracht_{name}"))
    return dict(os.environ) | {
        "DATABASE_URL": database,
        "REDIS_URL": redis_url,
        "PRODUCTION_STATE": str(ROOT / "var" / f"{name}-production"),
        "HTTPS_PORT": str(port_base + 443),
        "HTTP_PORT": str(port_base + 80),
        "APP1_PORT": str(port_base + 101),
        "APP2_PORT": str(port_base + 102),
    }


def database_fresh(url: str) -> None:
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    name = sql.Identifier(parts.path.lstrip("/"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))


@contextmanager
def stack_running(env: dict[str, str]) -> Iterator[Stack]:
    """A fresh database with the demo, an empty Redis database, and scripts/production --demo;
    stopped (everything it started) on the way out."""
    database_fresh(env["DATABASE_URL"])
    redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    state = Path(env["PRODUCTION_STATE"])
    for log in (state / "log").glob("*.log"):
        log.unlink()
    out = (state.parent / f"{state.name}.out").open("wb")
    process = subprocess.Popen(  # noqa: S603
        [str(ROOT / "scripts" / "production"), "--demo"],
        cwd=ROOT,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    stack = Stack(env, state, f"https://127.0.0.1:{env['HTTPS_PORT']}", process)
    try:
        deadline = time.monotonic() + 600
        while b"Wijkkracht runs at" not in (state.parent / f"{state.name}.out").read_bytes():
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"scripts/production did not start: see {out.name}")
            time.sleep(1)
        yield stack
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
        out.close()


def django_on(env: dict[str, str], *, with_redis: bool = False) -> None:
    """Set up Django in this process against the stack's database (for preparing and checking),
    and with its Redis when tasks queued here must reach the stack's workers."""
    os.environ["DATABASE_URL"] = env["DATABASE_URL"]
    os.environ["HTTPS"] = "0"
    if with_redis:
        os.environ["REDIS_URL"] = env["REDIS_URL"]
    else:
        os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkracht.settings")
    import django

    django.setup()


def log_in(stack: Stack, email: str) -> dict[str, str]:
    """Log in through the pages, with the code an authenticator app would show."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    session = stack.session()
    login = stack.site + "/account/inloggen/"
    session.get(login)
    answer = session.post(
        login,
        {"email": email, "password": PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        headers={"Referer": login},
    )
    answer.raise_for_status()
    if "/account/tweestaps/" in answer.url:
        device = TOTPDevice.objects.get(user__email=email)
        token = f"{totp(device.bin_key):06d}"
        session.post(
            answer.url,
            {"token": token, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
            headers={"Referer": answer.url},
        ).raise_for_status()
    if "sessionid" not in session.cookies:
        raise SystemExit(f"login of {email} failed")
    return {"sessionid": session.cookies["sessionid"], "csrftoken": session.cookies["csrftoken"]}
