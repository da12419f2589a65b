"""A copy of the whole database, and putting one back: SQLite through its online backup API
(a consistent copy while the site runs), PostgreSQL through pg_dump's custom format.

Uploaded files live in the database (spreadsheets, .pb votes), so the database is everything.
A restore refuses a database that already holds data unless told to overwrite it.
"""

import os
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection
from django.utils.translation import gettext as _

SQLITE_HEADER = b"SQLite format 3\x00"
PG_HEADER = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, in Dutch."""


def backup(out: Path) -> None:
    """Write a copy of the database to ``out``."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        with sqlite3.connect(out) as target:
            connection.connection.backup(target)
        target.close()
    else:
        _pg("pg_dump", "--format=custom", "--no-owner", f"--file={out}")


def restore(source: Path, *, force: bool = False) -> None:
    """Put the copy in ``source`` into the configured database, which must be empty unless
    ``force`` is given."""
    if not source.is_file():
        raise BackupError(_("Het bestand %(name)s bestaat niet.") % {"name": source})
    header = source.read_bytes()[: len(SQLITE_HEADER)]
    wanted = SQLITE_HEADER if connection.vendor == "sqlite" else PG_HEADER
    if not header.startswith(wanted):
        raise BackupError(
            _("Dit is geen reservekopie van een %(engine)s-database.")
            % {"engine": "SQLite" if connection.vendor == "sqlite" else "PostgreSQL"}
        )
    if not force and _holds_data():
        raise BackupError(_("De database is niet leeg. Gebruik --force om haar te overschrijven."))
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(source) as copy:
            copy.backup(connection.connection)
        copy.close()
    else:
        clean = ["--clean", "--if-exists"] if force else []
        _pg("pg_restore", "--no-owner", "--exit-on-error", *clean, str(source))


def _holds_data() -> bool:
    tables = connection.introspection.table_names()
    if "django_migrations" not in tables:
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM django_migrations")
        return bool(cursor.fetchone()[0])


def _pg(program: str, *args: str) -> None:
    settings = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": settings["PASSWORD"] or ""}
    command = [
        program,
        f"--host={settings['HOST'] or '127.0.0.1'}",
        f"--port={settings['PORT'] or 5432}",
        f"--username={settings['USER'] or 'postgres'}",
        f"--dbname={settings['NAME']}",
        *args,
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        raise BackupError(
            _("%(program)s is mislukt: %(error)s")
            % {"program": program, "error": result.stderr.strip()[-500:]}
        )
