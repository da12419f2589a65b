"""Reading participation: lists, the election behind a budget, results and roll figures."""

from collections import Counter
from fractions import Fraction

from django.db.models import Count, QuerySet

from wijkkracht.core.models import Person
from wijkkracht.core.selectors import suppress_small
from wijkkracht.governance.models import AgendaItem, Meeting
from wijkkracht.members.selectors import household
from wijkkracht.participation.models import (
    Ballot,
    Budget,
    Consultation,
    Dialogue,
    Invitation,
    Proposal,
    Response,
    Status,
    Survey,
)
from wijkkracht.participation.voting.election import Election, Project

RollTarget = Budget | Survey | Meeting | AgendaItem

# Proposals that stand on the ballot of a budget.
ON_BALLOT = (Status.FEASIBLE, Status.FUNDED, Status.NOT_FUNDED, Status.IN_PROGRESS, Status.DONE)


def proposals(*, budget: Budget | None = None) -> QuerySet[Proposal]:
    found = Proposal.objects.select_related("budget").annotate(support_count=Count("supports"))
    return found.filter(budget=budget) if budget else found


def ballot_projects(budget: Budget) -> QuerySet[Proposal]:
    return Proposal.objects.filter(budget=budget, status__in=ON_BALLOT, cost__isnull=False)


def budgets() -> QuerySet[Budget]:
    return Budget.objects.all()


def surveys(*, open_only: bool = False) -> QuerySet[Survey]:
    found = Survey.objects.annotate(response_count=Count("responses"))
    return found.filter(status="open") if open_only else found


def consultations(*, open_only: bool = False) -> QuerySet[Consultation]:
    """Consultations; for residents only those whose survey has opened."""
    found = Consultation.objects.select_related("survey")
    return found.exclude(survey__status="draft") if open_only else found


def dialogues(*, published_only: bool = False) -> QuerySet[Dialogue]:
    found = Dialogue.objects.prefetch_related("priorities")
    return found.exclude(published_at=None) if published_only else found


def budget_election(budget: Budget, *, area: str = "") -> Election:
    """The vote as the rules count it: the projects on the ballot and every stored ballot."""
    projects = {
        proposal.project_code: Project(
            proposal.project_code, Fraction(proposal.cost), proposal.title
        )
        for proposal in ballot_projects(budget)
        if proposal.cost is not None
    }
    ballots = Ballot.objects.filter(budget=budget)
    if area:
        ballots = ballots.filter(area=area)
    return Election(
        budget=Fraction(budget.amount),
        projects=projects,
        ballots=[frozenset(ballot.approvals) for ballot in ballots],
        meta={
            "description": budget.title,
            "country": "Netherlands",
            "unit": budget.collective.name,
            "rule": budget.rule,
            "currency": "EUR",
            "language": "nl",
        },
    )


def approvals_by_area(budget: Budget) -> dict[str, dict[str, int | None]]:
    """Approvals per project in each buurt, with small counts hidden."""
    by_area: dict[str, Counter[str]] = {}
    voters: Counter[str] = Counter()
    for area, approvals in Ballot.objects.filter(budget=budget).values_list("area", "approvals"):
        voters[area] += 1
        by_area.setdefault(area, Counter()).update(approvals)
    return {
        area: {"voters": suppress_small(voters[area])}
        | {project: suppress_small(count) for project, count in counted.items()}
        for area, counted in sorted(by_area.items())
    }


def roll_field(target: RollTarget) -> str:
    """The field of Invitation that points at this target."""
    return {
        Budget: "budget",
        Survey: "survey",
        Meeting: "meeting",
        AgendaItem: "agenda_item",
    }[type(target)]


def roll(target: RollTarget) -> QuerySet[Invitation]:
    """The places on the roll of this vote, survey, meeting or secret ballot."""
    return Invitation.objects.filter(**{roll_field(target): target})


def lettered_places(target: RollTarget) -> QuerySet[Invitation]:
    """Who has a letter and has not taken part yet: whose letter can be made again."""
    places = roll(target).filter(used_at=None).exclude(code_hash=None)
    return places.select_related("person").order_by("person__family_name", "person__given_name")


def roll_counts(*, budget: Budget | None = None, survey: Survey | None = None) -> dict[str, int]:
    places = roll(budget) if budget else roll(survey) if survey else Invitation.objects.none()
    by_channel = dict(
        places.values_list("channel").annotate(n=Count("pk")).values_list("channel", "n")
    )
    return {
        "invited": places.count(),
        "letters": places.exclude(code_hash=None).count(),
        "online": by_channel.get("online", 0),
        "paper": by_channel.get("paper", 0),
    }


def responses(survey: Survey) -> QuerySet[Response]:
    return Response.objects.filter(survey=survey)


def place_of(
    target: RollTarget, person: Person, *, places: QuerySet[Invitation] | None = None
) -> Invitation | None:
    """This person's place on the roll (of `places`, when given: locked ones); for a survey
    answered per household, also their household's."""
    places = roll(target) if places is None else places
    own = places.filter(person=person).first()
    if own is None and isinstance(target, Survey):
        return places.filter(household=household(person)).first()
    return own
