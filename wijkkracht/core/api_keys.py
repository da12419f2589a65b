"""The partner's key at the API's door: a key that works (not revoked, not expired, its holder
still a partner), at most ``API_CALLS_PER_MINUTE`` calls a minute per key (else 429 with
Retry-After), and every call written in the collective's audit log (method, path and status
of the key, never the key or a query string)."""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django_scopes import scopes_disabled
from ninja import Schema
from ninja.errors import HttpError
from ninja.security import HttpBearer

from wijkkracht.core.models import ApiToken, Collective, Role
from wijkkracht.core.models.people import hash_token
from wijkkracht.core.services.audit import audit_record

WINDOW = 60  # seconds


class TooManyCallsError(HttpError):
    def __init__(self, retry_after: int) -> None:
        super().__init__(429, "Te veel verzoeken. Probeer het over een minuut opnieuw.")
        self.retry_after = retry_after


def _within_limit(api_token: ApiToken) -> None:
    """Count this call in the key's current minute; refuse it past the limit."""
    window = int(time.time()) // WINDOW
    key = f"api-calls:{api_token.token_hash[:32]}:{window}"
    cache.add(key, 0, timeout=WINDOW * 2)
    try:
        calls = cache.incr(key)
    except ValueError:  # the cache lost the key (Redis away): let the call through
        return
    if calls > settings.API_CALLS_PER_MINUTE:
        raise TooManyCallsError(WINDOW - int(time.time()) % WINDOW)


class PartnerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        with scopes_disabled():
            api_token = (
                ApiToken.objects.select_related("collective", "person__user")
                .filter(
                    token_hash=hash_token(token),
                    revoked_at__isnull=True,
                    expires_at__gt=timezone.now(),
                )
                .first()
            )
            # A key stops working the moment its holder is no longer a partner.
            if (
                api_token is None
                or not Role.objects.filter(person_id=api_token.person_id, name="partner").exists()
            ):
                return None
            _within_limit(api_token)
            audit_record(
                actor=api_token.person.user,
                action="api.call",
                target=api_token,
                collective=api_token.collective,
                on_behalf_of=api_token.person,
                data={"method": request.method, "path": request.path},
            )
        return api_token


class Error(Schema):
    detail: str


def token_collective(request: HttpRequest, slug: str) -> Collective:
    """The collective of the partner's key; another collective's address is not found."""
    api_token: ApiToken = request.auth  # type: ignore[attr-defined]
    if api_token.collective.slug != slug:
        raise HttpError(404, "Niet gevonden.")
    return api_token.collective
