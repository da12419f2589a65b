"""The federation's dashboard over all apps: per member collective and in total, for a calendar
year, quarter or month, what the collectives did, and the same per 1,000 inhabitants (CBS).

Every column is a table of its own (collectives and their total) and goes through
`core.disclosure.publish`: counts of 1-9 are hidden, and so is whatever would let someone work
a hidden count out of the total; so is a count that differs by 1-9 from one shown before for
the same year (`core.releases`: the year's figures grow, and two days' releases subtracted
would tell what a few people did in between). Volunteers' hours are hidden where fewer than
10 volunteers wrote them. One query per column, however many collectives there are.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Aggregate, Count, Q, QuerySet, Sum
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from wijkkracht.core.disclosure import SMALL, TOTAL, Key, publish
from wijkkracht.core.models import Collective, Federation, Person
from wijkkracht.core.releases import differing, released

Period = tuple[datetime.date, datetime.date]
Counts = dict[int, int | Decimal]


def _by_collective(rows: QuerySet[Any], aggregate: Aggregate | None = None) -> Counts:
    """One number per collective in one query: the rows counted, or ``aggregate`` of them."""
    grouped = rows.values("collective_id").annotate(n=aggregate or Count("pk"))
    return {row["collective_id"]: row["n"] or 0 for row in grouped}


def _members(ours: list[int], period: Period) -> Counts:
    from wijkkracht.members.models import Member

    end = period[1]
    return _by_collective(
        Member.objects.filter(collective__in=ours, since__lte=end).filter(
            Q(until__isnull=True) | Q(until__gte=end)
        )
    )


def _volunteers(ours: list[int], _period: Period) -> Counts:
    return _by_collective(
        Person.objects.filter(collective__in=ours, roles__name="volunteer"),
        Count("pk", distinct=True),
    )


def _help_done(ours: list[int], period: Period) -> Counts:
    from wijkkracht.help.models import HelpRequest

    return _by_collective(
        HelpRequest.objects.filter(
            collective__in=ours, status="done", closed_at__date__range=period
        )
    )


def _hours(ours: list[int], period: Period) -> Counts:
    from wijkkracht.help.models import HoursEntry

    return _by_collective(
        HoursEntry.objects.filter(collective__in=ours, day__range=period),
        Sum("hours"),
    )


def hour_writers(ours: list[int], period: Period) -> Counts:
    from wijkkracht.help.models import HoursEntry

    return _by_collective(
        HoursEntry.objects.filter(collective__in=ours, day__range=period),
        Count("volunteer", distinct=True),
    )


def _occurrences(ours: list[int], period: Period, **only: object) -> Counts:
    from wijkkracht.activities.models import Occurrence

    return _by_collective(
        Occurrence.objects.filter(
            collective__in=ours, cancelled=False, starts_at__date__range=period, **only
        )
    )


def _activities(ours: list[int], period: Period) -> Counts:
    return _occurrences(ours, period)


def _meals(ours: list[int], period: Period) -> Counts:
    return _occurrences(ours, period, activity__is_meal=True)


def _visits(ours: list[int], period: Period) -> Counts:
    from wijkkracht.activities.models import Registration

    return _by_collective(
        Registration.objects.filter(
            collective__in=ours, attended=True, occurrence__starts_at__date__range=period
        )
    )


def _desk(ours: list[int], period: Period) -> Counts:
    from wijkkracht.info.models import Question

    return _by_collective(
        Question.objects.filter(collective__in=ours, asked_at__date__range=period)
    )


def _taking_part(ours: list[int], period: Period) -> Counts:
    from wijkkracht.participation.models import Invitation

    return _by_collective(
        Invitation.objects.filter(collective__in=ours, used_at__date__range=period).filter(
            Q(budget__isnull=False) | Q(survey__isnull=False)
        )
    )


def _business_cases(ours: list[int], period: Period) -> Counts:
    from wijkkracht.businesscase.models import Use

    return _by_collective(
        Use.objects.filter(collective__in=ours, kind="published", at__date__range=period)
    )


def _statements(ours: list[int], period: Period) -> Counts:
    from wijkkracht.contracts.models import Statement

    corrected = Statement.objects.exclude(corrects=None).values("corrects")
    return _by_collective(
        Statement.objects.filter(collective__in=ours, period_end__range=period).exclude(
            pk__in=corrected
        )
    )


@dataclass(frozen=True)
class Column:
    key: str
    label: str | Promise
    count: Callable[[list[int], Period], Counts]
    people: bool = True  # counts people or what they did: 1-9 hidden
    per_thousand: bool = True


COLUMNS = [
    Column("members", _("Leden"), _members),
    Column("volunteers", _("Vrijwilligers"), _volunteers),
    Column("help_done", _("Hulpvragen afgerond"), _help_done),
    Column("hours", _("Uren van vrijwilligers"), _hours),
    Column("activities", _("Activiteiten"), _activities, people=False),
    Column("meals", _("Samen eten"), _meals, people=False),
    Column("visits", _("Keer dat iemand kwam"), _visits),
    Column("desk", _("Vragen aan de balie"), _desk),
    Column("taking_part", _("Keer meegestemd of -gedaan"), _taking_part),
    Column("business_cases", _("Businesscases gepubliceerd"), _business_cases, people=False),
    Column("statements", _("Contractafrekeningen"), _statements, people=False, per_thousand=False),
]
HOURS_WRITERS = 10  # hours are shown where at least this many volunteers wrote them


@dataclass(frozen=True)
class Row:
    name: str
    slug: str
    inhabitants: int | None
    values: dict[str, int | Decimal | None]  # None: hidden
    per_thousand: dict[str, Decimal | None]

    @property
    def cells(self) -> list[tuple[int | Decimal | None, Decimal | None]]:
        """Each column's value and its rate per 1,000 inhabitants, in the columns' order."""
        return [(self.values[c.key], self.per_thousand.get(c.key)) for c in COLUMNS]


def _rate(value: int | Decimal | None, inhabitants: int | None) -> Decimal | None:
    if value is None or not inhabitants:
        return None
    return (Decimal(value) * 1000 / inhabitants).quantize(Decimal("0.1"))


def published_column(values: dict[str, int]) -> dict[str, int | None]:
    """One column of counts and its total (under TOTAL) as they may be shown: 1-9 hidden, and
    whatever would give a hidden one away."""
    shown = publish({(key,): value for key, value in values.items()}).cells
    return {key[0]: value for key, value in shown.items()}


def _column(
    column: Column,
    collectives: list[tuple[int, str]],
    counts: Counts,
    writers: Counts,
    differ: set[Key],
) -> dict[str, int | Decimal | None]:
    """The column published: each collective's value by slug, and the total under TOTAL;
    ``differ`` are the cells that differ by 1-9 from a value released before."""
    exact: dict[Key, int | Decimal] = {(slug,): counts.get(pk, 0) for pk, slug in collectives}
    exact[(TOTAL,)] = (
        sum(exact.values(), Decimal(0))
        if column.key == "hours"
        else sum(int(value) for value in exact.values())
    )
    cells = {key: int(value) for key, value in exact.items() if key != (TOTAL,)}
    hidden: set[Key] = set()
    if column.key == "hours":
        few = [(slug,) for pk, slug in collectives if 0 < writers.get(pk, 0) < HOURS_WRITERS]
        if 0 < sum(int(writers.get(pk, 0)) for pk, _slug in collectives) < HOURS_WRITERS:
            few.append((TOTAL,))
        hidden = {key for key, value in publish(cells, primary=few).cells.items() if value is None}
    elif column.people:
        first = {key for key, value in exact.items() if value in SMALL} | differ
        hidden = {key for key, value in publish(cells, first).cells.items() if value is None}
    return {key[0]: None if key in hidden else value for key, value in exact.items()}


@dataclass(frozen=True)
class Dashboard:
    period: Period
    rows: list[Row]
    total: Row


def dashboard(*, federation: Federation, period: Period) -> Dashboard:
    """Every column for every member collective and the federation, in a fixed number of
    queries."""
    with scopes_disabled():
        members = list(
            Collective.objects.filter(federation=federation)
            .annotate(inhabitants=Sum("areas__inhabitants"))
            .order_by("name")
        )
        ours = [collective.pk for collective in members]
        counts = {column.key: column.count(ours, period) for column in COLUMNS}
        writers = hour_writers(ours, period)
        code = str(period[0].year)
        logged = [column for column in COLUMNS if column.people and column.key != "hours"]
        cells = {f"c{c.pk}": (c.slug,) for c in members} | {f"f{federation.pk}": (TOTAL,)}
        values = {
            (column.key, f"c{pk}"): int(counts[column.key].get(pk, 0))
            for column in logged
            for pk in ours
        } | {
            (column.key, f"f{federation.pk}"): int(sum(counts[column.key].values()))
            for column in logged
        }
        differ = differing(code, values)
        named = [(c.pk, c.slug) for c in members]
        published = {
            column.key: _column(
                column,
                named,
                counts[column.key],
                writers,
                {cells[cell] for key, cell in differ if key == column.key},
            )
            for column in COLUMNS
        }
        shown = [
            ((column, cell), value)
            for (column, cell), value in values.items()
            if published[column][cells[cell][0]] is not None
        ]
        released(code, shown)
    per_thousand = {column.key for column in COLUMNS if column.per_thousand}

    def row(name: str, slug: str, inhabitants: int | None, key: str) -> Row:
        values = {column.key: published[column.key][key] for column in COLUMNS}
        rates = {k: _rate(values[k], inhabitants) for k in values if k in per_thousand}
        return Row(name, slug, inhabitants, values, rates)

    rows = [row(c.name, c.slug, c.inhabitants, c.slug) for c in members]
    inhabitants = sum(c.inhabitants or 0 for c in members) or None
    return Dashboard(period, rows, row(federation.name, "", inhabitants, TOTAL))


def collective_figures(
    collective: Collective, code: str, period: Period
) -> dict[str, int | Decimal | None]:
    """One collective's columns for one year as they may leave the platform alone (the partner
    API, open data): 1-9 people hidden, hours where fewer than 10 volunteers wrote them, and a
    count that differs by 1-9 from one released before (the release log, shared with the
    dashboard). No total stands beside it, so nothing else needs hiding."""
    with scopes_disabled():
        counts = {c.key: c.count([collective.pk], period).get(collective.pk, 0) for c in COLUMNS}
        writers = hour_writers([collective.pk], period).get(collective.pk, 0)
        cell = f"c{collective.pk}"
        logged = {
            (c.key, cell): int(counts[c.key]) for c in COLUMNS if c.people and c.key != "hours"
        }
        differ = differing(code, logged)
        shown: dict[str, int | Decimal | None] = {}
        for column in COLUMNS:
            value = counts[column.key]
            if column.key == "hours":
                hidden = 0 < writers < HOURS_WRITERS
            else:
                hidden = column.people and (int(value) in SMALL or (column.key, cell) in differ)
            shown[column.key] = None if hidden else value
        released(code, [(key, v) for key, v in logged.items() if shown[key[0]] is not None])
    return shown
