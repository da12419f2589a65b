"""The version of a collective's data: a number that changes with every insert, update and delete
of a row it owns, counted by database triggers so nothing can go around it (bulk updates, raw
SQL, management commands, another app server). Cached pages are keyed by it: never stale.

Which row belongs to which count: a model with a ``collective`` key to that collective; a
collective itself to its own; an automatic many-to-many table to the collective of the row it
links from; a model marked ``shared_data = True`` (CBS areas and figures) to count 0, which
every collective's pages include. Other tables (logins, sessions, the task queue) count nowhere,
and neither do the logs (``counts_as_data = False``): a read written in the access or audit log,
such as a partner's API call, changes nothing a page shows.

A count starts at a random number, so a database that is emptied and filled again (tests, a
restored backup) does not repeat the numbers of pages cached before. On PostgreSQL the trigger
is deferred to the commit and counts once per transaction and collective: a write holds no
lock on the count while its transaction runs, so it adds no waiting and no deadlocks. On SQLite
writers already take turns, and a trigger counts every row.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, models
from django.db.backends.base.base import BaseDatabaseWrapper

from wijkkracht.core.models import Collective

SHARED = 0
PREFIX = "wk_version_"

_POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION wk_version_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k bigint;
    flag text;
BEGIN
    IF TG_ARGV[0] = 'shared' THEN
        k := 0;
    ELSIF TG_ARGV[0] = 'collective_id' AND TG_OP = 'DELETE' THEN
        k := OLD.collective_id;
    ELSIF TG_ARGV[0] = 'collective_id' THEN
        k := NEW.collective_id;
    ELSIF TG_ARGV[0] = 'id' AND TG_OP = 'DELETE' THEN
        k := OLD.id;
    ELSIF TG_ARGV[0] = 'id' THEN
        k := NEW.id;
    ELSE  -- TG_ARGV: the linking column, and the table whose collective_id it points at
        EXECUTE format('SELECT collective_id FROM %I WHERE id = $1', TG_ARGV[1]) INTO k
            USING ((to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END))
                   ->> TG_ARGV[0])::bigint;
    END IF;
    IF k IS NULL THEN
        RETURN NULL;
    END IF;
    flag := 'wijkkracht.version_' || k;
    IF current_setting(flag, true) = 'counted' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config(flag, 'counted', true);
    INSERT INTO core_dataversion (id, version) VALUES (k, floor(random() * 1e12)::bigint)
        ON CONFLICT (id) DO UPDATE SET version = core_dataversion.version + 1;
    RETURN NULL;
END
$$
"""


@dataclass(frozen=True)
class Counted:
    """A table and how to find which count a row of it changes."""

    table: str
    column: str  # "collective_id", "id", "shared", or the column linking to ``via``
    via: str = ""  # the table that has the collective_id, for a many-to-many table

    def sqlite_key(self, row: str) -> str:
        if self.column == "shared":
            return str(SHARED)
        if self.via:
            # Table and column names come from the models, never from input.
            return f"(SELECT collective_id FROM {self.via} WHERE id = {row}.{self.column})"  # noqa: S608
        return f"{row}.{self.column}"


def _has_collective(model: type[models.Model]) -> bool:
    try:
        field = model._meta.get_field("collective")
    except FieldDoesNotExist:
        return False
    return bool(field.many_to_one) and field.related_model is Collective


def counted_tables() -> Iterator[Counted]:
    """Every table whose rows belong to a count."""
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if not meta.managed or meta.proxy or not getattr(model, "counts_as_data", True):
            continue
        if model is Collective:
            yield Counted(meta.db_table, "id")
        elif _has_collective(model):
            yield Counted(meta.db_table, "collective_id")
        elif getattr(model, "shared_data", False):
            yield Counted(meta.db_table, "shared")
        elif meta.auto_created:
            for field in meta.fields:
                target = field.related_model
                if field.many_to_one and target is not None and _has_collective(target):
                    yield Counted(meta.db_table, str(field.column), target._meta.db_table)
                    break


