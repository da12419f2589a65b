"""The demo's participation: the village's €25,000 neighbourhood budget voted online and on
paper and counted with Equal Shares, a youth budget still open, a survey of the 750 members
online and on paper, and a published dialogue."""

import datetime
import random
from collections.abc import Callable
from decimal import Decimal

from django.conf import settings

from wijkkracht.businesscase.models import Scenario
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.members.selectors import member_list
from wijkkracht.participation.models import (
    AnnouncedBy,
    Budget,
    Kind,
    Per,
    Proposal,
    Status,
    Survey,
)
from wijkkracht.participation.services.budgets import budget_create, budget_next_phase, budget_vote
from wijkkracht.participation.services.codes import letters_make
from wijkkracht.participation.services.consultations import (
    consultation_bid_set,
    consultation_create,
    consultation_publish,
)
from wijkkracht.participation.services.dialogues import (
    dialogue_create,
    meeting_add,
    priorities_set,
)
from wijkkracht.participation.services.proposals import (
    proposal_assess,
    proposal_submit,
    proposal_support,
)
from wijkkracht.participation.services.surveys import (
    question_add,
    survey_answer,
    survey_create,
    survey_open,
)

# (title, cost, how popular: the chance a voter approves it)
_IDEAS = [
    ("Beweegtuin voor ouderen bij het Dorpshuis", "12000", 0.45),
    ("Speeltuin aan de Esweg opknappen", "9500", 0.35),
    ("Duofiets voor ritjes met ouderen", "7500", 0.40),
    ("Jeu-de-boulesbaan achter het Dorpshuis", "4500", 0.30),
    ("Moestuin voor jong en oud", "3800", 0.25),
    ("Bankjes langs het ommetje", "3000", 0.50),
    ("Zomerfeest op het dorpsplein", "2500", 0.30),
    ("AED bij de kerk, met cursus", "2200", 0.55),
    ("Wifi in het Dorpshuis", "1800", 0.15),
    ("Minibieb bij de bushalte", "400", 0.20),
]
_NOT_FEASIBLE = (
    "Zebrapad op de Hoofdweg",
    "De Hoofdweg is van de gemeente. Wij hebben het idee doorgegeven aan de wijkwethouder; "
    "het staat op de agenda van het dorpsoverleg in maart.",
)
ONLINE_SHARE = 0.30
PAPER_SHARE = 0.18
# The chance a resident misses each facility, and that they write a remark.
MISSES = 0.3
REMARKS = 0.2


def _approvals(rng: random.Random, codes: list[tuple[str, float]]) -> list[str]:
    return [code for code, chance in codes if rng.random() < chance]


def _feasible_idea(
    budget: Budget, actor: User, person: Person, idea: tuple[str, str], reason: str
) -> Proposal:
    title, cost = idea
    proposal = proposal_submit(
        actor=actor,
        collective=budget.collective,
        person=person,
        budget=budget,
        title=title,
        description=f"{title}. Bedacht door bewoners op de ideeënavond.",
    )
    return proposal_assess(
        actor=actor, proposal=proposal, status=Status.FEASIBLE, cost=Decimal(cost), reason=reason
    )


def _budget(
    collective: Collective, actor: User, people: list[Person], rng: random.Random
) -> Budget:
    budget = budget_create(
        actor=actor,
        collective=collective,
        title="Wijkbudget Veldhoek 2026",
        description=(
            "De gemeente Hoogeveen geeft het dorp € 25.000. Bewoners bedenken plannen en kiezen "
            "samen welke er komen. We tellen met gelijke delen: zo krijgt ook een kleinere "
            "groep iets."
        ),
        amount=Decimal(25000),
        rule="equal-shares-add1",
    )
    codes = []
    for title, cost, chance in _IDEAS:
        reason = "Kan. De kosten zijn nagevraagd bij twee leveranciers."
        proposal = _feasible_idea(budget, actor, rng.choice(people), (title, cost), reason)
        for person in rng.sample(people, rng.randint(3, 25)):
            proposal_support(actor=actor, proposal=proposal, person=person)
        codes.append((proposal.project_code, chance))
    blocked = proposal_submit(
        actor=actor,
        collective=collective,
        person=rng.choice(people),
        budget=budget,
        title=_NOT_FEASIBLE[0],
        description="Een zebrapad bij de bakker, zodat ouderen veilig oversteken.",
    )
    proposal_assess(
        actor=actor,
        proposal=blocked,
        status=Status.NOT_FEASIBLE,
        cost=None,
        reason=_NOT_FEASIBLE[1],
    )
    budget_next_phase(actor=actor, budget=budget)
    budget_next_phase(actor=actor, budget=budget)
    _votes(budget, actor, people, codes, rng)
    budget_next_phase(actor=actor, budget=budget)
    return budget


