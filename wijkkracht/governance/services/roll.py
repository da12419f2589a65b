"""The meeting's roll with the codes to come in by: the convocation gives every member a code
(on the letter, in the e-mail, on their own page); at the door a volunteer types it and the
member is present.

The meeting's roll is the participation roll (`participation.Invitation`); the code is worked
out from the meeting and the person with a key, so the letter, the e-mail task and the member's
page can each show it without it being stored; the roll keeps only its keyed hash, as for
every participation code.
"""

import hashlib
import hmac

from django.conf import settings
from django.utils import timezone

from wijkkracht.core.models import Person
from wijkkracht.governance.models import Meeting
from wijkkracht.participation.models import Invitation
from wijkkracht.participation.selectors import roll
from wijkkracht.participation.services.codes import ALPHABET, LENGTH, code_hash, roll_fill


def checkin_code(meeting: Meeting, person: Person) -> str:
    """Ten characters in the participation codes' alphabet, as ABCD-EFGH-JK."""
    key = settings.SECRET_KEY.encode()
    digest = hmac.new(key, f"alv:{meeting.pk}:{person.pk}".encode(), hashlib.sha256).digest()
    code = "".join(ALPHABET[byte % len(ALPHABET)] for byte in digest[:LENGTH])
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def checkin_roll(meeting: Meeting, persons: list[Person]) -> None:
    """Put the members on the meeting's roll, each with the hash of their code."""
    roll_fill(target=meeting, persons=persons)
    places = list(roll(meeting).filter(code_hash=None).select_related("person"))
    now = timezone.now()
    for place in places:
        place.code_hash = code_hash(checkin_code(meeting, place.person))
        place.code_made_at = now
    Invitation.objects.bulk_update(places, ["code_hash", "code_made_at"])
