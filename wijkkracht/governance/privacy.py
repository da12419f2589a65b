"""What the members' meetings hold about a person, for the export, and its erasure.

Who came, who held whose proxy, who signed a request and who checked the accounts are the
association's records of how its decisions were taken: they stay, with the person's name gone
(the person is anonymised). How someone voted in an open vote is kept only until the decision
is counted; after that the decision's totals are the record and the votes go.
"""

from typing import Any

from django.utils import timezone

from wijkkracht.core.models import Person
from wijkkracht.governance.models import (
    AccountsCheck,
    Amendment,
    Attendance,
    Proxy,
    Signature,
    Vote,
)


def governance_data_export(person: Person) -> dict[str, Any]:
    def day(value: Any) -> str:
        return timezone.localtime(value).date().isoformat()

    return {
        "aanwezig_op_ledenvergaderingen": [
            {"vergadering": a.meeting.title, "datum": day(a.meeting.starts_at), "hoe": a.via}
            for a in Attendance.objects.filter(person=person).select_related("meeting")
        ],
        "volmachten_gegeven": [
            {
                "vergadering": p.meeting.title,
                "aan": p.holder.full_name,
                "ingetrokken": bool(p.revoked_at),
            }
            for p in Proxy.objects.filter(giver=person).select_related("meeting", "holder")
        ],
        "volmachten_gekregen": [
            {
                "vergadering": p.meeting.title,
                "van": p.giver.full_name,
                "ingetrokken": bool(p.revoked_at),
            }
            for p in Proxy.objects.filter(holder=person).select_related("meeting", "giver")
        ],
        "stemmen": [
            {"onderwerp": v.item.title, "stem": v.get_choice_display()}
            for v in Vote.objects.filter(voter=person).select_related("item")
        ],
        "verzoeken_ondertekend": [
            s.request.subject
            for s in Signature.objects.filter(person=person).select_related("request")
        ],
        "wijzigingen_notulen": [a.text for a in Amendment.objects.filter(person=person)],
        "kascommissie": [
            {"jaar": c.accounts.year, "akkoord": c.approved, "opmerking": c.remark}
            for c in AccountsCheck.objects.filter(person=person).select_related("accounts")
        ],
    }


def governance_data_erase(person: Person) -> None:
    Vote.objects.filter(voter=person, item__decision__isnull=False).delete()
