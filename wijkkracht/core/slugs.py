"""Slugs of collectives and federations sit in the first part of the URL."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# The first path segments the platform itself uses; a collective may not take them. A
# federation's slug sits under /federatie/, where "landelijk" is the national page.
RESERVED_SLUGS = frozenset(
    {
        "account",
        "api",
        "beheer",
        "certificaat",
        "federatie",
        "i18n",
        "landelijk",
        "static",
        "media",
        "admin",
        "taal",
    }
)


def validate_not_reserved(slug: str) -> None:
    """Refuse a slug that would hide one of the platform's own pages."""
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            {"slug": _("Deze korte naam is al in gebruik door Wijkkracht zelf. Kies een andere.")}
        )