def _votes(
    budget: Budget,
    actor: User,
    people: list[Person],
    codes: list[tuple[str, float]],
    rng: random.Random,
) -> None:
    def vote(by: User, person: Person | None, code: str) -> None:
        approvals = _approvals(rng, codes)
        budget_vote(actor=by, budget=budget, approvals=approvals, area="", person=person, code=code)

    online_and_paper(budget, actor, people, rng, vote)


def online_and_paper(
    target: Budget | Survey,
    actor: User,
    people: list[Person],
    rng: random.Random,
    take_part: Callable[[User, Person | None, str], None],
) -> None:
    """A share of the members takes part online; the volunteer types in the paper that came
    back, by the codes on the letters."""
    for person in rng.sample(people, int(len(people) * ONLINE_SHARE)):
        take_part(actor, person, "")
    letters = letters_make(actor=actor, target=target)
    volunteer = User.objects.get(email="volunteer@veldhoek.example")
    for _invitation, code in rng.sample(letters, int(len(people) * PAPER_SHARE)):
        take_part(volunteer, None, code)


def _youth_budget(
    collective: Collective, actor: User, people: list[Person], rng: random.Random
) -> None:
    """A small budget whose vote is still open, so the demo logins can vote and enter paper."""
    budget = budget_create(
        actor=actor,
        collective=collective,
        title="Jeugdbudget Veldhoek 2027",
        description="€ 5.000 voor plannen van en voor de jeugd.",
        amount=Decimal(5000),
        rule="equal-shares-add1",
    )
    for title, cost in (
        ("Voetbalkooi bij de school", "4200"),
        ("Filmavonden in het Dorpshuis", "900"),
        ("Graffitiwand bij de sporthal", "1500"),
        ("Skatebaan-onderdelen", "3000"),
    ):
        reason = "Kan. De jongerenraad regelt het samen met de coördinator."
        _feasible_idea(budget, actor, rng.choice(people), (title, cost), reason)
    budget_next_phase(actor=actor, budget=budget)
    budget_next_phase(actor=actor, budget=budget)


_QUESTIONS = [
    (
        Kind.CHOICE,
        "Hoe lang woont u in Veldhoek?",
        ["korter dan 5 jaar", "5 tot 20 jaar", "langer dan 20 jaar"],
    ),
    (Kind.SCALE, "Hoe prettig vindt u het wonen in Veldhoek?", []),
    (
        Kind.MULTIPLE,
        "Wat mist u in het dorp?",
        [
            "een huisartsenpost",
            "een pinautomaat",
            "vervoer naar de stad",
            "activiteiten overdag",
            "niets",
        ],
    ),
    (
        Kind.RANKING,
        "Wat moet de coöperatie eerst aanpakken?",
        ["hulp bij eenzaamheid", "vervoer", "wonen voor ouderen", "activiteiten voor jongeren"],
    ),
    (Kind.OPEN, "Wat wilt u ons nog meegeven?", []),
]
_REMARKS = [
    "Fijn dat er een dorpsondersteuner is.",
    "Graag vaker de buurtbus.",
    "Meer doen voor jongeren.",
    "Het Dorpshuis is het hart van het dorp.",
]


def _answers(survey: Survey, rng: random.Random) -> dict[int, object]:
    answers: dict[int, object] = {}
    for question in survey.questions.all():
        options = question.options
        if question.kind == Kind.CHOICE:
            answers[question.pk] = rng.choices(options, weights=[1, 2, 4])[0]
        elif question.kind == Kind.SCALE:
            answers[question.pk] = rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 5, 9, 6])[0]
        elif question.kind == Kind.MULTIPLE:
            answers[question.pk] = [o for o in options[:-1] if rng.random() < MISSES] or [
                options[-1]
            ]
        elif question.kind == Kind.RANKING:
            answers[question.pk] = rng.sample(options, len(options))
        elif rng.random() < REMARKS:
            answers[question.pk] = rng.choice(_REMARKS)
    return answers


