"""The page registry's impact pages: the coordinator's rounds, results and infographic, and
the results as the partner (the municipality) sees them."""

from collections.abc import Callable

from tests.browser.visit import PageVisit, as_coordinator
from tests.browser.world import BrowserWorld


def _impact(path: str) -> Callable[[BrowserWorld], str]:
    def build(bw: BrowserWorld) -> str:
        return f"/{bw.world.a.slug}/impact/" + path.format(r=bw.world.a_impact.round_id)

    return build


IMPACT_PAGES = [
    PageVisit(name, as_coordinator, _impact(path))
    for name, path in [
        ("impact:round_list", ""),
        ("impact:instruments", "vragenlijsten/"),
        ("impact:round_create", "nieuw/"),
        ("impact:round", "{r}/"),
        ("impact:infographic", "{r}/infographic/"),
    ]
]
IMPACT_PAGES += [
    PageVisit("impact:round", lambda bw: bw.world.a_partner, _impact("{r}/")),
]
