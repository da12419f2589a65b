"""What the meeting places hold about a person, and what erasure removes.

Sign-ups and attendance stay as anonymous counts for the impact figures (the person row is
erased by core); the diet profile, the person's posts and reports go, and bookings lose
their requester.
"""

from typing import Any

from wijkkracht.activities.models import Booking, DietProfile, Post, PostReport, Registration
from wijkkracht.activities.schedule import zone
from wijkkracht.core.models import Person


def activities_data_export(person: Person) -> dict[str, Any]:
    registrations = Registration.objects.filter(person=person).select_related(
        "occurrence__activity"
    )
    profile = DietProfile.objects.filter(person=person).first()
    data: dict[str, Any] = {
        "aanmeldingen": [
            {
                "activiteit": registration.occurrence.activity.title,
                "wanneer": registration.occurrence.starts_at.astimezone(zone()).isoformat(),
                "stand": registration.get_status_display(),
                "via": registration.get_via_display(),
                "vervoer_nodig": registration.needs_transport,
                "was_er": registration.attended,
            }
            for registration in registrations
        ],
        "prikbord": [
            {"kopje": post.title, "tekst": post.text, "geplaatst": post.created_at.isoformat()}
            for post in Post.objects.filter(author=person)
        ],
        "reserveringen": [
            {
                "zaal": str(booking.room),
                "waarvoor": booking.purpose,
                "van": booking.starts_at.isoformat(),
                "tot": booking.ends_at.isoformat(),
                "stand": booking.get_status_display(),
            }
            for booking in Booking.objects.filter(requested_by=person).select_related("room__place")
        ],
    }
    if profile is not None:
        data["dieet"] = {
            "eet": profile.get_diet_display(),
            "allergieen": profile.allergen_labels,
            "eten": profile.get_texture_display(),
            "verder": profile.note,
            "toestemming_via": profile.get_consent_via_display(),
            "toestemming_op": profile.consent_at.isoformat(),
        }
    return data


def activities_data_erase(person: Person) -> None:
    DietProfile.objects.filter(person=person).delete()
    Post.objects.filter(author=person).delete()
    PostReport.objects.filter(reporter=person).delete()
    Booking.objects.filter(requested_by=person).update(requested_by=None)