def _survey(collective: Collective, actor: User, people: list[Person], rng: random.Random) -> None:
    survey = survey_create(
        actor=actor,
        collective=collective,
        title="Inwonersenquête Veldhoek 2026",
        intro="Wat vindt u van het dorp, en wat moet de coöperatie doen? Het kost 5 minuten.",
        per=Per.PERSON,
        anonymous=True,
    )
    for kind, text, options in _QUESTIONS:
        question_add(actor=actor, survey=survey, kind=kind, text=text, options=options)
    survey_open(actor=actor, survey=survey)

    def answer(by: User, person: Person | None, code: str) -> None:
        answers = _answers(survey, rng)
        survey_answer(actor=by, survey=survey, answers=answers, person=person, code=code)

    online_and_paper(survey, actor, people, rng, answer)


def _dialogue(collective: Collective, actor: User) -> None:
    dialogue = dialogue_create(
        actor=actor,
        collective=collective,
        topic="Zorg dichtbij: wat vinden we in Veldhoek belangrijk?",
        description="Drie avonden in het Dorpshuis over ouder worden in het dorp.",
    )
    for day, notes in (
        (datetime.date(2026, 3, 12), "42 bewoners. Veel zorg over vervoer naar het ziekenhuis."),
        (datetime.date(2026, 4, 9), "35 bewoners. Mantelzorgers willen vaker even vrij."),
    ):
        meeting_add(actor=actor, dialogue=dialogue, held_on=day, place="Dorpshuis", notes=notes)
    priorities_set(
        actor=actor,
        dialogue=dialogue,
        lines=[
            "Vervoer naar de stad: een vaste rit naar het ziekenhuis in Hoogeveen",
            "Respijt voor mantelzorgers: een middag per week vrij",
            "Wonen voor ouderen in het dorp: levensloopbestendige woningen",
            "Samen eten: elke week een maaltijd in het Dorpshuis",
            "Eén aanspreekpunt: de dorpsondersteuner blijft",
        ],
        publish=True,
    )


def _consultation(
    collective: Collective, actor: User, people: list[Person], rng: random.Random
) -> None:
    """The municipality buys household help anew; residents weigh what matters first."""
    consultation = consultation_create(
        actor=actor,
        collective=collective,
        service="Huishoudelijke hulp in Veldhoek",
        announced_by=AnnouncedBy.MUNICIPALITY,
        description="De gemeente Hoogeveen koopt in 2027 de huishoudelijke hulp opnieuw in.",
        criteria=[
            "Vaste hulp die u kent",
            "Hulp uit het dorp zelf",
            "Snel hulp als het nodig is",
            "Een lage eigen bijdrage",
            "Ook even een klusje of een praatje",
        ],
    )
    survey = survey_open(actor=actor, survey=consultation.survey)
    weights = {0: 9, 1: 7, 2: 6, 3: 4, 4: 5}
    for person in rng.sample(people, 140):
        answers: dict[int, object] = {}
        for position, question in enumerate(survey.questions.filter(kind=Kind.SCALE)):
            top = weights[position]
            answers[question.pk] = rng.choices([1, 2, 3, 4, 5], weights=[1, 1, 3, top, top])[0]
        survey_answer(actor=actor, survey=survey, answers=answers, person=person)
    consultation_publish(actor=actor, consultation=consultation)
    case = Scenario.objects.get(case__title="Dorpsondersteuner Veldhoek", name="Basis")
    consultation_bid_set(
        actor=actor,
        consultation=consultation,
        bid_plan=(
            "De coöperatie biedt hulp door dorpsgenoten: vaste hulpen uit Veldhoek, "
            "ingezet door de dorpsondersteuner, die ook een klusje of een praatje regelt."
        ),
        bid_link=f"{settings.SITE_URL}/{collective.slug}/businesscase/scenario/{case.pk}/rapport/",
    )


def village_participation_load(
    collective: Collective, coordinator: User, rng: random.Random
) -> None:
    """Call inside the village's scope, after its members exist."""
    people = [member.person for member in member_list()]
    _budget(collective, coordinator, people, rng)
    _youth_budget(collective, coordinator, people, rng)
    _survey(collective, coordinator, people, rng)
    _dialogue(collective, coordinator)
    _consultation(collective, coordinator, people, rng)
