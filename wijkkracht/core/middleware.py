import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django_scopes import scope

from wijkkracht.core.access import membership_for
from wijkkracht.core.versions import collective_with_versions

Handler = Callable[[HttpRequest], HttpResponse]
API_VERSION = "1.0.0"  # the partner API's, as semantic versioning writes it

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ]
)


class CollectiveScopeMiddleware:
    """Run each view of /<collective-slug>/… inside the scope of that collective.

    Outside those URLs no scope is active, so a query on a tenant-owned model raises instead
    of quietly returning every collective's rows. The slug comes from the URL Django already
    resolved for the view; this middleware is the last, so every other one has run.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view: Callable[..., HttpResponse],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        slug = kwargs.get("collective_slug")
        if slug is None:
            return None
        found = collective_with_versions(slug)
        if found is None:
            raise Http404
        collective, request.versions = found  # type: ignore[attr-defined]
        with scope(collective=collective):
            request.collective = collective  # type: ignore[attr-defined]
            request.membership = membership_for(user=request.user, collective=collective)  # type: ignore[attr-defined]
            return view(request, *args, **kwargs)


def security_headers(get_response: Handler) -> Handler:
    """Add the headers Django's SecurityMiddleware leaves out, to every response."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        # Static files leave before Django's clickjacking middleware sees them.
        response.setdefault("X-Frame-Options", "DENY")
        if request.path.startswith("/api/"):
            # Dutch API Design Rules /core/version-header: the full version on every answer.
            response["API-Version"] = API_VERSION
        return response

    return middleware


def language(get_response: Handler) -> Handler:
    """Dutch, unless the person chose English with the button in the header: on this browser
    (a cookie) or, logged in, on any (kept with the login, core.views.language).

    The browser's own language is not asked: a tablet a grandchild set up in English still
    shows the collective in Dutch. Replaces Django's LocaleMiddleware, which would follow it;
    it comes after the authentication middleware, to read the login's choice.
    """
    chosen_codes = {code for code, _name in settings.LANGUAGES}

    def middleware(request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if chosen not in chosen_codes and request.user.is_authenticated:
            chosen = request.user.language
        code = chosen if chosen in chosen_codes else settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = code
        response = get_response(request)
        response.headers.setdefault("Content-Language", code)
        patch_vary_headers(response, ("Cookie",))
        return response

    return middleware


# A session in use is written again at most this often, which moves its end two hours on.
SESSION_REFRESH_SECONDS = 60


def session_refresh(get_response: Handler) -> Handler:
    """Keep a session alive while it is used, without a database write on every request."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        session = request.session
        if not session.is_empty():
            now = int(time.time())
            if now - session.get("_seen", 0) >= SESSION_REFRESH_SECONDS:
                session["_seen"] = now  # modified: SessionMiddleware saves it with a new end
        return response

    return middleware
