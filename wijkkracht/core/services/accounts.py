import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wijkkracht.core.models import ApiToken, LoginFailure, Person, User
from wijkkracht.core.models.people import hash_token
from wijkkracht.core.services.audit import audit_record

# One address may try more often than one account: a community centre shares one address.
_IP_FACTOR = 4


def _email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def login_is_throttled(*, email: str, ip_address: str | None) -> bool:
    """Tell whether too many logins failed lately for this e-mail or this address."""
    since = timezone.now() - timedelta(minutes=settings.LOGIN_FAILURE_WINDOW_MINUTES)
    recent = LoginFailure.objects.filter(at__gte=since)
    limit = settings.LOGIN_FAILURE_LIMIT
    if recent.filter(email_hash=_email_hash(email)).count() >= limit:
        return True
    return (
        ip_address is not None
        and recent.filter(ip_address=ip_address).count() >= limit * _IP_FACTOR
    )


def login_failure_record(*, email: str, ip_address: str | None) -> None:
    """Remember a failed login, and forget failures older than a day."""
    LoginFailure.objects.create(email_hash=_email_hash(email), ip_address=ip_address)
    LoginFailure.objects.filter(at__lt=timezone.now() - timedelta(days=1)).delete()


def login_failures_clear(*, email: str) -> None:
    """Forget an account's failed logins after it logged in correctly."""
    LoginFailure.objects.filter(email_hash=_email_hash(email)).delete()


@transaction.atomic
def api_token_create(*, actor: User, person: Person, label: str) -> str:
    """Make a partner's API key; return the key itself, which is shown once and never stored."""
    token = secrets.token_urlsafe(32)
    api_token = ApiToken(
        collective=person.collective, person=person, label=label, token_hash=hash_token(token)
    )
    api_token.full_clean()
    api_token.save()
    audit_record(
        actor=actor,
        action="api_token.create",
        target=api_token,
        collective=person.collective,
        on_behalf_of=person,
    )
    return token


@transaction.atomic
def api_token_revoke(*, actor: User, api_token: ApiToken) -> None:
    """Stop an API key from working."""
    api_token.revoked_at = timezone.now()
    api_token.save(update_fields=["revoked_at"])
    audit_record(
        actor=actor,
        action="api_token.revoke",
        target=api_token,
        collective=api_token.collective,
        on_behalf_of=api_token.person,
    )
