"""What the 1-loket holds about a person, and what erasure removes.

Help requests stay as anonymous counts (category, date, hours) for the impact figures; their
free text, the health notes and the referral details go.
"""

from typing import Any

from wijkkracht.core.models import Person
from wijkkracht.help.models import HealthNote, HelpRequest, HoursEntry, Referral, Volunteer


def help_data_export(person: Person) -> dict[str, Any]:
    requests = HelpRequest.objects.filter(resident=person).select_related("health_note")
    data: dict[str, Any] = {
        "hulpvragen": [
            {
                "soort": request.get_category_display(),
                "wat": request.description,
                "waar": request.place,
                "datum": request.date.isoformat(),
                "tijd": f"{request.start_time:%H:%M}-{request.end_time:%H:%M}",
                "elke_week": request.repeats_weekly,
                "stand": request.get_status_display(),
                "binnengekomen_via": request.get_channel_display(),
                "uitkomst": request.outcome,
                "gezondheidsnotitie": _note(request),
                "doorverwijzingen": [
                    {
                        "organisatie": referral.organisation.name,
                        "overdracht": referral.handover,
                        "nabellen_op": referral.follow_up_on.isoformat(),
                        "resultaat": referral.follow_up_result,
                    }
                    for referral in Referral.objects.filter(request=request).select_related(
                        "organisation"
                    )
                ],
            }
            for request in requests
        ]
    }
    volunteer = Volunteer.objects.filter(person=person).first()
    if volunteer is not None:
        data["vrijwilliger"] = {
            "soorten_hulp": volunteer.categories,
            "wat_kan_ik_goed": volunteer.skills,
            "vog_geldig_tot": (
                volunteer.vog_valid_until.isoformat() if volunteer.vog_valid_until else None
            ),
            "uren": [
                {"datum": entry.day.isoformat(), "uren": str(entry.hours), "wat": entry.note}
                for entry in HoursEntry.objects.filter(volunteer=volunteer)
            ],
        }
    return data


def _note(request: HelpRequest) -> dict[str, Any] | None:
    note = HealthNote.objects.filter(request=request).first()
    if note is None:
        return None
    return {
        "tekst": note.text,
        "vrijwilliger_mag_lezen": note.share_with_volunteer,
        "toestemming_gegeven_op": note.consent_given_at.isoformat(),
    }


def help_data_erase(person: Person) -> None:
    HealthNote.objects.filter(request__resident=person).delete()
    Referral.objects.filter(request__resident=person).update(
        contact_name="", handover="", follow_up_result=""
    )
    HelpRequest.objects.filter(resident=person).update(description="", place="", outcome="")
    volunteer = Volunteer.objects.filter(person=person).first()
    if volunteer is not None:
        volunteer.skills = ""
        volunteer.vog_valid_until = None
        volunteer.paused = True
        volunteer.paused_until = None
        volunteer.save()
        HoursEntry.objects.filter(volunteer=volunteer).update(note="")
