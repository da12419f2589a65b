"""What the 1-loket did in a period, for the business case and the impact figures."""

import datetime
from decimal import Decimal

from django.utils import timezone
from django_scopes import scope

from tests.conftest import make_person
from tests.help.build import a_request
from tests.help.conftest import Loket
from wijkkracht.help.models import HelpRequest, HoursEntry, Status
from wijkkracht.help.selectors import help_figures
from wijkkracht.help.services.referrals import referral_create
from wijkkracht.info.services.socialmap import organisation_save


def test_requests_done_hours_and_referrals_of_the_period(loket: Loket) -> None:
    resident = make_person(loket.collective)
    now = timezone.now()
    for category, days_ago, status in (
        ("groceries", 5, Status.DONE),
        ("groceries", 40, Status.DONE),
        ("transport", 10, Status.DONE),
        ("transport", 10, Status.CANCELLED),  # not done
        ("company", 400, Status.DONE),  # before the period
    ):
        request = a_request(loket.collective, resident, category=category)
        with scope(collective=loket.collective):
            HelpRequest.objects.filter(pk=request.pk).update(
                status=status, closed_at=now - datetime.timedelta(days=days_ago)
            )
    referred = a_request(loket.collective, resident, category="paperwork")
    with scope(collective=loket.collective):
        organisation = organisation_save(
            actor=None, collective=loket.collective, name="Wmo-loket", kind="gemeente"
        )
        referral_create(
            actor=None,
            request=referred,
            organisation=organisation,
            handover="Samen gebeld.",
            follow_up_on=timezone.localdate(),
        )
        HoursEntry.objects.create(
            collective=loket.collective,
            volunteer=loket.volunteer,
            day=timezone.localdate(),
            hours=Decimal("2.5"),
        )
        today = timezone.localdate()
        figures = help_figures(since=today - datetime.timedelta(days=364), until=today)
    assert figures.done_by_category == {"groceries": 2, "transport": 1}
    assert figures.volunteer_hours == Decimal("2.5")
    assert figures.referrals == 1
