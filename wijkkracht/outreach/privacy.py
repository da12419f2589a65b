"""A resident's doorstep records for the export (every visit at their address: the outcome,
and what they told with consent) and their erasure (what they told is removed; that the door
was rung stays, it is about the address)."""

from typing import Any

from django.db.models import QuerySet

from wijkkracht.core.models import Person
from wijkkracht.outreach.models import Visit


def _at_address(person: Person) -> QuerySet[Visit]:
    letter_and_addition = person.house_number_addition
    visits = Visit.objects.filter(
        stop__door__postcode=person.postcode, stop__door__house_number=person.house_number
    ).select_related("stop__door", "interest")
    return visits.filter(
        pk__in=[
            v.pk
            for v in visits
            if f"{v.stop.door.house_letter}{v.stop.door.addition}" == letter_and_addition
        ]
    )


def visit_data_export(person: Person) -> dict[str, Any]:
    if not person.postcode or person.house_number is None:
        return {"huisbezoeken": []}
    return {
        "huisbezoeken": [
            {
                "datum": visit.visited_at.date().isoformat(),
                "uitkomst": visit.get_outcome_display(),
                "naam": visit.name,
                "telefoon": visit.phone,
                "vraag": visit.question,
                "wil_meedoen_met": visit.interest.title if visit.interest else None,
            }
            for visit in _at_address(person)
        ]
    }


def visit_data_erase(person: Person) -> None:
    if not person.postcode or person.house_number is None:
        return
    _at_address(person).filter(name__icontains=person.family_name).update(
        name="", phone="", question="", interest=None
    )
