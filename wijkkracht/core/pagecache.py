"""Public pages served from a cache that never goes stale.

A page is kept under a key made of the collective's data version and the shared one
(`core.versions`: database triggers count every change), the minute, the language and the
address. Any change to what the collective owns makes a new key, so a page is never shown
after the data under it changed; a page that depends on the clock is at most a minute old
in what it shows of the time. Only visitors who are not logged in get a kept page: they all
see the same one, but for the CSRF token of the language form, which each visitor gets anew.
"""

import hashlib
import re
from collections.abc import Callable
from functools import cache, wraps
from http import HTTPStatus
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from wijkkracht.core.access import CollectiveRequest

View = Callable[..., HttpResponse]

PAGE_SECONDS = 3600
_TOKEN = re.compile(rb'(?<=name="csrfmiddlewaretoken" value=")[^"]*')
_PLACEHOLDER = b"\x00csrf\x00"  # forms refuse a NUL character, so no page text holds one
_CODE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".json", ".svg"}


@cache
def code_version() -> str:
    """A hash of the code, templates and translations: a new release never shows kept pages of
    the one before, also when app servers share the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in _CODE_SUFFIXES:
            digest.update(str(path.relative_to(package.parent)).encode())
            digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"  # the static files' hashed names
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:16]


def _key(request: CollectiveRequest) -> str:
    versions = request.versions
    minute = timezone.localtime().strftime("%Y%m%d%H%M")
    parts = (
        f"{code_version()}:{versions.own}:{versions.shared}:{minute}:{get_language()}:"
        f"{request.get_full_path()}"
    )
    return hashlib.sha256(parts.encode()).hexdigest()


def _cacheable(request: CollectiveRequest) -> bool:
    # Inside a transaction a page may show what is not committed yet (and PostgreSQL counts
    # a version at the commit): only pages of committed data are kept.
    return (
        not connection.in_atomic_block
        and request.method == "GET"
        and not request.user.is_authenticated
        and not len(messages.get_messages(request))
    )


def public_page(view: View) -> View:
    """Serve ``view`` to visitors who are not logged in from the cache when nothing changed."""

    @wraps(view)
    def wrapper(request: CollectiveRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        # The browser's copy holds the CSRF token of its own cookie, so it is only as good as
        # that cookie: the tag names both.
        etag = '"{}"'.format(
            hashlib.sha256(f"{key}:{request.COOKIES.get('csrftoken', '')}".encode()).hexdigest()
        )
        if request.headers.get("If-None-Match") == etag:
            response: HttpResponse = HttpResponseNotModified()
        else:
            response = _page(request, key, view, args, kwargs)
        if response.status_code in (HTTPStatus.OK, HTTPStatus.NOT_MODIFIED):
            response["ETag"] = etag
            response["Cache-Control"] = "private, no-cache"
            patch_vary_headers(response, ["Cookie", "Accept-Language"])
        return response

    return wrapper


def _page(request: CollectiveRequest, key: str, view: View, args: Any, kwargs: Any) -> HttpResponse:
    cache = caches["pages"]
    kept = cache.get(key)
    if kept is not None:
        content_type, content = kept
        token = get_token(request).encode()
        return HttpResponse(content.replace(_PLACEHOLDER, token), content_type=content_type)
    response = view(request, *args, **kwargs)
    if response.status_code == HTTPStatus.OK and not response.streaming:
        cache.set(
            key,
            (response["Content-Type"], _TOKEN.sub(_PLACEHOLDER, response.content)),
            PAGE_SECONDS,
        )
    return response
