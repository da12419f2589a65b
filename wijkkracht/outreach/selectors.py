"""Reading rounds, walk lists and their figures."""

import re
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from wijkkracht.activities.models import Activity
from wijkkracht.core.access import Membership
from wijkkracht.core.models import Person
from wijkkracht.outreach.models import Outcome, Round, Stop, Visit, WalkList

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


def _address(postcode: str, number: int | None, addition: str) -> tuple[str, int | None, str]:
    return postcode, number, re.sub(r"[^0-9A-Z]", "", addition.upper())


def _known(rows: list[tuple[int | None, str, int, str, str]]) -> dict[int | None, int]:
    """Per area, the homes where someone the collective knows lives (members, residents, …),
    matched by address: postcode, number, and letter and addition however written."""
    people = Person.objects.filter(postcode__in={row[1] for row in rows}).values_list(
        "postcode", "house_number", "house_number_addition"
    )
    known = {_address(*person) for person in people}
    found: dict[int | None, int] = {}
    for area, postcode, number, letter, addition in rows:
        if _address(postcode, number, letter + addition) in known:
            found[area] = found.get(area, 0) + 1
    return found


def round_figures(found: Round) -> list[Figures]:
    """The round in total, then per buurt when its doors lie in more than one; a handful of
    queries, grouped by buurt, whatever the number of buurten."""
    stops = Stop.objects.filter(round=found)
    by_area = {
        row["door__area"]: row
        for row in stops.values("door__area", "door__area__name").annotate(
            doors=Count("pk", distinct=True),
            rung=Count("pk", filter=Q(visits__isnull=False), distinct=True),
            reached=Count("pk", filter=Q(visits__outcome__in=REACHED), distinct=True),
        )
    }
    handed = {
        row["stop__door__area"]: row
        for row in Visit.objects.filter(stop__round=found)
        .values("stop__door__area")
        .annotate(
            questions=Count("pk", filter=~Q(question="")),
            requests=Count("help_request", distinct=True),
            applications=Count("application", distinct=True),
            interests=Count("pk", filter=~Q(interest=None)),
            done=Count("help_request", filter=Q(help_request__status="done"), distinct=True),
        )
    }
    known = _known(
        list(
            stops.values_list(
                "door__area",
                "door__postcode",
                "door__house_number",
                "door__house_letter",
                "door__addition",
            )
        )
    )

    def figures(label: str, areas: list[int | None]) -> Figures:
        def total(rows: dict[int | None, dict[str, Any]], key: str) -> int:
            return sum(rows[area][key] for area in areas if area in rows)

        return Figures(
            label,
            total(by_area, "doors"),
            total(by_area, "rung"),
            total(by_area, "reached"),
            total(handed, "questions"),
            sum(total(handed, key) for key in ("requests", "applications", "interests")),
            total(handed, "done"),
            sum(known.get(area, 0) for area in areas),
        )

    found_figures = [figures(str(found), list(by_area))]
    named = sorted(
        (row["door__area__name"], area) for area, row in by_area.items() if area is not None
    )
    if len(named) > 1:
        found_figures += [figures(name, [area]) for name, area in named]
    return found_figures


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
