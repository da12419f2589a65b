"""A resident's care data for the export (their circle, its tasks and notes; their own place in
other circles) and its erasure (their circle and everything in it; their places elsewhere)."""

from typing import Any

from wijkkracht.care.models import Circle, Member
from wijkkracht.core.models import Person


def care_data_export(person: Person) -> dict[str, Any]:
    """Top-level sections, as the export page shows them: the own circle (or nothing) and the
    places in other people's circles."""
    circle = Circle.objects.filter(person=person).first()
    data: dict[str, Any] = {
        "zorgcirkel": {},
        "zorgcirkel_mensen": [],
        "zorgcirkel_taken": [],
        "zorgcirkel_notities": [],
    }
    if circle is not None:
        data["zorgcirkel"] = {
            "toestemming_gegeven_op": circle.consent_at.isoformat(),
            "toestemming_van": circle.get_consent_by_display(),
            "geboortedatum": circle.birth_date.isoformat() if circle.birth_date else None,
        }
        data["zorgcirkel_mensen"] = [
            {"naam": m.person.full_name, "rol": m.get_role_display()}
            for m in circle.members.select_related("person")
        ]
        data["zorgcirkel_taken"] = [
            {"datum": t.date.isoformat(), "wat": t.title} for t in circle.tasks.all()
        ]
        data["zorgcirkel_notities"] = [
            {"op": n.created_at.isoformat(), "door": n.written_by_name, "tekst": n.text}
            for n in circle.notes.all()
        ]
    data["in_zorgcirkels_van_anderen"] = [
        {
            "cirkel_rond": m.circle.person.full_name,
            "rol": m.get_role_display(),
            "uren_per_week": str(m.hours_per_week) if m.hours_per_week else None,
            "zorgt_sinds": m.cares_since.isoformat() if m.cares_since else None,
            "op_lijst_mantelzorgwaardering": m.appreciation_consent,
        }
        for m in Member.objects.filter(person=person).select_related("circle__person")
    ]
    return data


def care_data_erase(person: Person) -> None:
    Circle.objects.filter(person=person).delete()
    Member.objects.filter(person=person).delete()
