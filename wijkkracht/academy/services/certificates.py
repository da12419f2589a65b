"""Certificates: made for everyone who reached the threshold once the last session is over,
with a code whose signature covers every printed field. The public check recomputes it, so a
changed field shows as 'not valid', and a revoked certificate says so.

Not an Open Badges 3.0 credential: that needs Data Integrity proofs (RDF canonicalisation,
eddsa-rdfc-2022) or a VC-JWT with a key per collective published under did:web; no well-kept
Python library does the first, and the second needs key custody for every collective on a
shared installation. The signature is an HMAC with a key derived per collective from the
installation's secret, checked on this installation's public page."""

import json
import secrets
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from wijkkracht.academy.models import Certificate, Edition
from wijkkracht.academy.registers import register_get
from wijkkracht.academy.services.attendance import (
    ALPHABET,
    edition_results,
    normalise,
    sessions_held,
)
from wijkkracht.core.models import User
from wijkkracht.core.services.audit import audit_record

PRINTED = (
    "code",
    "name",
    "course_title",
    "collective_name",
    "first_day",
    "last_day",
    "net_minutes",
    "points",
    "register",
    "register_name",
    "accreditation_id",
    "issued_on",
)


def certificate_fields(certificate: Certificate) -> dict[str, Any]:
    """Every field printed on the certificate, as text (points always with one decimal)."""
    fields = {name: str(getattr(certificate, name)) for name in PRINTED}
    fields["points"] = f"{Decimal(certificate.points):.1f}"
    return fields


def _signature(certificate: Certificate) -> str:
    message = json.dumps(certificate_fields(certificate), sort_keys=True, ensure_ascii=False)
    return salted_hmac(
        f"academy.certificate.{certificate.collective_id}", message, algorithm="sha256"
    ).hexdigest()


CODE_LENGTH = 8  # BA-7KQ2-M9XA: 31^8, about 850 billion codes


def _new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return f"BA-{raw[:4]}-{raw[4:]}"


@transaction.atomic
def certificates_issue(*, actor: User | None, edition: Edition) -> list[Certificate]:
    """A certificate for each person who reached the threshold and has none yet."""
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    sessions = sessions_held(edition)
    if not sessions or sessions[-1].occurrence.ends_at > timezone.now():
        raise ValidationError(_("Certificaten maakt u na de laatste bijeenkomst."))
    course = edition.course
    register = register_get(course.register)
    net, results = edition_results(edition)
    have = set(
        edition.certificates.filter(revoked_on__isnull=True).values_list("person_id", flat=True)
    )
    made = []
    for result in results:
        if not result.passed or result.person.pk in have:
            continue
        certificate = Certificate(
            collective_id=edition.collective_id,
            edition=edition,
            person=result.person,
            code=_new_code(),
            name=result.person.full_name,
            course_title=course.title,
            collective_name=edition.collective.name,
            first_day=timezone.localtime(sessions[0].occurrence.starts_at).date(),
            last_day=timezone.localtime(sessions[-1].occurrence.starts_at).date(),
            net_minutes=net,
            points=Decimal(result.points.numerator) / result.points.denominator,
            register=register.key,
            register_name=register.name,
            accreditation_id=course.accreditation_id,
            resident_run=course.resident_run,
            issued_on=timezone.localdate(),
        )
        certificate.signature = _signature(certificate)
        certificate.save()
        made.append(certificate)
    edition.certificates_at = timezone.now()
    edition.save(update_fields=["certificates_at"])
    audit_record(
        actor=actor,
        action="academy.certificates",
        target=edition,
        collective=edition.collective,
        data={"made": len(made)},
    )
    return made


@transaction.atomic
def certificate_revoke(*, actor: User | None, certificate: Certificate, reason: str) -> None:
    if not reason.strip():
        raise ValidationError(_("Schrijf op waarom het certificaat niet meer geldt."))
    certificate.revoked_on = timezone.localdate()
    certificate.revoked_reason = reason.strip()
    certificate.save(update_fields=["revoked_on", "revoked_reason"])
    audit_record(
        actor=actor,
        action="academy.revoke",
        target=certificate,
        collective=certificate.edition.collective,
        data={},
    )


def certificate_status(certificate: Certificate) -> str:
    """'valid', 'revoked', or 'altered' when the fields no longer match the signature."""
    if not constant_time_compare(_signature(certificate), certificate.signature):
        return "altered"
    return "revoked" if certificate.revoked_on else "valid"


def certificate_find(code: str) -> Certificate | None:
    """A certificate by its code typed any way (``ba 7kq2 m9xa``)."""
    raw = normalise(code)
    if raw.startswith("BA"):
        raw = raw[2:]
    if len(raw) != CODE_LENGTH:
        return None
    return Certificate.objects.filter(code=f"BA-{raw[:4]}-{raw[4:]}").first()


def _points(certificate: Certificate) -> str:
    return f"{certificate.points:.1f}".replace(".", ",")


def _days(certificate: Certificate) -> tuple[str, str]:
    first, last = f"{certificate.first_day:%d-%m-%Y}", f"{certificate.last_day:%d-%m-%Y}"
    return ("Datum", first) if first == last else ("Data", f"{first} tot en met {last}")


def certificate_lines(certificate: Certificate) -> list[tuple[str, str]]:
    """The printed fields with their Dutch labels, in the order the public page shows them."""
    hours, minutes = divmod(certificate.net_minutes, 60)
    return [
        ("Naam", certificate.name),
        ("Cursus", certificate.course_title),
        ("Gegeven door", certificate.collective_name),
        _days(certificate),
        ("Netto leertijd", f"{certificate.net_minutes} minuten ({hours} uur {minutes} minuten)"),
        ("Punten", _points(certificate)),
        ("Register", certificate.register_name),
        ("Accreditatienummer", certificate.accreditation_id or "niet geaccrediteerd"),
        ("Uitgereikt op", f"{certificate.issued_on:%d-%m-%Y}"),
        ("Code", certificate.code),
    ]
