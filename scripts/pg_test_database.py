"""Create or drop a throw-away PostgreSQL database for one ./test run.

usage: pg_test_database.py create URL   prints the URL of a new, empty database
       pg_test_database.py drop URL     drops the database of that URL
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


def main() -> int:
    if sys.argv[1:2] not in (["create"], ["drop"]) or len(sys.argv[2:]) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        if sys.argv[1] == "create":
            print(create(sys.argv[2]))
        else:
            drop(sys.argv[2])
    except psycopg.OperationalError as error:
        print(f"PostgreSQL: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
