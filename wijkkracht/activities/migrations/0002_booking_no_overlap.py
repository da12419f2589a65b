"""Two holding bookings of one room never overlap: the database itself refuses the second.

PostgreSQL: an exclusion constraint over the room and the time range (btree_gist, a trusted
extension that a database owner may create). SQLite: triggers on insert and update; SQLite
runs one writer at a time, so the trigger's check and the write cannot be interleaved.
Both report the name ``booking_no_overlap``, which the booking service turns into Dutch.

Careful: when a later migration alters activities_booking, Django rebuilds the table on SQLite
and the triggers go with it; create them again in that migration. A test inserts an
overlapping row past the service on both databases, so a lost guarantee fails the suite.
"""

from django.db import migrations

HOLDING = "('requested', 'approved')"

POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    "ALTER TABLE activities_booking ADD CONSTRAINT booking_no_overlap EXCLUDE USING gist "
    "(room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
    f"WHERE (status IN {HOLDING})",
]
POSTGRESQL_REVERSE = ["ALTER TABLE activities_booking DROP CONSTRAINT booking_no_overlap"]

_SQLITE_CHECK = (
    f"WHEN NEW.status IN {HOLDING} AND EXISTS (SELECT 1 FROM activities_booking other "
    "WHERE other.room_id = NEW.room_id AND other.id IS NOT NEW.id "
    f"AND other.status IN {HOLDING} "
    "AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at) "
    "BEGIN SELECT RAISE(ABORT, 'booking_no_overlap'); END"
)
SQLITE = [
    f"CREATE TRIGGER booking_no_overlap_insert BEFORE INSERT ON activities_booking {_SQLITE_CHECK}",
    "CREATE TRIGGER booking_no_overlap_update BEFORE UPDATE OF room_id, starts_at, ends_at, "
    f"status ON activities_booking {_SQLITE_CHECK}",
]
SQLITE_REVERSE = [
    "DROP TRIGGER booking_no_overlap_insert",
    "DROP TRIGGER booking_no_overlap_update",
]


def _run(statements: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("activities", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
