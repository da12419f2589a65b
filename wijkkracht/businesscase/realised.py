"""Figures the platform records, to which an effect line's quantity can be bound ("realised")."""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities.selectors import meals_served, participation
from wijkkracht.help.selectors import category_choices, help_figures
from wijkkracht.info.selectors import desk_figures

Period = tuple[datetime.date, datetime.date]


def _help_done(category: str | None) -> Callable[[Period], Decimal]:
    def count(period: Period) -> Decimal:
        done = help_figures(since=period[0], until=period[1]).done_by_category
        return Decimal(sum(done.values()) if category is None else done.get(category, 0))

    return count


_FIGURES: dict[str, tuple[str | Promise, Callable[[Period], Decimal]]] = {
    "help_done": (_("Hulpvragen afgerond (alle soorten)"), _help_done(None)),
    **{
        f"help_done:{code}": (format_lazy(_("Hulpvragen afgerond: {}"), label), _help_done(code))
        for code, label in category_choices()
    },
    "volunteer_hours": (
        _("Uren van vrijwilligers"),
        lambda p: help_figures(since=p[0], until=p[1]).volunteer_hours,
    ),
    "referrals": (
        _("Doorverwijzingen door het 1-loket"),
        lambda p: Decimal(help_figures(since=p[0], until=p[1]).referrals),
    ),
    "meals_served": (
        _("Maaltijden geserveerd"),
        lambda p: Decimal(meals_served(since=p[0], until=p[1])),
    ),
    "participants": (
        _("Verschillende deelnemers aan activiteiten"),
        lambda p: Decimal(participation(since=p[0], until=p[1]).unique),
    ),
    "desk_questions": (
        _("Vragen aan de balie"),
        lambda p: Decimal(desk_figures(start=p[0], end=p[1]).total),
    ),
}


def figure_choices() -> list[tuple[str, str | Promise]]:
    return [("", _("Niet koppelen"))] + [(code, label) for code, (label, _f) in _FIGURES.items()]


def figure_label(code: str) -> str:
    return str(_FIGURES[code][0]) if code in _FIGURES else ""


def figure_value(code: str, period: Period) -> Decimal | None:
    """The recorded figure over the period; none for a code we do not know."""
    return _FIGURES[code][1](period) if code in _FIGURES else None


def last_twelve_months(today: datetime.date) -> Period:
    return today - datetime.timedelta(days=364), today