def _installed(connection: BaseDatabaseWrapper) -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE %s", [PREFIX + "%"])
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                [PREFIX + "%"],
            )
        return {name for (name,) in cursor.fetchall()}


def _sqlite_triggers(counted: Counted) -> Iterator[tuple[str, str]]:
    for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        name = f"{PREFIX}{counted.table}_{event}"
        key = counted.sqlite_key(row)
        yield (
            name,
            f"CREATE TRIGGER {name} AFTER {event.upper()} ON {counted.table} BEGIN "
            f"INSERT INTO core_dataversion (id, version) "
            f"SELECT {key}, abs(random() % 1000000000000) WHERE {key} IS NOT NULL "
            "ON CONFLICT (id) DO UPDATE SET version = version + 1; END",
        )


def _postgres_trigger(counted: Counted) -> tuple[str, str]:
    name = f"{PREFIX}{counted.table}"
    arguments = ", ".join(f"'{arg}'" for arg in (counted.column, counted.via) if arg)
    return (
        name,
        f"CREATE CONSTRAINT TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {counted.table} "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        f"EXECUTE FUNCTION wk_version_count({arguments})",
    )


def triggers(connection: BaseDatabaseWrapper) -> dict[str, str]:
    """Every trigger the counts need, by name, with the statement that makes it."""
    made: dict[str, str] = {}
    for counted in counted_tables():
        if connection.vendor == "postgresql":
            made.update([_postgres_trigger(counted)])
        else:
            made.update(_sqlite_triggers(counted))
    return made


def triggers_install(connection: BaseDatabaseWrapper) -> int:
    """Make the triggers that are missing (after every migrate); return how many.

    Migrations may have changed what pages show without a trigger to count it, so every
    count moves on when triggers were made.
    """
    if connection.vendor not in ("postgresql", "sqlite"):
        return 0
    wanted = triggers(connection)
    installed = _installed(connection)
    if connection.vendor == "sqlite":  # PostgreSQL's were all taken away before migrating
        with connection.cursor() as cursor:
            for name in installed - set(wanted):
                cursor.execute(f"DROP TRIGGER {name}")
    missing = {name: sql for name, sql in wanted.items() if name not in installed}
    if not missing:
        return 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_POSTGRES_FUNCTION)
        for sql in missing.values():
            cursor.execute(sql)
        cursor.execute("UPDATE core_dataversion SET version = version + 1")
    return len(missing)


def triggers_remove(connection: BaseDatabaseWrapper) -> None:
    """Take PostgreSQL's triggers away while migrations run: a migration that changes rows and
    then the table in one transaction fails while deferred trigger events are pending."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE %s",
            [PREFIX + "%"],
        )
        for name, table in cursor.fetchall():
            cursor.execute(f"DROP TRIGGER {name} ON {table}")


@dataclass(frozen=True)
class Versions:
    own: int
    shared: int


def collective_with_versions(slug: str) -> tuple[Collective, Versions] | None:
    """The collective of a URL and its versions, in one query on every request.

    Read before the data they describe, so a page kept under them is never older than they
    say. Plain SQL: building this through the ORM took longer than serving a kept page.
    """
    fields = Collective._meta.concrete_fields
    columns = ", ".join(f"c.{field.column}" for field in fields)
    sql = (
        f"SELECT {columns}, "  # noqa: S608 - column names from the model, the slug a parameter
        "(SELECT version FROM core_dataversion WHERE id = c.id), "
        f"(SELECT version FROM core_dataversion WHERE id = {SHARED}) "
        "FROM core_collective c WHERE c.slug = %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [slug])
        row = cursor.fetchone()
    if row is None:
        return None
    collective = Collective.from_db(
        connection.alias, [field.attname for field in fields], row[: len(fields)]
    )
    own, shared = row[len(fields) :]
    return collective, Versions(own=own or 0, shared=shared or 0)
