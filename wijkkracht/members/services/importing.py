"""Import a member list: check every row first, then write all of it or nothing."""

import datetime
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.core.jobs import no_progress
from wijkkracht.core.models import Collective, ContactPreference, Person, Role, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.records import sheet_upload_reading, sheet_upload_unread
from wijkkracht.core.spreadsheet import Cell, SheetRow, SpreadsheetError, sheet_read
from wijkkracht.members.cells import (
    RATES,
    choice_read,
    contact_read,
    date_read,
    email_read,
    house_number_read,
    iban_read,
    number_read,
    postcode_read,
)
from wijkkracht.members.models import Mandate, Member, MemberImport, RateKind
from wijkkracht.members.services.members import next_member_number

# The names treasurers give their columns, each mapped to one field.
COLUMNS = {
    "number": ("lidnummer", "lidnr", "nummer", "lid nr"),
    "given_name": ("voornaam", "roepnaam", "voornamen"),
    "family_name_prefix": ("tussenvoegsel", "tussenv.", "tussenv"),
    "family_name": ("achternaam", "naam", "familienaam"),
    "street": ("straat", "straatnaam", "adres"),
    "house_number": ("huisnummer", "huisnr", "nr"),
    "house_number_addition": ("toevoeging", "huisnummertoevoeging"),
    "postcode": ("postcode",),
    "city": ("woonplaats", "plaats"),
    "email": ("e-mail", "email", "e-mailadres", "emailadres"),
    "phone": ("telefoon", "telefoonnummer", "tel", "tel."),
    "since": ("lid sinds", "lid vanaf", "ingangsdatum", "datum lid"),
    "contact": ("contact", "bereikbaar via", "contactvoorkeur"),
    "rate": ("tarief",),
    "iban": ("iban", "rekeningnummer"),
    "mandate_signed_on": ("machtiging datum", "datum machtiging", "machtiging getekend"),
    "mandate_reference": ("machtiging kenmerk", "kenmerk machtiging"),
}
REQUIRED = ("given_name", "family_name", "postcode", "house_number")
T = TypeVar("T")


@dataclass
class PlannedMember:
    row: int
    person: dict[str, object]
    since: datetime.date
    rate: str
    number: int | None
    iban: str = ""
    mandate_signed_on: datetime.date | None = None
    mandate_reference: str = ""
    existing_person_id: int | None = None


@dataclass
class ImportPlan:
    members: list[PlannedMember] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def undated_mandates(self) -> int:
        """Rows with an IBAN but no signing date: read in as "datum onbekend", not debited."""
        return sum(1 for planned in self.members if planned.iban and not planned.mandate_signed_on)

    @property
    def undated_warning(self) -> str:
        """One line for all such rows, instead of an error on each."""
        if not self.undated_mandates:
            return ""
        return ngettext(
            "%(count)s machtiging heeft geen datum. Die wordt ingelezen als 'datum onbekend' en "
            "niet geïncasseerd tot u de datum invult, of op de pagina Contributie kiest voor "
            "'lid sinds' als datum.",
            "%(count)s machtigingen hebben geen datum. Die worden ingelezen als 'datum onbekend' "
            "en niet geïncasseerd tot u de datum invult, of op de pagina Contributie kiest voor "
            "'lid sinds' als datum.",
            self.undated_mandates,
        ) % {"count": self.undated_mandates}

    @property
    def households(self) -> int:
        return len({_identity(planned.person)[1] for planned in self.members})


def import_plan(
    *, content: bytes, filename: str, progress: Callable[[int, int], None] = no_progress
) -> ImportPlan:
    """Read and check a member list in the current collective; writes nothing."""
    plan = ImportPlan()
    try:
        columns, rows = sheet_read(
            content,
            filename,
            columns=COLUMNS,
            required=REQUIRED,
            empty=_("Er staan geen leden in het bestand."),
        )
    except SpreadsheetError as error:
        plan.errors.append(str(error))
        return plan
    for done, row in enumerate(rows):
        progress(done, len(rows))
        planned = _row_plan(row, columns, plan.errors)
        if planned is not None:
            plan.members.append(planned)
    _duplicates_check(plan)
    plan.errors.sort(key=_row_number)
    return plan


def _row_number(error: str) -> int:
    """Sort messages by the row they name, so the treasurer can work down the sheet."""
    match = re.search(r"\d+", error)
    return int(match.group()) if match else 0


