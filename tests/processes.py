"""Run manage.py commands in a separate process against the test database, as a worker would."""

import os
import subprocess
import sys
import tempfile
import time
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
# Where every child process of this test process writes its e-mail. A test that waits for a
# worker's mail must accept it from any worker on its database: the browser tests' task
# worker keeps running for the whole session and may take the task first.
MAIL_DIR = Path(tempfile.mkdtemp(prefix="wijkkracht-mail-"))


def child_process_env() -> dict[str, str]:
    """Environment that points a child process at the database this test is using, with its
    e-mail written to MAIL_DIR."""
    env = dict(os.environ)
    env["EMAIL_BACKEND"] = "django.core.mail.backends.filebased.EmailBackend"
    env["EMAIL_FILE_PATH"] = str(MAIL_DIR)
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
        env["SQLITE_PATH"] = str(db["NAME"])
    else:
        host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        env["DATABASE_URL"] = f"postgres://{db['USER']}:{db['PASSWORD']}@{host}/{db['NAME']}"
    return env


def manage(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a command; with ``check=False`` a failing one is returned to look at, not raised."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=check,
        timeout=120,
    )


def mails_in(folder: Path) -> list[Message]:
    """The messages Django's file-based e-mail backend wrote into the folder."""
    messages = []
    for path in sorted(folder.glob("*.log")):
        for raw in path.read_bytes().split(b"-" * 79):
            if raw.strip():
                messages.append(message_from_bytes(raw.strip()))
    return messages


def mail_to(address: str, folder: Path = MAIL_DIR, seconds: float = 10) -> Message:
    """The one message a worker wrote to `address`, waiting for it a little."""
    deadline = time.monotonic() + seconds
    while True:
        found = [message for message in mails_in(folder) if message["To"] == address]
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    [message] = found
    return message
