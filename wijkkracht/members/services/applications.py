"""Becoming a member: the application (online or typed in from paper) and the treasurer's
decision. An accepted application is a member, with housemates and a mandate (FRST)."""

import datetime
import secrets
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.postcode import normalise_postcode
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.people import person_create
from wijkkracht.members.iban import normalise_iban
from wijkkracht.members.models import (
    Application,
    ApplicationStatus,
    ApplicationVia,
    Contribution,
    ContributionRule,
    Creditor,
    Member,
)
from wijkkracht.members.services.contributions import charge_members
from wijkkracht.members.services.members import member_create
from wijkkracht.members.services.sepa import mandate_create
from wijkkracht.members.tasks import application_mail

_REFERENCE_SALT = "wijkkracht.members.application-reference"
# Words between a Dutch given name and family name ("Jan van der Berg").
_PREFIXES = frozenset(
    {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "la", "le", "du"}
)


@dataclass(frozen=True)
class Name:
    given_name: str
    family_name_prefix: str
    family_name: str

    @property
    def full(self) -> str:
        parts = (self.given_name, self.family_name_prefix, self.family_name)
        return " ".join(part for part in parts if part)


def name_split(written: str) -> Name:
    """'Jan van der Berg' as given name, prefix and family name."""
    words = written.split()
    if len(words) < 2:  # noqa: PLR2004
        raise ValidationError(
            _("Schrijf de voornaam en de achternaam van %(name)s.") % {"name": written}
        )
    prefix: list[str] = []
    rest = words[1:]
    while len(rest) > 1 and rest[0].lower() in _PREFIXES:
        prefix.append(rest.pop(0).lower())
    return Name(words[0], " ".join(prefix), " ".join(rest))


def mandate_reference_new() -> str:
    """A mandate reference nobody used: shown on the form before there is a member number."""
    while True:
        reference = f"AANM-{secrets.token_hex(5).upper()}"
        if not Application.objects.filter(mandate_reference=reference).exists():
            return reference


def reference_sign(reference: str) -> str:
    return signing.dumps(reference, salt=_REFERENCE_SALT)


def reference_read(token: str) -> str:
    """The reference a form was shown with; a changed one is refused."""
    try:
        return str(signing.loads(token, salt=_REFERENCE_SALT))
    except signing.BadSignature as error:
        raise ValidationError(_("Het formulier is verlopen. Vul het opnieuw in.")) from error


def mandate_text(*, creditor: Creditor, reference: str) -> str:
    """The Dutch wording of a recurring SEPA mandate (Betaalvereniging Nederland's model)."""
    return _(
        "Door ondertekening geeft u toestemming aan %(name)s om doorlopende "
        "incasso-opdrachten te sturen naar uw bank om de contributie van uw rekening af te "
        "schrijven, en aan uw bank om doorlopend een bedrag van uw rekening af te schrijven "
        "volgens de opdracht van %(name)s. Bent u het niet eens met een afschrijving? Dan kunt "
        "u die laten terugboeken. Neem daarvoor binnen 8 weken na de afschrijving contact op "
        "met uw bank. Vraag uw bank naar de voorwaarden. Incassant-ID: %(creditor_id)s. "
        "Kenmerk machtiging: %(reference)s."
    ) % {"name": creditor.name, "creditor_id": creditor.creditor_id, "reference": reference}


def _same_name(name: Name) -> Q:
    return Q(
        given_name__iexact=name.given_name,
        family_name_prefix__iexact=name.family_name_prefix,
        family_name__iexact=name.family_name,
    )


def _duplicates(application: Application, names: list[Name]) -> list[str]:
    """What stands in the way: a name already a member at this address, or already waiting."""
    at_address = Q(
        postcode=application.postcode,
        house_number=application.house_number,
        house_number_addition__iexact=application.house_number_addition,
    )
    problems = []
    for name in names:
        if Member.objects.filter(
            Q(person__in=Person.objects.filter(at_address & _same_name(name))), until=None
        ).exists():
            problems.append(
                _("%(name)s is al lid op dit adres. Een tweede aanmelding is niet nodig.")
                % {"name": name.full}
            )
        waiting = Application.objects.filter(
            at_address & _same_name(name), status=ApplicationStatus.WAITING
        ).exclude(pk=application.pk)
        if waiting.exists():
            problems.append(
                _(
                    "Voor %(name)s op dit adres is er al een aanmelding. De penningmeester "
                    "bekijkt die binnenkort."
                )
                % {"name": name.full}
            )
    return problems


def _names(application: Application) -> list[Name]:
    own = Name(application.given_name, application.family_name_prefix, application.family_name)
    return [own, *(name_split(line) for line in application.housemate_names)]


