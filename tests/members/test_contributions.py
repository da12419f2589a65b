import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope

from tests.members.conftest import join, run
from wijkkracht.members.models import Contribution, ContributionLine
from wijkkracht.members.selectors import year_figures
from wijkkracht.members.services.contributions import (
    payment_record,
    payment_reverse,
)
from wijkkracht.members.services.members import member_end

pytestmark = pytest.mark.django_db
SINCE = datetime.date(2020, 1, 1)


def test_two_members_at_one_address_pay_17_50_together_hollandscheveld(village) -> None:
    join(village, "Jan", 4)
    join(village, "Mien", 4)
    join(village, "Kees", 6)
    result = run(village)
    with scope(collective=village):
        amounts = sorted(Contribution.objects.values_list("amount", flat=True))
    assert amounts == [Decimal("10.00"), Decimal("17.50")]
    assert (result.households, result.members, result.total) == (2, 3, Decimal("27.50"))


def test_house_number_addition_is_another_household(village) -> None:
    join(village, "Jan", 4)
    join(village, "Piet", 4, house_number_addition="A")
    run(village)
    with scope(collective=village):
        assert sorted(Contribution.objects.values_list("amount", flat=True)) == [
            Decimal("10.00"),
            Decimal("10.00"),
        ]


def test_reduced_and_exempt_members_do_not_take_the_first_amount(village) -> None:
    join(village, "Oma", 8, rate="exempt")
    join(village, "Opa", 8, rate="reduced")
    join(village, "Kleinzoon", 8)
    run(village)
    with scope(collective=village):
        lines = dict(ContributionLine.objects.values_list("member__person__given_name", "kind"))
        contribution = Contribution.objects.get()
    assert lines == {"Oma": "exempt", "Opa": "reduced", "Kleinzoon": "first"}
    assert contribution.amount == Decimal("15.00")


def test_a_second_run_charges_only_new_members_and_a_newcomer_at_the_address_is_further(
    village,
) -> None:
    join(village, "Jan", 4)
    run(village)
    assert run(village).members == 0
    join(village, "Mien", 4)
    result = run(village)
    assert (result.members, result.total) == (1, Decimal("7.50"))


def test_members_who_left_before_the_year_or_joined_after_it_are_not_charged(village) -> None:
    gone = join(village, "Weg", 2)
    with scope(collective=village):
        member_end(actor=None, member=gone, until=datetime.date(2025, 6, 30), reason="moved")
    future = join(village, "Later", 3)
    with scope(collective=village):
        future.since = datetime.date(2027, 1, 1)
        future.save()
    assert run(village).members == 0


def test_a_year_without_amounts_is_refused_in_dutch(village) -> None:
    with pytest.raises(ValidationError, match="Er zijn nog geen bedragen voor 2030"):
        run(village, 2030)


def test_payments_set_the_status_and_a_reversed_debit_owes_again(village) -> None:
    join(village, "Jan", 4)
    join(village, "Mien", 4)
    run(village)
    with scope(collective=village):
        contribution = Contribution.objects.get()
        payment_record(
            actor=None,
            contribution=contribution,
            amount=Decimal("10.00"),
            method="cash",
            paid_on=datetime.date(2026, 3, 1),
        )
        contribution.refresh_from_db()
        assert contribution.status == "open"
        payment = payment_record(
            actor=None,
            contribution=contribution,
            amount=Decimal("7.50"),
            method="transfer",
            paid_on=datetime.date(2026, 3, 2),
        )
        contribution.refresh_from_db()
        assert contribution.status == "paid"
        payment_reverse(actor=None, payment=payment, reversed_on=datetime.date(2026, 3, 9))
        contribution.refresh_from_db()
        assert contribution.status == "reversed"
        figures = year_figures(2026)
    assert (figures.charged, figures.received, figures.outstanding) == (
        Decimal("17.50"),
        Decimal("10.00"),
        Decimal("7.50"),
    )
    assert figures.statuses["teruggeboekt"] == 1


def test_a_payment_of_nothing_is_refused(village) -> None:
    join(village, "Jan", 4)
    run(village)
    with scope(collective=village), pytest.raises(ValidationError, match="groter is dan nul"):
        payment_record(
            actor=None,
            contribution=Contribution.objects.get(),
            amount=Decimal("0"),
            method="cash",
            paid_on=datetime.date(2026, 3, 1),
        )