def _cell(row: SheetRow, columns: dict[str, str], name: str) -> Cell:
    return row.cells.get(columns.get(name, ""))


def _text(row: SheetRow, columns: dict[str, str], name: str) -> str:
    value = _cell(row, columns, name)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class _Problems:
    """Collects what is wrong with one row, so the treasurer sees all of it at once."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def take(self, label: str, parse: Callable[[], T], default: T) -> T:
        try:
            return parse()
        except ValidationError as error:
            self.messages.append(f"{label}: {' '.join(error.messages)}")
            return default


def _row_plan(row: SheetRow, columns: dict[str, str], errors: list[str]) -> PlannedMember | None:
    text = {name: _text(row, columns, name) for name in COLUMNS}
    problems = _Problems()
    for name in REQUIRED:
        if not text[name]:
            problems.messages.append(_("%(column)s is leeg") % {"column": columns[name]})
    house_number, addition = problems.take(
        _("huisnummer"), lambda: house_number_read(text["house_number"]), (0, "")
    )
    postcode = problems.take(_("postcode"), lambda: postcode_read(text["postcode"]), "")
    email = problems.take(_("e-mail"), lambda: email_read(text["email"]), "")
    since = problems.take(_("lid sinds"), lambda: date_read(_cell(row, columns, "since")), None)
    rate = problems.take(
        _("tarief"), lambda: choice_read(RATES, text["rate"]), RateKind.STANDARD.value
    )
    contact = problems.take(
        _("contact"), lambda: contact_read(text["contact"], email), ContactPreference.LETTER.value
    )
    number = problems.take(_("lidnummer"), lambda: number_read(text["number"]), None)
    iban = problems.take(_("IBAN"), lambda: iban_read(text["iban"]), "")
    signed_on = problems.take(
        _("machtiging"), lambda: date_read(_cell(row, columns, "mandate_signed_on")), None
    )
    if signed_on and not iban:
        problems.messages.append(_("er is een datum van een machtiging, maar geen IBAN"))
    if problems.messages:
        errors.append(
            _("Rij %(row)s: %(problems)s.")
            % {"row": row.number, "problems": "; ".join(problems.messages)}
        )
        return None
    person = {
        "given_name": text["given_name"],
        "family_name_prefix": text["family_name_prefix"],
        "family_name": text["family_name"],
        "street": text["street"],
        "house_number": house_number,
        "house_number_addition": (text["house_number_addition"] or addition).upper(),
        "postcode": postcode,
        "city": text["city"],
        "email": email,
        "phone": text["phone"],
        "contact_preference": contact,
    }
    return PlannedMember(
        row=row.number,
        person=person,
        since=since or timezone.localdate(),
        rate=rate,
        number=number,
        iban=iban,
        mandate_signed_on=signed_on,
        mandate_reference=text["mandate_reference"],
    )


def _identity(person: dict[str, object]) -> tuple[str, str]:
    """Who someone is for duplicate detection: name and address, ignoring case."""
    address = f"{person['postcode']}|{person['house_number']}|{person['house_number_addition']}"
    names = (person["given_name"], person["family_name_prefix"], person["family_name"])
    return " ".join(str(name) for name in names if name).casefold(), address


def _duplicates_check(plan: ImportPlan) -> None:
    """Refuse the same person at the same address twice, in the file or in the register.

    A person already known to the collective (but not a member) is linked, not made twice.
    """
    seen: dict[tuple[str, str], int] = {}
    numbers: dict[int, int] = {}
    for planned in plan.members:
        identity = _identity(planned.person)
        if identity in seen:
            plan.errors.append(
                _("Rij %(row)s: deze persoon staat al in rij %(first)s op hetzelfde adres.")
                % {"row": planned.row, "first": seen[identity]}
            )
        seen.setdefault(identity, planned.row)
        if planned.number is not None:
            if planned.number in numbers:
                plan.errors.append(
                    _("Rij %(row)s: lidnummer %(number)s staat ook in rij %(first)s.")
                    % {
                        "row": planned.row,
                        "number": planned.number,
                        "first": numbers[planned.number],
                    }
                )
            numbers.setdefault(planned.number, planned.row)
    _register_check(plan)


def _register_check(plan: ImportPlan) -> None:
    postcodes = {str(p.person["postcode"]) for p in plan.members}
    known = {}
    for person in Person.objects.filter(postcode__in=postcodes).select_related("member"):
        fields = {
            name: getattr(person, name)
            for name in (
                "given_name",
                "family_name_prefix",
                "family_name",
                "postcode",
                "house_number",
                "house_number_addition",
            )
        }
        known[_identity(fields)] = person
    used_numbers = set(
        Member.objects.filter(number__in=[p.number for p in plan.members if p.number]).values_list(
            "number", flat=True
        )
    )
    for planned in plan.members:
        person = known.get(_identity(planned.person))
        if person is not None and hasattr(person, "member"):
            plan.errors.append(
                _("Rij %(row)s: %(name)s op dit adres is al lid (lidnummer %(number)s).")
                % {"row": planned.row, "name": person.full_name, "number": person.member.number}
            )
        elif person is not None:
            planned.existing_person_id = person.pk
        if planned.number in used_numbers:
            plan.errors.append(
                _("Rij %(row)s: lidnummer %(number)s is al in gebruik.")
                % {"row": planned.row, "number": planned.number}
            )


class MemberImportError(Exception):
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("\n".join(plan.errors))
        self.plan = plan


def members_import(
    *, actor: User | None, collective: Collective, content: bytes, filename: str
) -> ImportPlan:
    """Check the file and, when every row is right, write every row in one transaction."""
    plan = import_plan(content=content, filename=filename)
    if not plan.ok:
        raise MemberImportError(plan)
    with transaction.atomic():
        _plan_write(actor, collective, plan, filename)
    return plan


def _plan_write(
    actor: User | None, collective: Collective, plan: ImportPlan, filename: str
) -> None:
    _write(collective, plan)
    audit_record(
        actor=actor,
        action="member.import",
        target=collective,
        collective=collective,
        data={"filename": filename, "members": len(plan.members)},
    )


def _write(collective: Collective, plan: ImportPlan) -> None:
    persons = _persons(collective, plan)
    Role.objects.bulk_create(
        [Role(collective=collective, person=person, name="member") for person in persons],
        ignore_conflicts=True,
        batch_size=500,
    )
    taken = {planned.number for planned in plan.members if planned.number}
    free_numbers = (n for n in itertools.count(next_member_number()) if n not in taken)
    members = [
        Member(
            collective=collective,
            person=person,
            number=planned.number or next(free_numbers),
            since=planned.since,
            rate=planned.rate,
        )
        for planned, person in zip(plan.members, persons, strict=True)
    ]
    Member.objects.bulk_create(members, batch_size=500)
    Mandate.objects.bulk_create(
        [
            Mandate(
                collective=collective,
                member=member,
                iban=planned.iban,
                account_holder=member.person.full_name[:70],
                reference=planned.mandate_reference
                or f"{collective.slug.upper()[:20]}-{member.number}-1",
                signed_on=planned.mandate_signed_on,
            )
            for planned, member in zip(plan.members, members, strict=True)
            if planned.iban
        ],
        batch_size=500,
    )


def _persons(collective: Collective, plan: ImportPlan) -> list[Person]:
    existing = Person.objects.in_bulk(
        [p.existing_person_id for p in plan.members if p.existing_person_id]
    )
    new = []
    for planned in plan.members:
        if planned.existing_person_id is None:
            person = Person(collective=collective, **planned.person)
            person.full_clean(
                exclude=["collective"], validate_unique=False, validate_constraints=False
            )
            new.append(person)
    Person.objects.bulk_create(new, batch_size=500)
    created = iter(new)
    return [
        existing[p.existing_person_id] if p.existing_person_id else next(created)
        for p in plan.members
    ]


def member_import_confirm(
    *,
    actor: User | None,
    upload: MemberImport,
    progress: Callable[[int, int], None] = no_progress,
) -> ImportPlan:
    """Check the uploaded list (outside the transaction: the slow part, with progress), then
    write it in one transaction, once: a second confirmation of the same upload is refused."""
    sheet_upload_unread(upload)
    plan = import_plan(content=bytes(upload.content), filename=upload.filename, progress=progress)
    if not plan.ok:
        raise MemberImportError(plan)
    with sheet_upload_reading(upload, len(plan.members)) as locked:
        _plan_write(actor, locked.collective, plan, locked.filename)
    return plan