@transaction.atomic
def application_submit(
    *,
    actor: User | None,
    collective: Collective,
    via: str,
    fields: dict[str, Any],
    housemates: str = "",
    iban: str = "",
    account_holder: str = "",
    reference: str = "",
    signed_on: datetime.date | None = None,
    ip: str | None = None,
) -> Application:
    """Store an application after the same checks for the online and the paper form."""
    application = Application(
        collective=collective, via=via, entered_by=actor, housemates=housemates.strip(), **fields
    )
    application.postcode = normalise_postcode(application.postcode)
    if iban:
        creditor = Creditor.objects.first()
        if creditor is None:
            raise ValidationError(_("Deze coöperatie int de contributie niet automatisch."))
        application.iban = normalise_iban(iban)
        application.account_holder = account_holder.strip() or application.full_name
        application.mandate_reference = reference
        application.mandate_text = mandate_text(creditor=creditor, reference=reference)
        application.signed_on = signed_on or timezone.localdate()
        application.signed_ip = ip if via == ApplicationVia.ONLINE else None
        if application.signed_on > timezone.localdate():
            raise ValidationError(_("De datum van ondertekening ligt in de toekomst."))
    application.full_clean(exclude=["collective", "member", "entered_by", "decided_by"])
    problems = _duplicates(application, _names(application))
    if problems:
        raise ValidationError(problems)
    if reference and Application.objects.filter(mandate_reference=reference).exists():
        raise ValidationError(_("Dit formulier is al verstuurd."))
    application.save()
    audit_record(
        actor=actor,
        action="application.submit",
        target=application,
        collective=collective,
        data={"via": via, "mandate": bool(iban), "housemates": len(application.housemate_names)},
    )
    _mail_on_commit(application, "received")
    return application


def _mail_on_commit(application: Application, kind: str) -> None:
    if application.email:
        transaction.on_commit(
            lambda: application_mail.enqueue(
                collective_id=application.collective_id,
                application_id=application.pk,
                kind=kind,
            )
        )


def _waiting_locked(application: Application) -> Application:
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if locked.status != ApplicationStatus.WAITING:
        raise ValidationError(
            _("Over deze aanmelding is al beslist: %(status)s.")
            % {"status": locked.get_status_display()}
        )
    return locked


def _decide(application: Application, actor: User, status: str, **fields: Any) -> None:
    for name, value in {**fields, "status": status, "decided_by": actor}.items():
        setattr(application, name, value)
    application.decided_at = timezone.now()
    application.save(update_fields=[*fields, "status", "decided_by", "decided_at"])


@transaction.atomic
def application_accept(*, actor: User, application: Application) -> Member:
    """Make the applicant and their housemates members; the mandate is the applicant's."""
    application = _waiting_locked(application)
    names = _names(application)
    problems = _duplicates(application, names)
    if problems:
        raise ValidationError(problems)
    today = timezone.localdate()
    members = [_member_for(actor, application, name, today) for name in names]
    member = members[0]
    if application.iban:
        mandate_create(
            actor=actor,
            member=member,
            iban=application.iban,
            account_holder=application.account_holder,
            signed_on=application.signed_on or today,
            reference=application.mandate_reference,
        )
    _charge_if_year_charged(members, today.year)
    _decide(application, actor, ApplicationStatus.ACCEPTED, member=member)
    audit_record(
        actor=actor,
        action="application.accept",
        target=application,
        collective=application.collective,
        on_behalf_of=member.person,
        data={"members": len(members)},
    )
    _mail_on_commit(application, "accepted")
    return member


def _member_for(actor: User, application: Application, name: Name, since: datetime.date) -> Member:
    """The member for one name at the application's address; a person the collective already
    knows there (a resident, not a member) becomes that member instead of a second record."""
    address = {
        "street": application.street,
        "house_number": application.house_number,
        "house_number_addition": application.house_number_addition,
        "postcode": application.postcode,
        "city": application.city,
    }
    person = Person.objects.filter(
        _same_name(name),
        postcode=application.postcode,
        house_number=application.house_number,
        erased_at=None,
    ).first()
    if person is None:
        contact: dict[str, Any] = {"contact_preference": application.contact_preference}
        if name.full == application.full_name:
            contact.update(email=application.email, phone=application.phone)
        person = person_create(
            actor=actor,
            collective=application.collective,
            roles=[],
            given_name=name.given_name,
            family_name_prefix=name.family_name_prefix,
            family_name=name.family_name,
            **address,
            **contact,
        )
    return member_create(actor=actor, person=person, since=since)


def _charge_if_year_charged(members: list[Member], year: int) -> None:
    """When the treasurer already charged this year, the new household is charged too, so the
    next debit file takes it; otherwise the year's run will."""
    rule = ContributionRule.objects.filter(year=year).first()
    if rule is not None and Contribution.objects.filter(year=year).exists():
        charge_members(rule, members)


@transaction.atomic
def application_refuse(*, actor: User, application: Application, reason: str) -> Application:
    application = _waiting_locked(application)
    if not reason.strip():
        raise ValidationError(_("Schrijf waarom. De aanvrager krijgt dat te lezen."))
    _decide(application, actor, ApplicationStatus.REFUSED, refusal_reason=reason.strip())
    audit_record(
        actor=actor,
        action="application.refuse",
        target=application,
        collective=application.collective,
    )
    _mail_on_commit(application, "refused")
    return application
