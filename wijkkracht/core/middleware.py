from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django_scopes import scope

from wijkkracht.core.access import membership_for
from wijkkracht.core.models import Collective

Handler = Callable[[HttpRequest], HttpResponse]

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
    """Enter the scope of the collective named by the URL's first part, for the whole request.

    Outside /<collective-slug>/… no scope is active, so a query on a tenant-owned model
    raises instead of quietly returning every collective's rows.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            slug = resolve(request.path_info).kwargs.get("collective_slug")
        except Resolver404:
            slug = None
        if slug is None:
            return self.get_response(request)
        collective = Collective.objects.filter(slug=slug).first()
        if collective is None:
            raise Http404
        with scope(collective=collective):
            request.collective = collective  # type: ignore[attr-defined]
            request.membership = membership_for(user=request.user, collective=collective)  # type: ignore[attr-defined]
            return self.get_response(request)


def security_headers(get_response: Handler) -> Handler:
    """Add the headers Django's SecurityMiddleware leaves out, to every response."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        # Static files leave before Django's clickjacking middleware sees them.
        response.setdefault("X-Frame-Options", "DENY")
        return response

    return middleware
