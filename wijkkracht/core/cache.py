"""Redis as a cache that may be away for a while.

Everything kept in the cache can be made again: kept pages, the calendar feed, sessions (which
live in the database, with Redis in front: ``cached_db``). So when Redis stops, a read is a
miss, a write is dropped and the site goes on, slower; one warning a minute says so.
"""

import logging
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis import RedisError

logger = logging.getLogger(__name__)

WARN_EVERY_SECONDS = 60
_last_warning = 0.0


def _warn(error: RedisError) -> None:
    global _last_warning  # noqa: PLW0603 - one clock per process
    now = time.monotonic()
    if now - _last_warning >= WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning("Redis is niet bereikbaar; de cache wordt overgeslagen (%s).", error)


def _forgiving(method: Callable[..., Any], when_away: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(method)
    def call(self: RedisCacheClient, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            _warn(error)
            return when_away(*args, **kwargs)

    return call


class ForgivingRedisCacheClient(RedisCacheClient):
    add = _forgiving(RedisCacheClient.add, lambda *a, **k: False)
    get = _forgiving(RedisCacheClient.get, lambda key, default: default)
    set = _forgiving(RedisCacheClient.set, lambda *a, **k: None)
    touch = _forgiving(RedisCacheClient.touch, lambda *a, **k: False)
    delete = _forgiving(RedisCacheClient.delete, lambda *a, **k: False)
    get_many = _forgiving(RedisCacheClient.get_many, lambda *a, **k: {})
    has_key = _forgiving(RedisCacheClient.has_key, lambda *a, **k: False)
    set_many = _forgiving(RedisCacheClient.set_many, lambda *a, **k: [])
    delete_many = _forgiving(RedisCacheClient.delete_many, lambda *a, **k: None)


class ForgivingRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
