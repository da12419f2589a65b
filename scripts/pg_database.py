"""Make the PostgreSQL database of a URL when it does not exist yet (scripts/production).

usage: pg_database.py ensure URL
"""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def ensure(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Database {name} made.")


def main() -> int:
    match sys.argv[1:]:
        case ["ensure", url]:
            pass
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    try:
        ensure(url)
    except psycopg.OperationalError as error:
        print(f"PostgreSQL is not reachable: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
