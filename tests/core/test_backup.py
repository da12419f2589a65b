"""The backup drill: a copy of a database full of every app's rows, put back into a new
database by another process, holds every table with the same rows; a database with data is
not overwritten without --force."""

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.db import connection
from psycopg import sql

from tests.conftest import World
from tests.processes import child_process_env, manage

pytestmark = pytest.mark.django_db(transaction=True)


def _fingerprints(cursor: Any, tables: list[str]) -> dict[str, tuple[int, str]]:
    """Per table: the number of rows and a hash of all of them, in the order of the key."""
    found = {}
    for table in tables:
        cursor.execute(f'SELECT * FROM "{table}" ORDER BY 1')  # noqa: S608 - names from the schema
        rows = cursor.fetchall()
        found[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return found


def _server() -> str:
    settings = connection.settings_dict
    host = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{settings['USER']}:{settings['PASSWORD']}@{host}"


def _read(name: str) -> Any:
    """A plain DB-API connection (no Django conversions) to a database of this engine."""
    if connection.vendor == "sqlite":
        return sqlite3.connect(name)
    return psycopg.connect(f"{_server()}/{name}")


@contextmanager
def _new_database(tmp_path: Path) -> Iterator[tuple[dict[str, str], str]]:
    """Environment for a child process on a new, empty database, and that database's name."""
    env = child_process_env()
    if connection.vendor == "sqlite":
        path = tmp_path / "teruggezet.sqlite3"
        env["SQLITE_PATH"] = str(path)
        yield env, str(path)
        return
    name = f"restore_{uuid.uuid4().hex[:12]}"
    base = _server()
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    env["DATABASE_URL"] = f"{base}/{name}"
    try:
        yield env, name
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def test_a_backup_restores_into_a_new_database_with_every_row_equal(
    world: World, tmp_path: Path
) -> None:
    copy = tmp_path / "reservekopie"
    manage("backup", "--out", str(copy), env=child_process_env())
    tables = [t for t in connection.introspection.table_names() if t != "django_session"]
    original = _read(connection.settings_dict["NAME"])
    try:
        before = _fingerprints(original.cursor(), tables)
    finally:
        original.close()
    assert before["core_collective"][0] == 2 and before["members_member"][0] > 0

    with _new_database(tmp_path) as (env, name):
        manage("restore", str(copy), env=env)
        restored = _read(name)
        try:
            after = _fingerprints(restored.cursor(), tables)
        finally:
            restored.close()
        assert after == before

        again = manage("restore", str(copy), env=env, check=False)
        assert again.returncode != 0
        assert "De database is niet leeg. Gebruik --force om haar te overschrijven." in again.stderr
        manage("restore", "--force", str(copy), env=env)  # on purpose, it may
