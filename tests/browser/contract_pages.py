"""The page registry's contract pages: the signed contract, the draft being made, a
statement, figures from outside and the village budget."""

from django_scopes import scopes_disabled

from tests.browser.visit import PageVisit, as_coordinator
from tests.browser.world import BrowserWorld
from tests.contracts.build import LAST_YEAR
from wijkkracht.contracts.models import Voucher

# Neighbourhood contracts: the signed one, the draft being made, a statement.
_CONTRACT = "contracten/{c}/"
CONTRACT_PAGES = [
    PageVisit(
        name,
        who,
        lambda bw, path=path: (
            f"/{bw.world.a.slug}/"
            + path.format(
                c=bw.world.a_contracts.contract_id,
                d=bw.world.a_contracts.draft_id,
                s=bw.world.a_contracts.statement_id,
                r=bw.world.a_contracts.draft_rule_id,
                v=bw.world.a_contracts.scheme_id,
                p=bw.world.a_resident.pk,
                y=LAST_YEAR,
            )
        ),
    )
    for name, who, path in [
        ("contracts:contract_list", as_coordinator, "contracten/"),
        ("contracts:contract_list", lambda bw: bw.world.a_partner, "contracten/"),
        ("contracts:contract_create", as_coordinator, "contracten/nieuw/"),
        ("contracts:contract", as_coordinator, _CONTRACT),
        ("contracts:contract", as_coordinator, "contracten/{d}/"),
        ("contracts:contract", lambda bw: bw.world.a_partner, _CONTRACT),
        ("contracts:party_add", as_coordinator, "contracten/{d}/partijen/"),
        ("contracts:rule_add", as_coordinator, "contracten/{d}/regels/nieuw/?soort=rate_card"),
        ("contracts:rule_add", as_coordinator, "contracten/{d}/regels/nieuw/?soort=shared_savings"),
        (
            "contracts:rule_add",
            as_coordinator,
            "contracten/{d}/regels/nieuw/?soort=quantity_quality",
        ),
        ("contracts:rule_bind", as_coordinator, "contracten/{d}/regels/{r}/koppelen/"),
        ("contracts:split", as_coordinator, "contracten/{d}/verdeling/"),
        (
            "contracts:statement_new",
            as_coordinator,
            _CONTRACT + "afrekening/?start={y}-01-01&end={y}-12-31",
        ),
        ("contracts:statement", as_coordinator, "afrekeningen/{s}/"),
        ("contracts:budget", as_coordinator, "dorpsbudget/"),
        ("contracts:budget_year", as_coordinator, "dorpsbudget/{y}/"),
        ("contracts:income", as_coordinator, "dorpsbudget/ontvangst/"),
        ("contracts:budget_plan", as_coordinator, "dorpsbudget/plan/"),
        ("contracts:figure", as_coordinator, _CONTRACT + "cijfer/?start={y}-01-01&end={y}-12-31"),
        ("contracts:statement", lambda bw: bw.world.a_partner, "afrekeningen/{s}/"),
        ("contracts:voucher_schemes", as_coordinator, "cheques/"),
        ("contracts:voucher_scheme_create", as_coordinator, "cheques/nieuw/"),
        ("contracts:voucher_scheme", as_coordinator, "cheques/{v}/"),
        ("contracts:voucher_scheme", as_coordinator, "cheques/{v}/?q=Jansen"),
        ("contracts:voucher_person", as_coordinator, "cheques/{v}/persoon/{p}/"),
        ("contracts:voucher_redeem", as_coordinator, "cheques/innen/"),
    ]
]


def _first_voucher_code(bw: BrowserWorld) -> str:
    with scopes_disabled():
        return Voucher.objects.filter(scheme_id=bw.world.a_contracts.scheme_id).first().code


# The redeem page with a voucher found: the code is made at random when the world is built.
CONTRACT_PAGES.append(
    PageVisit(
        "contracts:voucher_redeem",
        as_coordinator,
        lambda bw: f"/{bw.world.a.slug}/cheques/innen/?code={_first_voucher_code(bw)}",
    )
)
