"""Readiness for the load balancer: can this app server answer pages right now?"""

from functools import cache

import redis
from django.conf import settings
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor


def database_reachable() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


_migrated = False


def migrations_applied() -> bool:
    """No migration of this code is missing in the database. Once true it stays true for the
    life of the process, so the plan (a tenth of a second) is worked out until then only."""
    global _migrated  # noqa: PLW0603 - per process, see above
    if not _migrated:
        executor = MigrationExecutor(connection)
        _migrated = not executor.migration_plan(executor.loader.graph.leaf_nodes())
    return _migrated


@cache
def _redis_client() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=0.5, socket_timeout=1)


def redis_reachable() -> bool | None:
    """None without Redis configured."""
    if not settings.REDIS_URL:
        return None
    try:
        return bool(_redis_client().ping())
    except redis.RedisError:
        return False


def readiness() -> tuple[bool, dict[str, bool | None]]:
    """Ready when the database answers with every migration applied. Redis away is reported
    but leaves the server ready: pages work without it (core.cache, core.taskqueue)."""
    database = database_reachable()
    checks = {
        "database": database,
        "migrations": database and migrations_applied(),
        "redis": redis_reachable(),
    }
    return bool(checks["database"] and checks["migrations"]), checks
