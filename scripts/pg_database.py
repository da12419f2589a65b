"""PostgreSQL databases for ./test, the benchmarks and scripts/production.

usage: pg_database.py create URL   prints the URL of a new, empty throw-away database
       pg_database.py drop URL     drops the database of that URL (and pytest's copies of it)
       pg_database.py ensure URL   makes the database of that URL when it does not exist
"""

import os
import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def _connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True, connect_timeout=5)


def create(url: str) -> str:
    name = f"wijkkracht_test_{os.getpid()}"
    with _connect(url) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def drop(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with _connect(admin_url) as connection:
        # pytest's test databases: test_<name>, and test_<name>_gw0 … for each parallel worker.
        test_names = connection.execute(
            "SELECT datname FROM pg_database WHERE datname = %s OR datname LIKE %s",
            [f"test_{name}", f"test_{name}_gw%"],
        ).fetchall()
        for database in [name, *(row[0] for row in test_names)]:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
            )


def ensure(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with _connect(urlunsplit(parts._replace(path="/postgres"))) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Database {name} made.")


COMMANDS = {"create": lambda url: print(create(url)), "drop": drop, "ensure": ensure}


def main() -> int:
    match sys.argv[1:]:
        case [command, url] if command in COMMANDS:
            pass
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    try:
        COMMANDS[command](url)
    except psycopg.OperationalError as error:
        print(f"PostgreSQL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
