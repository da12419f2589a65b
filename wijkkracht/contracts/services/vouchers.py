"""Service vouchers (dienstencheques): a scheme with a face value, limits per person and per
household per calendar year and a validity; a voucher is one hour of help, redeemed against a
1-loket request that is done; what is not redeemed in time expires.

Giving locks the scheme, so two coordinators giving at once never pass a limit; redeeming
locks the voucher and the request, so a voucher pays once and a request never more hours
than it took."""

import datetime
import math
import secrets
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.businesscase.models import Stakeholder
from wijkkracht.contracts.models import Voucher, VoucherScheme
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.help.models import HelpRequest, Status
from wijkkracht.members.selectors import household

# Letters and digits nobody mixes up on paper (no 0/O, 1/I/L).
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
MOST_AT_ONCE = 50


def _code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"DC-{raw[:4]}-{raw[4:]}"


def code_normal(text: str) -> str:
    """A code as typed ("dc 7kq2 m9xa") as printed ("DC-7KQ2-M9XA")."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    raw = raw.removeprefix("DC")
    return f"DC-{raw[:4]}-{raw[4:]}" if len(raw) == 8 else text.strip().upper()  # noqa: PLR2004


def scheme_create(
    *,
    actor: User | None,
    collective: Collective,
    name: str,
    funder: str,
    face_value: Decimal,
    per_person: int,
    per_household: int,
    valid_months: int,
    funder_kind: str = Stakeholder.MUNICIPALITY,
) -> VoucherScheme:
    if per_household < per_person:
        raise ValidationError(
            _("Een huishouden mag niet minder cheques krijgen dan één persoon erin.")
        )
    scheme = VoucherScheme(
        collective=collective,
        name=name.strip(),
        funder=funder.strip(),
        funder_kind=funder_kind,
        face_value=face_value,
        per_person=per_person,
        per_household=per_household,
        valid_months=valid_months,
    )
    scheme.full_clean(exclude=["collective"])
    scheme.save()
    audit_record(actor=actor, action="voucher.scheme", target=scheme, collective=collective)
    return scheme


def given_in_year(scheme: VoucherScheme, person: Person, year: int) -> tuple[int, int]:
    """Vouchers of the scheme given in the calendar year to the person and to their household."""
    found = scheme.vouchers.filter(issued_on__year=year).aggregate(
        person=Count("pk", filter=Q(person=person)),
        household=Count("pk", filter=Q(household=household(person))),
    )
    return found["person"], found["household"]


def _new_codes(count: int) -> list[str]:
    """`count` codes no voucher of the collective has yet (asking only about these codes)."""
    codes: set[str] = set()
    while len(codes) < count:
        fresh = {_code() for _ in range(count - len(codes))} - codes
        taken = set(Voucher.objects.filter(code__in=fresh).values_list("code", flat=True))
        codes |= fresh - taken
    return sorted(codes)


@transaction.atomic
def vouchers_give(
    *,
    actor: User | None,
    scheme: VoucherScheme,
    person: Person,
    count: int,
    on: datetime.date,
) -> list[Voucher]:
    """Give `count` vouchers to a person, within the year's limits; all or none."""
    scheme = VoucherScheme.objects.select_for_update().get(pk=scheme.pk)
    if not 1 <= count <= MOST_AT_ONCE:
        raise ValidationError(_("Geef 1 tot %(most)d cheques tegelijk.") % {"most": MOST_AT_ONCE})
    mine, home = given_in_year(scheme, person, on.year)
    if mine + count > scheme.per_person:
        raise ValidationError(
            ngettext(
                "%(name)s kreeg in %(year)d al %(given)d cheque. Het maximum is %(most)d.",
                "%(name)s kreeg in %(year)d al %(given)d cheques. Het maximum is %(most)d.",
                mine,
            )
            % {"name": person.full_name, "year": on.year, "given": mine, "most": scheme.per_person}
        )
    if home + count > scheme.per_household:
        raise ValidationError(
            _(
                "Op dit adres zijn in %(year)d al %(given)d cheques gegeven. Het maximum per "
                "huishouden is %(most)d."
            )
            % {"year": on.year, "given": home, "most": scheme.per_household}
        )
    expires = on + relativedelta(months=scheme.valid_months) - datetime.timedelta(days=1)
    vouchers = Voucher.objects.bulk_create(
        Voucher(
            collective_id=scheme.collective_id,
            scheme=scheme,
            person=person,
            household=household(person),
            code=code,
            issued_on=on,
            expires_on=expires,
            issued_by=actor,
        )
        for code in _new_codes(count)
    )
    audit_record(
        actor=actor,
        action="voucher.give",
        target=person,
        collective=scheme.collective,
        data={"scheme": scheme.pk, "count": count},
    )
    return vouchers


def hours_of(request: HelpRequest) -> int:
    """The whole hours a request may be paid for: the hours spent, else its time, rounded up."""
    if request.hours_spent:
        return math.ceil(request.hours_spent)
    start = datetime.datetime.combine(request.date, request.start_time)
    end = datetime.datetime.combine(request.date, request.end_time)
    return max(1, math.ceil((end - start).total_seconds() / 3600))


def redeemable_requests(voucher: Voucher) -> list[HelpRequest]:
    """Done requests of the voucher's person within its validity with hours left to pay."""
    requests = (
        HelpRequest.objects.filter(
            status=Status.DONE, date__lte=voucher.expires_on, resident_id=voucher.person_id
        )
        .annotate(paid=Count("vouchers"))
        .order_by("-date")
    )
    return [r for r in requests if r.paid < hours_of(r)]


@transaction.atomic
def voucher_redeem(
    *, actor: User | None, voucher: Voucher, request: HelpRequest, on: datetime.date
) -> Voucher:
    """Pay one hour of a done request with this voucher."""
    voucher = Voucher.objects.select_for_update().get(pk=voucher.pk)
    request = HelpRequest.objects.select_for_update().get(pk=request.pk)
    if voucher.request_id is not None:
        raise ValidationError(
            _("Cheque %(code)s is al geïnd op %(date)s.")
            % {"code": voucher.code, "date": date_format(voucher.redeemed_on or voucher.issued_on)}
        )
    if request.status != Status.DONE:
        raise ValidationError(_("Een cheque kan alleen voor hulp die klaar is."))
    if request.date > voucher.expires_on:
        raise ValidationError(
            _("Cheque %(code)s was geldig tot en met %(date)s; de hulp was later.")
            % {"code": voucher.code, "date": date_format(voucher.expires_on)}
        )
    if request.resident_id != voucher.person_id:
        raise ValidationError(_("Deze hulp was voor iemand anders dan wie de cheque kreeg."))
    if Voucher.objects.filter(request=request).count() >= hours_of(request):
        raise ValidationError(
            ngettext(
                "Deze hulp duurde %(hours)d uur en is al met %(hours)d cheque betaald.",
                "Deze hulp duurde %(hours)d uur en is al met %(hours)d cheques betaald.",
                hours_of(request),
            )
            % {"hours": hours_of(request)}
        )
    voucher.request, voucher.redeemed_on, voucher.redeemed_by = request, on, actor
    voucher.save(update_fields=["request", "redeemed_on", "redeemed_by"])
    audit_record(
        actor=actor,
        action="voucher.redeem",
        target=request,
        collective=voucher.scheme.collective,
        data={"voucher": voucher.code},
    )
    return voucher
