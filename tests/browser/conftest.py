import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.browser.world import BrowserWorld, make_browser_world
from tests.conftest import PASSWORD
from tests.processes import ROOT, child_process_env

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL_PATH = "/__test__/axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI: Chromium is missing at {CHROMIUM}")
    skip = pytest.mark.skip(reason=f"Chromium not installed at {CHROMIUM}")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are
    # still synchronous and safe. Set only while the browser runs, so child processes of
    # other tests (check --deploy) never inherit it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def server_url(django_db_setup: None, django_db_blocker) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Gunicorn and the task worker in their own processes on the test database: the server
    as it runs in production."""
    with django_db_blocker.unblock():
        env = child_process_env()
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "wijkkracht.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    worker = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--no-startup-delay",
            "--no-reload",
            "--interval",
            "0.2",
            "-v0",
        ],
        cwd=ROOT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/health", timeout=2).close()  # noqa: S310 - our own server
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                worker.kill()
                raise
            time.sleep(0.2)
    yield url
    for process in (server, worker):
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def bworld(transactional_db: None) -> BrowserWorld:
    return make_browser_world()


def new_context(browser: Browser, base_url: str, **options: object) -> BrowserContext:
    options = {"locale": "nl-NL", **options}
    context = browser.new_context(base_url=base_url, **options)  # type: ignore[arg-type]
    # axe-core is served from the site's own origin, so the page's CSP stays on while it runs.
    context.route(f"**{AXE_URL_PATH}", lambda route: route.fulfill(path=str(AXE)))
    context.set_default_timeout(15_000)  # fail with a message rather than wait 30 s per step
    return context


def log_in(page: Page, email: str) -> None:
    """Log in through the form; when asked, type the code an authenticator app would show."""
    page.goto("/account/inloggen/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    if "/account/tweestaps/" in page.url:
        device = TOTPDevice.objects.get(user__email=email)
        page.get_by_label("Code uit de app (6 cijfers)").fill(f"{totp(device.bin_key):06d}")
        page.get_by_role("button", name="Controleren").click()
        page.wait_for_load_state()


def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA (and 2.2 target size) violations on the page as it is now."""
    if not page.evaluate("() => 'axe' in window"):
        page.add_script_tag(url=AXE_URL_PATH)
    violations = page.evaluate(
        "options => axe.run(document, options).then(r => r.violations)", AXE_OPTIONS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    ]
