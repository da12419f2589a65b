"""What participation holds about a person, and what erasure removes.

The roll says whether someone took part and how (online or on paper), never what they chose:
ballots and anonymous answers have no link to anyone. A named survey's answers are exported;
erasure makes them anonymous. Ideas stay for the neighbourhood, without their sender.
"""

from typing import Any

from wijkkracht.core.models import Person
from wijkkracht.participation.models import Invitation, Proposal, Response, Support
from wijkkracht.participation.models.budget import ROLL_FOR
from wijkkracht.participation.services.codes import pair_key


def participation_data_export(person: Person) -> dict[str, Any]:
    places = Invitation.objects.filter(person=person).select_related(*ROLL_FOR)
    return {
        "ideeën": [
            {"titel": p.title, "wat": p.description, "stand": p.get_status_display()}
            for p in Proposal.objects.filter(submitted_by=person)
        ],
        "steun_voor_ideeën": [s.proposal.title for s in Support.objects.filter(person=person)],
        "meegedaan": [
            {
                "aan": str(next(getattr(place, name) for name in ROLL_FOR if getattr(place, name))),
                "meegedaan": place.used_at is not None,
                "via": place.get_channel_display(),
                "brief_met_code": place.code_hash is not None,
            }
            for place in places
        ],
        "antwoorden_met_naam": [
            {"enquete": response.survey.title, "antwoorden": response.answers}
            for response in Response.objects.filter(person=person).select_related("survey")
        ],
    }


def participation_data_erase(person: Person) -> None:
    Proposal.objects.filter(submitted_by=person).update(submitted_by=None)
    Support.objects.filter(person=person).delete()
    Response.objects.filter(person=person).update(person=None)
    # Whether the place was used stays, so nobody can vote again in an open vote.
    places = Invitation.objects.filter(person=person)
    paired = [place.survey for place in places.filter(survey__paired=True).select_related("survey")]
    # Their before and after answers stay, but no longer as a pair.
    keys = {pair_key(survey, person) for survey in paired if survey is not None}
    Response.objects.filter(pair_key__in=keys).update(pair_key="")
    places.update(code_hash=None)
