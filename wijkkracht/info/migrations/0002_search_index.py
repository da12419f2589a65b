"""The full-text index over SearchEntry.terms, one per database, over the same analysed terms.

PostgreSQL: a stored generated column `vector` = to_tsvector('simple', terms) with a GIN index.
The terms are already the Dutch configuration's stems (wijkkracht/info/text.py), so 'simple'
only splits them. Stored, because a common word matches most rows and PostgreSQL then scans
instead of using the index: computing the vector on the fly made such a search five times slower.
SQLite: an FTS5 table with SearchEntry as its external content, kept in step by triggers.

Careful: when a later migration alters info_searchentry, Django rebuilds the table on SQLite and
the triggers go with it; create them again in that migration. The search tests fail without them.
"""

from django.db import migrations

POSTGRESQL = [
    "ALTER TABLE info_searchentry ADD COLUMN vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, terms)) STORED",
    "CREATE INDEX info_searchentry_vector ON info_searchentry USING gin (vector)",
]
POSTGRESQL_REVERSE = ["ALTER TABLE info_searchentry DROP COLUMN vector"]

SQLITE = [
    "CREATE VIRTUAL TABLE info_searchentry_fts USING fts5(terms, content='info_searchentry', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER info_searchentry_fts_insert AFTER INSERT ON info_searchentry BEGIN "
    "INSERT INTO info_searchentry_fts(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER info_searchentry_fts_delete AFTER DELETE ON info_searchentry BEGIN "
    "INSERT INTO info_searchentry_fts(info_searchentry_fts, rowid, terms) "
    "VALUES ('delete', old.id, old.terms); END",
    "CREATE TRIGGER info_searchentry_fts_update AFTER UPDATE ON info_searchentry BEGIN "
    "INSERT INTO info_searchentry_fts(info_searchentry_fts, rowid, terms) "
    "VALUES ('delete', old.id, old.terms); "
    "INSERT INTO info_searchentry_fts(rowid, terms) VALUES (new.id, new.terms); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER info_searchentry_fts_insert",
    "DROP TRIGGER info_searchentry_fts_delete",
    "DROP TRIGGER info_searchentry_fts_update",
    "DROP TABLE info_searchentry_fts",
]


def _run(statements: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("info", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
