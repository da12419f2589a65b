"""Shared by the member tests: a village with 2026's amounts, members, bank details, mandates."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from django_scopes import scope

from tests.conftest import make_collective, make_person
from tests.members.build import CREDITOR_IBAN, CREDITOR_ID
from wijkkracht.core.models import Collective
from wijkkracht.members.models import DebitRun, Member
from wijkkracht.members.services.contributions import RunResult, contribution_run, rule_set
from wijkkracht.members.services.members import member_create
from wijkkracht.members.services.sepa import creditor_set, debit_run_create, mandate_create

SINCE = datetime.date(2020, 1, 1)
TOMORROW = timezone.localdate() + datetime.timedelta(days=1)


@pytest.fixture
def village() -> Collective:
    collective = make_collective("dorp", "Dorpscoöperatie")
    with scope(collective=collective):
        rule_set(
            actor=None,
            collective=collective,
            year=2026,
            first_amount=Decimal("10.00"),
            further_amount=Decimal("7.50"),
            reduced_amount=Decimal("5.00"),
        )
    return collective


def join(
    collective: Collective, name: str, number: int, rate: str = "standard", **address
) -> Member:
    address = {"postcode": "7915 AB", "house_number": number, **address}
    person = make_person(collective, given_name=name, **address)
    with scope(collective=collective):
        return member_create(actor=None, person=person, since=SINCE, rate=rate)


def run(collective: Collective, year: int = 2026) -> RunResult:
    with scope(collective=collective):
        return contribution_run(actor=None, collective=collective, year=year)


def bank(collective: Collective) -> None:
    with scope(collective=collective):
        creditor_set(
            actor=None,
            collective=collective,
            name=collective.name,
            iban=CREDITOR_IBAN,
            creditor_id=CREDITOR_ID,
        )


def sign(collective: Collective, member: Member, iban: str = "NL91 ABNA 0417 1643 00") -> None:
    with scope(collective=collective):
        mandate_create(
            actor=None,
            member=member,
            iban=iban,
            account_holder=member.person.full_name,
            signed_on=datetime.date(2024, 5, 1),
        )


def export(collective: Collective, year: int = 2026) -> DebitRun:
    with scope(collective=collective):
        return debit_run_create(
            actor=None, collective=collective, year=year, collection_date=TOMORROW
        )
