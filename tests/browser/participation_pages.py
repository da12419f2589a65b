"""The page registry's participation pages: the coordinator's, voting and answering as a member,
and the overview for everyone."""

from collections.abc import Callable

from tests.browser.visit import PageVisit, as_coordinator, as_nobody
from tests.browser.world import BrowserWorld

# Participation: the coordinator's pages, voting and answering as a member, the overview for all.
_BUDGET = "inspraak/wijkbudget/{b}/"
_SURVEY = "inspraak/enquetes/{s}/"


def _participation(path: str) -> Callable[[BrowserWorld], str]:
    def build(bw: BrowserWorld) -> str:
        ids = bw.world.a_participation
        filled = path.format(
            b=ids.budget_id,
            c=ids.counted_id,
            p=ids.proposal_id,
            s=ids.survey_id,
            d=ids.dialogue_id,
            a=ids.consultation_id,
        )
        return f"/{bw.world.a.slug}/{filled}"

    return build


PARTICIPATION_PAGES = [
    PageVisit(name, as_coordinator, _participation(path))
    for name, path in [
        ("participation:overview", "inspraak/"),
        ("participation:budget_create", "inspraak/wijkbudget/nieuw/"),
        ("participation:budget_import", "inspraak/wijkbudget/inlezen/"),
        ("participation:budget", _BUDGET),
        ("participation:budget_paper", _BUDGET + "papier/"),
        ("participation:budget_letters", _BUDGET + "brieven/"),
        ("participation:budget_result", "inspraak/wijkbudget/{c}/uitslag/"),
        ("participation:proposal_list", "inspraak/ideeen/"),
        ("participation:proposal_create", "inspraak/ideeen/nieuw/"),
        ("participation:proposal", "inspraak/ideeen/{p}/"),
        ("participation:survey_create", "inspraak/enquetes/nieuw/"),
        ("participation:survey", _SURVEY),
        ("participation:survey_paper", _SURVEY + "papier/"),
        ("participation:survey_letters", _SURVEY + "brieven/"),
        ("participation:survey_results", _SURVEY + "uitslag/"),
        ("participation:dialogue_create", "inspraak/dialoog/nieuw/"),
        ("participation:dialogue", "inspraak/dialoog/{d}/"),
        ("participation:consultation_create", "inspraak/aanbesteding/nieuw/"),
        ("participation:consultation", "inspraak/aanbesteding/{a}/"),
    ]
]
PARTICIPATION_PAGES += [
    PageVisit(
        "participation:budget_vote", lambda bw: bw.member, _participation(_BUDGET + "stemmen/")
    ),
    PageVisit(
        "participation:survey_answer", lambda bw: bw.member, _participation(_SURVEY + "invullen/")
    ),
    PageVisit(
        "participation:proposal", lambda bw: bw.member, _participation("inspraak/ideeen/{p}/")
    ),
    PageVisit("participation:overview", as_nobody, _participation("inspraak/")),
]
