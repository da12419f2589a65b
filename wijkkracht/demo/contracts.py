"""The village's neighbourhood contract with the municipality and the insurer, signed a year
ago, and the statement of its first year read from what the village recorded; and the
municipality's service vouchers."""

import datetime
from decimal import Decimal

from django.db.models import Count
from django.utils import timezone

from wijkkracht.businesscase.models import Scenario
from wijkkracht.contracts.metrics import PEOPLE, source_choices
from wijkkracht.contracts.models import PartyKind
from wijkkracht.contracts.services.budget import budget_plan_set
from wijkkracht.contracts.services.contracts import (
    contract_create,
    contract_sign,
    party_add,
    rule_add,
    split_set,
)
from wijkkracht.contracts.services.statements import statement_publish
from wijkkracht.contracts.services.vouchers import scheme_create, voucher_redeem, vouchers_give
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.help.models import HelpRequest, Status


def village_contract_load(collective: Collective, coordinator: User) -> None:
    today = timezone.localdate()
    # The contract year: the twelve full months before this one.
    end = today.replace(day=1) - datetime.timedelta(days=1)
    start = end.replace(year=end.year - 1) + datetime.timedelta(days=1)
    contract = contract_create(
        actor=coordinator,
        collective=collective,
        title="Wijkcontract Veldhoek",
        summary=(
            "De dorpscoöperatie zorgt voor hulp tussen buren, samen eten en een dorpsondersteuner "
            "als vast aanspreekpunt. De gemeente betaalt een bedrag per inwoner en per resultaat. "
            "De zorgverzekeraar deelt de besparing op zorgkosten van ouderen. De helft van het "
            "geld gaat naar het wijkbudget: daarover beslissen de bewoners."
        ),
        starts_on=start,
        ends_on=start.replace(year=start.year + 3) - datetime.timedelta(days=1),
    )
    village = contract.parties.get()
    town = party_add(
        actor=coordinator, contract=contract, name="Gemeente Hoogeveen", kind=PartyKind.MUNICIPALITY
    )
    insurer = party_add(
        actor=coordinator, contract=contract, name="Zorgverzekeraar Noord", kind=PartyKind.INSURER
    )
    # The inhabitants as CBS counted them in the village's areas, the newest year loaded.
    inhabitants = next(
        code for code, _label in source_choices(PEOPLE, collective) if "inhabitants:" in code
    )
    rule_add(
        actor=coordinator,
        contract=contract,
        key="dorpsbudget",
        kind="population",
        payer=town,
        recipient=village,
        unit="inwoners",
        parameters={"base": "10000", "rates": [{"count": "0", "rate": "2.50"}]},
        bindings={"rates[0].count": inhabitants},
    )
    rule_add(
        actor=coordinator,
        contract=contract,
        key="maaltijden",
        kind="rate_card",
        payer=town,
        recipient=village,
        unit="maaltijd",
        bindings={"achieved": "meals_served"},
        evidence="de aanwezigheidslijsten van de maaltijden",
        parameters={"price": "3.50", "cap": "2500", "fallback": "250"},
    )
    rule_add(
        actor=coordinator,
        contract=contract,
        key="hulpvragen",
        kind="rate_card",
        payer=town,
        recipient=village,
        unit="afgeronde hulpvraag",
        bindings={"achieved": "help_done"},
        evidence="het 1-loket van Wijkkracht",
        parameters={"price": "25", "baseline": "50", "cap": "10000", "fallback": "0"},
    )
    rule_add(
        actor=coordinator,
        contract=contract,
        key="zorgkosten",
        kind="shared_savings",
        payer=insurer,
        recipient=village,
        evidence="de declaraties van de verzekerden van 65 jaar en ouder",
        parameters={
            "benchmark": "2850",
            "actual": "2820",
            "exposure": "1050",
            "minimum_savings_rate": "0.005",
            "sharing_rate": "1/2",
            "quality_factor": "1",
            "mode": "first_euro",
            "cap_share": "0.02",
        },
    )
    split_set(
        actor=coordinator,
        contract=contract,
        parts=[("wijkbudget", "1/2"), ("reserve", "3/10"), ("zorg- en welzijnspartners", "1/5")],
    )
    contract_sign(actor=coordinator, contract=contract, signed_on=start)
    statement_publish(actor=coordinator, contract=contract, start=start, end=end)
    # The village budget beside the published dorpsondersteuner case: this year is its year 1.
    plan = Scenario.objects.exclude(published_at=None).order_by("pk").first()
    if plan is not None:
        budget_plan_set(
            actor=coordinator, collective=collective, scenario=plan, year_zero=today.year - 1
        )


def village_vouchers_load(collective: Collective, coordinator: User) -> None:
    """The municipality's service vouchers: the residents helped most in the last months got
    four each this year; each done request of theirs since then is paid with one."""
    today = timezone.localdate()
    scheme = scheme_create(
        actor=coordinator,
        collective=collective,
        name=f"Dienstencheques Hoogeveen {today.year}",
        funder="Gemeente Hoogeveen",
        face_value=Decimal("15.00"),
        per_person=10,
        per_household=15,
        valid_months=12,
    )
    on = today.replace(month=1, day=1)
    done = HelpRequest.objects.filter(status=Status.DONE, date__gte=on, date__lte=today)
    helped = done.values("resident").annotate(n=Count("pk")).order_by("-n", "resident")[:5]
    for row in helped:
        person = Person.objects.get(pk=row["resident"])
        vouchers = vouchers_give(actor=coordinator, scheme=scheme, person=person, count=4, on=on)
        for voucher, request in zip(vouchers, done.filter(resident=person)[:2], strict=False):
            voucher_redeem(actor=coordinator, voucher=voucher, request=request, on=request.date)
