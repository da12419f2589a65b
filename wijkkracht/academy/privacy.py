"""A person's learning for the export (sessions attended, certificates, register numbers) and
its erasure. An erased certificate no longer verifies: the public check then knows no such
code."""

from typing import Any

from django.utils import timezone

from wijkkracht.academy.models import Attendance, Certificate, RegisterNumber
from wijkkracht.academy.services.certificates import certificate_fields
from wijkkracht.core.models import Person


def academy_data_export(person: Person) -> dict[str, Any]:
    attendances = Attendance.objects.filter(person=person).select_related(
        "session__occurrence", "session__edition__course"
    )
    return {
        "cursus_bijeenkomsten": [
            {
                "cursus": row.session.edition.course.title,
                "begon": timezone.localtime(row.session.occurrence.starts_at).isoformat(),
                "minuten_te_laat": row.late_minutes,
                "minuten_eerder_weg": row.early_minutes,
                "aangemeld_via": row.get_via_display(),
            }
            for row in attendances
        ],
        "certificaten": [
            {**certificate_fields(c), "ingetrokken_op": c.revoked_on and c.revoked_on.isoformat()}
            for c in Certificate.objects.filter(person=person)
        ],
        "registratienummers": [
            {
                "register": n.register,
                "nummer": n.number,
                "periode_vanaf": n.period_start.isoformat(),
            }
            for n in RegisterNumber.objects.filter(person=person)
        ],
    }


def academy_data_erase(person: Person) -> None:
    Attendance.objects.filter(person=person).delete()
    Certificate.objects.filter(person=person).delete()
    RegisterNumber.objects.filter(person=person).delete()
