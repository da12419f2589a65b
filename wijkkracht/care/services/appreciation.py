"""The yearly list of carers for the municipality's appreciation (Wmo 2015 art. 2.1.6): the
carers the collective knows who said yes, who meet the rule file's hours and months, one line
per carer or per care relation, checked before it leaves."""

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.care.models import CARER_ROLES, Member
from wijkkracht.core.models import Person

RULES = Path(__file__).resolve().parent.parent / "rules"
PER_CARER, PER_RELATION = "carer", "relation"

HEADER = [
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Straat",
    "Huisnummer",
    "Toevoeging",
    "Postcode",
    "Woonplaats",
    "E-mail",
    "Telefoon",
    "Zorgt voor",
    "Uren per week",
    "Mantelzorger sinds",
    "Per brief",
]


@dataclass(frozen=True)
class Rule:
    key: str
    version: int
    source: str
    min_hours_per_week: Decimal
    min_months: int
    per: str


@cache
def rule_get(key: str = "mantelzorgwaardering", version: int = 1) -> Rule:
    data = json.loads((RULES / f"{key}.v{version}.json").read_text(encoding="utf-8"))
    return Rule(
        key=data["key"],
        version=data["version"],
        source=data["source"],
        min_hours_per_week=Decimal(data["min_hours_per_week"]),
        min_months=data["min_months"],
        per=data["per"],
    )


@dataclass(frozen=True)
class Line:
    carer: Person
    cared_for: list[str]
    hours_per_week: Decimal
    since: datetime.date

    @property
    def by_letter(self) -> bool:
        return not self.carer.email

    def cells(self) -> list[object]:
        person = self.carer
        return [
            person.given_name,
            person.family_name_prefix,
            person.family_name,
            person.street,
            person.house_number,
            person.house_number_addition,
            person.postcode,
            person.city,
            person.email,
            person.phone,
            ", ".join(self.cared_for),
            self.hours_per_week,
            self.since.strftime("%d-%m-%Y"),
            "ja" if self.by_letter else "nee",
        ]


@dataclass(frozen=True)
class AppreciationList:
    year: int
    per: str
    rule: Rule
    lines: list[Line]
    errors: list[str]


def appreciation_list(year: int, per: str) -> AppreciationList:
    """Who is on the year's list; a line that a municipality could not use is named in
    ``errors`` and the list may not leave until it is fixed."""
    rule = rule_get()
    on = min(timezone.localdate(), datetime.date(year, 12, 31))
    started_by = on - relativedelta(months=rule.min_months)
    members = (
        Member.objects.filter(
            role__in=CARER_ROLES,
            appreciation_consent=True,
            hours_per_week__isnull=False,
            cares_since__isnull=False,
        )
        .select_related("person", "circle__person")
        .order_by("person__family_name", "person__given_name", "pk")
    )
    lines: list[Line] = []
    for member in members:
        resident = member.circle.person.full_name
        hours, since = member.hours_per_week or Decimal(0), member.cares_since or on
        last = lines[-1] if lines else None
        if per == PER_CARER and last is not None and last.carer.pk == member.person_id:
            lines[-1] = Line(
                last.carer,
                [*last.cared_for, resident],
                last.hours_per_week + hours,
                min(last.since, since),
            )
        else:
            lines.append(Line(member.person, [resident], hours, since))
    # Per carer the hours of all their relations count together.
    lines = [
        line
        for line in lines
        if line.hours_per_week >= rule.min_hours_per_week and line.since <= started_by
    ]
    errors = [
        _(
            "Regel %(row)d, %(name)s: het adres is niet compleet (straat, huisnummer, postcode "
            "en woonplaats)."
        )
        % {"row": row, "name": line.carer.full_name}
        for row, line in enumerate(lines, start=2)
        if not (
            line.carer.street
            and line.carer.house_number
            and line.carer.postcode
            and line.carer.city
        )
    ]
    return AppreciationList(year=year, per=per, rule=rule, lines=lines, errors=errors)
