"""Collective A's participation: a budget open for voting, a counted one, an open survey, an
idea and a published dialogue, for the isolation walk and the browser's page registry."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django_scopes import scope

from wijkkracht.core.models import Collective, Person
from wijkkracht.participation.models import Budget, Kind, Status
from wijkkracht.participation.services.budgets import budget_create, budget_next_phase, budget_vote
from wijkkracht.participation.services.codes import letters_make
from wijkkracht.participation.services.consultations import consultation_create
from wijkkracht.participation.services.dialogues import dialogue_create, meeting_add, priorities_set
from wijkkracht.participation.services.proposals import proposal_assess, proposal_submit
from wijkkracht.participation.services.surveys import question_add, survey_create, survey_open

QUESTIONS = [
    (Kind.CHOICE, "Hoe lang woont u hier?", ["kort", "lang"]),
    (Kind.MULTIPLE, "Wat mist u?", ["een bank", "een bus", "niets"]),
    (Kind.SCALE, "Hoe prettig woont u hier?", []),
    (Kind.RANKING, "Wat eerst?", ["vervoer", "eten", "wonen"]),
    (Kind.OPEN, "Nog iets?", []),
]


@dataclass(frozen=True)
class ParticipationIds:
    budget_id: int  # voting is open
    counted_id: int  # voted and counted
    proposal_id: int
    survey_id: int
    dialogue_id: int
    consultation_id: int


def budget_with_ideas(collective: Collective, ideas: list[tuple[str, str]], phases: int) -> Budget:
    """A budget whose ideas are all feasible, moved on `phases` phases (2: voting is open)."""
    budget = budget_create(
        actor=None,
        collective=collective,
        title="Buurtbudget",
        description="",
        amount=Decimal(1000),
        rule="equal-shares-add1",
    )
    for title, cost in ideas:
        proposal = proposal_submit(
            actor=None,
            collective=collective,
            person=None,
            budget=budget,
            title=title,
            description=title,
        )
        proposal_assess(
            actor=None, proposal=proposal, status=Status.FEASIBLE, cost=Decimal(cost), reason="Kan."
        )
    for _ in range(phases):
        budget = budget_next_phase(actor=None, budget=budget)
    return budget


def participation_build(collective: Collective, voter: Person) -> ParticipationIds:
    with scope(collective=collective):
        budget = budget_with_ideas(collective, [("Bankje", "300"), ("Boom", "800")], phases=2)
        counted = budget_with_ideas(collective, [("Feest", "600"), ("Bieb", "200")], phases=2)
        budget_vote(actor=None, budget=counted, approvals=["004"], area="", person=voter)
        counted = budget_next_phase(actor=None, budget=counted)
        survey = survey_create(
            actor=None,
            collective=collective,
            title="Enquête",
            intro="",
            per="person",
            anonymous=True,
        )
        for kind, text, options in QUESTIONS:
            question_add(actor=None, survey=survey, kind=kind, text=text, options=options)
        survey_open(actor=None, survey=survey)
        # With its letters made, the survey's letters page also offers to make one again.
        letters_make(actor=None, target=survey)
        dialogue = dialogue_create(actor=None, collective=collective, topic="Zorg", description="")
        meeting_add(
            actor=None, dialogue=dialogue, held_on=datetime.date(2026, 3, 1), place="", notes=""
        )
        priorities_set(
            actor=None, dialogue=dialogue, lines=["Vervoer: een vaste rit"], publish=True
        )
        consultation = consultation_create(
            actor=None,
            collective=collective,
            service="Huishoudelijke hulp",
            announced_by="municipality",
            description="",
            criteria=["Vaste hulp", "Hulp uit het dorp"],
        )
        return ParticipationIds(
            budget_id=budget.pk,
            counted_id=counted.pk,
            proposal_id=budget.proposals.first().pk,  # type: ignore[union-attr]
            survey_id=survey.pk,
            dialogue_id=dialogue.pk,
            consultation_id=consultation.pk,
        )
