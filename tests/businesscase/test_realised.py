"""Realised mode: an effect line bound to a figure the platform records."""

import datetime
from decimal import Decimal

from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.businesscase.conftest import Office
from tests.conftest import login, make_person
from wijkkracht.businesscase.realised import figure_value
from wijkkracht.businesscase.selectors import realised
from wijkkracht.help.models import HoursEntry, Volunteer


def test_volunteer_hours_of_the_period_replace_the_planned_quantity(office: Office) -> None:
    _case, scenario = office.case()  # "Hulp van vrijwilligers" is bound to volunteer hours
    today = timezone.localdate()
    with scope(collective=office.collective):
        person = make_person(office.collective, "volunteer")
        volunteer = Volunteer.objects.create(collective=office.collective, person=person)
        for days, hours in ((10, "3.5"), (100, "2"), (400, "8")):  # the last is too long ago
            HoursEntry.objects.create(
                collective=office.collective,
                volunteer=volunteer,
                day=today - datetime.timedelta(days=days),
                hours=Decimal(hours),
            )
        period = (today - datetime.timedelta(days=364), today)
        assert figure_value("volunteer_hours", period) == Decimal("5.5")
        found = realised(scenario, period)
    [line] = found.lines
    assert line.planned == Decimal(3000) and line.realised == Decimal("5.5")
    assert found.outcome is not None
    residents = found.outcome.by_stakeholder["bewoners"].pv_benefits
    # 5.5 hours * €18.80 * (1 - 0.2) * (1 - 0.3) a year for five years, discounted.
    factors = sum(1 / Decimal("1.0225") ** year for year in range(1, 6))
    expected = Decimal("5.5") * Decimal("18.80") * Decimal("0.8") * Decimal("0.7") * factors
    assert abs(Decimal(float(residents)) - expected) < Decimal("0.01")
    page = login(Client(), office.coordinator).get(
        f"/dorp/businesscase/scenario/{scenario.pk}/rapport/"
    )
    assert "Gepland en echt gebeurd" in page.content.decode()
    assert "Uren van vrijwilligers" in page.content.decode()


def test_an_unknown_figure_is_not_bound() -> None:
    today = datetime.date(2026, 1, 1)
    assert figure_value("nonsense", (today, today)) is None
