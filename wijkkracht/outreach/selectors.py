"""Reading rounds, walk lists and their figures."""

import re
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from wijkkracht.activities.models import Activity
from wijkkracht.core.access import Membership
from wijkkracht.core.models import Person
from wijkkracht.outreach.models import Door, Outcome, Round, Stop, Visit, WalkList

REACHED = (Outcome.MET, Outcome.REFUSED, Outcome.QUESTION, Outcome.LATER)


def lists_for(membership: Membership) -> QuerySet[WalkList]:
    """The coordinator sees every list; an assistant only their own."""
    found = WalkList.objects.select_related("round", "assistant")
    if membership.has("coordinator"):
        return found
    return found.filter(assistant=membership.person) if membership.person else found.none()


def list_get(membership: Membership, list_id: int) -> WalkList:
    return get_object_or_404(lists_for(membership), pk=list_id)


def stops_with_last_visit(walk_list: WalkList) -> list[tuple[Stop, Visit | None]]:
    """The list's doors in walking order, each with its latest visit."""
    stops = list(walk_list.stops.select_related("door"))
    last: dict[int, Visit] = {}
    for visit in Visit.objects.filter(stop__walk_list=walk_list).order_by("visited_at", "pk"):
        last[visit.stop_id] = visit
    return [(stop, last.get(stop.pk)) for stop in stops]


@dataclass(frozen=True)
class Figures:
    label: str
    doors: int
    rung: int  # doors with at least one visit
    reached: int  # doors where someone opened
    questions: int
    hand_offs: int  # 1-loket requests, applications and interests in an activity
    done: int  # of those requests, done
    known: int = 0  # homes where the collective already knows someone

    @property
    def rung_share(self) -> int:
        return round(100 * self.rung / self.doors) if self.doors else 0


def _figures(label: str, stops: QuerySet[Stop]) -> Figures:
    visits = Visit.objects.filter(stop__in=stops)
    doors = stops.aggregate(
        doors=Count("pk", distinct=True),
        rung=Count("pk", filter=Q(visits__isnull=False), distinct=True),
        reached=Count("pk", filter=Q(visits__outcome__in=REACHED), distinct=True),
    )
    handed = visits.aggregate(
        questions=Count("pk", filter=~Q(question="")),
        requests=Count("help_request", distinct=True),
        applications=Count("application", distinct=True),
        interests=Count("pk", filter=~Q(interest=None)),
        done=Count("help_request", filter=Q(help_request__status="done"), distinct=True),
    )
    return Figures(
        label,
        doors["doors"],
        doors["rung"],
        doors["reached"],
        handed["questions"],
        handed["requests"] + handed["applications"] + handed["interests"],
        handed["done"],
        known_doors(Door.objects.filter(stops__in=stops)),
    )


def _address(postcode: str, number: int | None, addition: str) -> tuple[str, int | None, str]:
    return postcode, number, re.sub(r"[^0-9A-Z]", "", addition.upper())


def known_doors(doors: QuerySet[Door]) -> int:
    """How many of these homes have someone the collective knows (members, residents, …),
    matched by address: postcode, number, and letter and addition however written."""
    rows = list(doors.values_list("postcode", "house_number", "house_letter", "addition"))
    people = Person.objects.filter(postcode__in={row[0] for row in rows}).values_list(
        "postcode", "house_number", "house_number_addition"
    )
    known = {_address(*person) for person in people}
    return sum(_address(p, n, letter + extra) in known for p, n, letter, extra in rows)


def round_figures(found: Round) -> list[Figures]:
    """The round in total, then per buurt when its doors lie in more than one."""
    stops = Stop.objects.filter(round=found)
    figures = [_figures(str(found), stops)]
    areas = (
        stops.exclude(door__area=None)
        .values_list("door__area", "door__area__name")
        .distinct()
        .order_by("door__area__name")
    )
    if len(areas) > 1:
        figures += [_figures(name, stops.filter(door__area=area)) for area, name in areas]
    return figures


def upcoming_activities() -> QuerySet[Activity]:
    """Activities that still meet, for "wil meedoen met" at the door."""
    return (
        Activity.objects.filter(occurrences__starts_at__gte=timezone.now())
        .distinct()
        .order_by("title")
    )


def interested(found: Round) -> QuerySet[Visit]:
    """Who would like to join an activity, with consent: the coordinator calls them."""
    return (
        Visit.objects.filter(stop__round=found)
        .exclude(interest=None)
        .select_related("interest", "stop__door")
        .order_by("interest__title", "visited_at")
    )
