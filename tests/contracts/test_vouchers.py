"""Service vouchers: limits per person and household per year, all or none; one hour of done
help per voucher; expiry; the pages; the village budget; erasure; real concurrent clicks."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from django_scopes import scope

from tests.concurrent import at_once
from tests.conftest import World, login, make_person, make_user
from tests.contracts.build import a_scheme
from tests.help.build import a_request
from wijkkracht.contracts.budget import village_budget
from wijkkracht.contracts.models import Voucher, VoucherScheme
from wijkkracht.contracts.privacy import voucher_data_erase, voucher_data_export
from wijkkracht.contracts.services.vouchers import voucher_redeem, vouchers_give
from wijkkracht.core.models import Person
from wijkkracht.help.models import HelpRequest
from wijkkracht.help.services.requests import help_request_close

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def done_help(world: World, person: Person, *, days: int = -1, hours: str = "1") -> HelpRequest:
    """Help for `person` that took place `days` from today and is closed as done."""
    request = help_on(world, person, days)
    with scope(collective=world.a):
        return help_request_close(
            actor=None, request=request, outcome="Gedaan.", hours=Decimal(hours), satisfied=True
        )


def help_on(world: World, person: Person, days: int) -> HelpRequest:
    """A request on a day `days` from today (history: the service plans from today on)."""
    request = a_request(world.a, person, days=max(days, 0))
    with scope(collective=world.a):
        HelpRequest.objects.filter(pk=request.pk).update(date=TODAY + datetime.timedelta(days))
        request.refresh_from_db()
    return request


def give(world: World, scheme: VoucherScheme, person: Person, count: int) -> list[Voucher]:
    with scope(collective=world.a):
        return vouchers_give(actor=None, scheme=scheme, person=person, count=count, on=TODAY)


def test_limits_per_person_and_household_hold_and_giving_is_all_or_nothing(world: World) -> None:
    scheme = a_scheme(world.a, per_person=4, per_household=6)
    resident = world.a_resident  # at 7915 AB 12
    housemate = make_person(world.a, given_name="Kees", postcode="7915 AB", house_number=12)
    give(world, scheme, resident, 3)
    with pytest.raises(ValidationError, match=r"Truus Jansen kreeg in .* al 3 cheques. Het max"):
        give(world, scheme, resident, 2)
    give(world, scheme, housemate, 3)
    with pytest.raises(ValidationError, match=r"Op dit adres zijn in .* al 6 cheques gegeven"):
        give(world, scheme, resident, 1)
    with scope(collective=world.a):
        assert Voucher.objects.filter(scheme=scheme).count() == 6
        codes = set(Voucher.objects.values_list("code", flat=True))
        expiry = Voucher.objects.filter(scheme=scheme).first().expires_on
    assert all(len(code) == 12 and code.startswith("DC-") for code in codes)
    assert expiry == TODAY.replace(year=TODAY.year + 1) - datetime.timedelta(days=1)


def test_a_voucher_pays_one_hour_of_done_help_once_while_valid(world: World) -> None:
    scheme = a_scheme(world.a, valid_months=1)
    first, second, third = give(world, scheme, world.a_resident, 3)
    not_done = help_on(world, world.a_resident, -2)
    one_hour = done_help(world, world.a_resident, hours="1")
    much_later = done_help(world, world.a_resident, days=40)
    neighbour = done_help(world, make_person(world.a, given_name="Buur"))

    def redeem(voucher: Voucher, request: HelpRequest) -> Voucher:
        with scope(collective=world.a):
            return voucher_redeem(actor=None, voucher=voucher, request=request, on=TODAY)

    with pytest.raises(ValidationError, match="alleen voor hulp die klaar is"):
        redeem(first, not_done)
    with pytest.raises(ValidationError, match="de hulp was later"):
        redeem(first, much_later)
    with pytest.raises(ValidationError, match="iemand anders"):
        redeem(first, neighbour)
    redeem(first, one_hour)
    with pytest.raises(ValidationError, match="al geïnd op"):
        redeem(first, one_hour)
    with pytest.raises(ValidationError, match="duurde 1 uur en is al met 1 cheque betaald"):
        redeem(second, one_hour)
    with scope(collective=world.a):
        assert Voucher.objects.filter(request=one_hour).count() == 1
        assert third.request_id is None


def test_the_coordinator_gives_prints_and_redeems_on_the_pages(world: World) -> None:
    scheme = a_scheme(world.a)
    help_done = done_help(world, world.a_resident, hours="2")
    client = login(Client(), world.a_coordinator)
    base = f"/{world.a.slug}/cheques/"
    found = client.get(f"{base}{scheme.pk}/", {"q": "7915 AB"}).content.decode()
    person_url = f"{base}{scheme.pk}/persoon/{world.a_resident.pk}/"
    assert f'<a href="{person_url}">Truus Jansen</a>' in found
    given = client.post(
        person_url, {"count": "2", "on": TODAY.isoformat()}, follow=True
    ).content.decode()
    assert "Truus Jansen kreeg 2 cheques" in given
    with scope(collective=world.a):
        code = Voucher.objects.filter(scheme=scheme).first().code
    assert code in given and "Dienstencheque: één uur hulp" in given
    typed = code.lower().replace("-", " ")  # as someone types it off the paper
    found = client.get(f"{base}innen/", {"code": typed}).content.decode()
    assert f"Cheque {code} van Truus Jansen" in found
    client.post(f"{base}innen/?code={code}", {"request": help_done.pk})
    page = client.get(f"{base}{scheme.pk}/").content.decode()
    assert "geïnd, samen € 15,00" in page
    assert "Truus Jansen</a>: 2 gekregen, 1 nog niet geïnd" in page
    unknown = client.get(f"{base}innen/", {"code": "DC-AAAA-BBBB"}).content.decode()
    assert "Er is geen cheque met de code DC-AAAA-BBBB." in unknown
    with scope(collective=world.a):
        budget = village_budget(TODAY.year)
    row = next(row for row in budget.rows if row.source.startswith(scheme.name))
    assert (row.funder, row.amount) == ("Gemeente Hoogeveen", Decimal("15.00"))
    assert row.source == "Dienstencheques Hoogeveen: 1 cheque geïnd"


def test_export_lists_vouchers_and_erasure_removes_unused_and_unnames_redeemed_ones(
    world: World,
) -> None:
    scheme = a_scheme(world.a)
    used, unused = give(world, scheme, world.a_resident, 2)
    help_done = done_help(world, world.a_resident)
    with scope(collective=world.a):
        voucher_redeem(actor=None, voucher=used, request=help_done, on=TODAY)
        exported = voucher_data_export(world.a_resident)["dienstencheques"]
        assert {used.code, unused.code} <= {voucher["code"] for voucher in exported}
        voucher_data_erase(world.a_resident)
        left = list(Voucher.objects.filter(scheme=scheme).values("code", "person", "household"))
    assert left == [{"code": used.code, "person": None, "household": ""}]


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_redeeming_one_voucher_at_once_redeem_it_once(world: World) -> None:
    scheme = a_scheme(world.a)
    (voucher,) = give(world, scheme, world.a_resident, 1)
    first, second = done_help(world, world.a_resident), done_help(world, world.a_resident)
    other = make_user(world.a, "coordinator", email="tweede@dorp-a.example")
    clients = [login(Client(), world.a_coordinator), login(Client(), other)]
    url = f"/{world.a.slug}/cheques/innen/?code={voucher.code}"
    statuses = at_once(clients, lambda i, c: c.post(url, {"request": (first, second)[i].pk}))
    assert sorted(statuses) == [200, 302]
    with scope(collective=world.a):
        assert Voucher.objects.get(pk=voucher.pk).request_id in (first.pk, second.pk)


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_giving_the_last_vouchers_at_once_stay_within_the_limit(
    world: World,
) -> None:
    scheme = a_scheme(world.a, per_person=3, per_household=3)
    other = make_user(world.a, "coordinator", email="tweede@dorp-a.example")
    clients = [login(Client(), world.a_coordinator), login(Client(), other)]
    data = {"count": "2", "on": TODAY.isoformat()}
    url = f"/{world.a.slug}/cheques/{scheme.pk}/persoon/{world.a_resident.pk}/"
    statuses = at_once(clients, lambda i, c: c.post(url, data))
    assert sorted(statuses) == [200, 302]
    with scope(collective=world.a):
        assert Voucher.objects.filter(scheme=scheme).count() == 2
