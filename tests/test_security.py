import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from tests.conftest import World, login
from wijkkracht import settings as project_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/account/inloggen/",
        "/dorp-a/",
        "/bestaat-niet/",
        "/api/health",
        "/static/wijkkracht/theme.css",
    ],
)
def test_every_response_carries_the_security_headers(
    world: World, client: Client, url: str
) -> None:
    response = client.get(url)
    response.close()  # a static file comes as a stream
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def _production_env(**extra: str) -> dict[str, str]:
    ignored = {"DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"}  # the browser tests set the last one
    env = {key: value for key, value in os.environ.items() if key not in ignored}
    env.update(
        DJANGO_SETTINGS_MODULE="wijkkracht.settings",
        SECRET_KEY="a-production-secret-key-of-more-than-fifty-characters-0123456789",
        ALLOWED_HOSTS="wijkkracht.example",
        STATIC_ROOT=str(ROOT / "var" / "static-deploy-check"),
        **extra,
    )
    return env


def test_check_deploy_passes_with_production_settings() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key() -> None:
    env = _production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_cookies_are_secure_and_passwords_hashed_with_argon2() -> None:
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS > 0, s.PASSWORD_HASHERS[0])"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--verbosity", "0", "-c", code],
        cwd=ROOT,
        env=_production_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [
        "True",
        "True",
        "True",
        "True",
        "django.contrib.auth.hashers.Argon2PasswordHasher",
    ]
    assert project_settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_a_bad_boolean_in_the_environment_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=_production_env(DEBUG="misschien"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DEBUG must be" in result.stderr


def test_session_ends_after_two_hours_and_at_browser_close(world: World, client: Client) -> None:
    response = client.post(
        reverse("core:login"),
        {"email": world.a_partner.email, "password": "een-lang-wachtwoord-42"},
    )
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["expires"] == ""  # a browser-session cookie
    assert client.session.get_expiry_age() == 2 * 3600


def test_a_session_in_use_stays_alive_without_a_write_on_every_page(
    world: World, client: Client
) -> None:
    home = f"/{world.a.slug}/"
    with freeze_time("2026-11-30 09:00:00") as clock:
        login(client, world.a_partner)
        ends = Session.objects.get().expire_date
        clock.tick(30)
        assert "Cijfers voor partners" in client.get(home).content.decode()
        assert Session.objects.get().expire_date == ends  # not written again within a minute
        clock.tick(100 * 60)  # an hour and 40 minutes later, still inside the two hours
        assert "Cijfers voor partners" in client.get(home).content.decode()
        assert Session.objects.get().expire_date == timezone.now() + datetime.timedelta(hours=2)
        clock.tick(2 * 3600 + 1)  # two hours without a page
        assert "Cijfers voor partners" not in client.get(home).content.decode()
