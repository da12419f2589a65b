"""Plan the week: compute the best plan from the database, and ask the volunteers it names."""

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError

from wijkkracht.core.models import User
from wijkkracht.help.models import HelpRequest, Volunteer
from wijkkracht.help.selectors import open_requests_for_week, request_facts, volunteer_facts
from wijkkracht.help.services.assignments import assignment_propose

if TYPE_CHECKING:
    from wijkkracht.help.planning import Plan


def week_plan(monday: datetime.date) -> tuple["Plan", dict[int, HelpRequest]]:
    """The optimal plan for the open requests of the week, and those requests by id."""
    from wijkkracht.help.planning import plan_week  # scipy loads in 0.7 s

    requests = open_requests_for_week(monday)
    facts = [request_facts(request) for request in requests]
    plan = plan_week(facts, volunteer_facts({fact.resident_id for fact in facts}), monday)
    return plan, {request.pk: request for request in requests}


@dataclass(frozen=True)
class Confirmation:
    asked: int
    refused: list[str]  # one sentence per pair that could no longer be asked


def plan_confirm(*, actor: User | None, pairs: list[tuple[int, int, int]]) -> Confirmation:
    """Ask each (request, volunteer, score) pair the coordinator kept; each is its own
    transaction, so a pair another coordinator took meanwhile is refused, not the whole plan."""
    asked = 0
    refused = []
    requests = HelpRequest.objects.select_related("resident").in_bulk([p[0] for p in pairs])
    volunteers = Volunteer.objects.select_related("person").in_bulk([p[1] for p in pairs])
    for request_id, volunteer_id, score in pairs:
        request, volunteer = requests.get(request_id), volunteers.get(volunteer_id)
        if request is None or volunteer is None:
            continue
        try:
            assignment_propose(
                actor=actor, request=request, volunteer=volunteer, score=min(max(score, 0), 100)
            )
        except ValidationError as error:
            refused.append(f"{request.resident.full_name}: {' '.join(error.messages)}")
        else:
            asked += 1
    return Confirmation(asked=asked, refused=refused)
