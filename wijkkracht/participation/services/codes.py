"""The codes printed on paper ballots and questionnaires, and the roll they belong to.

A code has 10 characters from 32 (50 bits): nobody guesses one of a village's 750. Only a keyed
hash is stored, so the codes cannot be read back from the database; the letter shows the code
once. The roll says who took part, never what they chose.
"""

import hashlib
import hmac
import secrets
from collections.abc import Collection

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.members.selectors import household
from wijkkracht.participation.models import Invitation, Survey
from wijkkracht.participation.selectors import RollTarget, place_of, roll, roll_field

# No 0/O and 1/I: a volunteer types them from paper.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LENGTH = 10


def code_new() -> str:
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def code_hash(code: str) -> str:
    plain = "".join(char for char in code.upper() if char.isalnum())
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"paper-code:{plain}".encode(), hashlib.sha256).hexdigest()


def pair_key(survey: Survey, person: Person) -> str:
    """The same key for a person in a survey and the survey it follows, and no other: their
    before and after can be compared without a name."""
    series = survey.follows_id or survey.pk
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"pair:{series}:{person.pk}".encode(), hashlib.sha256).hexdigest()


def roll_fill(*, target: RollTarget, persons: list[Person], per_household: bool = False) -> int:
    """Put these persons on the roll (one per address when per household); return how many
    were added. Who is already on it stays."""
    present = set(roll(target).values_list("person_id", "household"))
    seen_people = {person_id for person_id, _ in present}
    seen_homes = {home for _, home in present}
    added = []
    for person in persons:
        home = household(person)
        if person.pk in seen_people or (per_household and home in seen_homes):
            continue
        seen_people.add(person.pk)
        seen_homes.add(home)
        added.append(
            Invitation(
                collective=target.collective,
                person=person,
                household=home,
                **{roll_field(target): target},
            )
        )
    Invitation.objects.bulk_create(added)
    return len(added)


@transaction.atomic
def letters_make(
    *, actor: User | None, target: RollTarget, persons: Collection[int] | None = None
) -> list[tuple[Invitation, str]]:
    """Give everyone on the roll (of these persons, when given) who has not taken part and has
    no letter yet a new code."""
    places = roll(target).select_for_update().filter(used_at=None, code_hash=None)
    if persons is not None:
        places = places.filter(person_id__in=persons)
    invitations = list(
        places.select_related("person").order_by("person__postcode", "person__house_number", "pk")
    )
    now = timezone.now()
    letters = []
    for invitation in invitations:
        code = code_new()
        invitation.code_hash = code_hash(code)
        invitation.code_made_at = now
        letters.append((invitation, code))
    Invitation.objects.bulk_update(invitations, ["code_hash", "code_made_at"])
    audit_record(
        actor=actor,
        action="participation.letters_make",
        target=target,
        collective=target.collective,
        data={"letters": len(letters)},
    )
    return letters


@transaction.atomic
def letter_again(*, actor: User | None, invitation: Invitation) -> str:
    """A new code for one lost letter; the old code stops working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.used_at:
        raise ValidationError(_("Deze persoon heeft al meegedaan."))
    code = code_new()
    invitation.code_hash = code_hash(code)
    invitation.code_made_at = timezone.now()
    invitation.save(update_fields=["code_hash", "code_made_at"])
    audit_record(
        actor=actor,
        action="participation.letter_again",
        target=invitation,
        collective=invitation.collective,
    )
    return code


def take_part(
    *, target: RollTarget, channel: str, code: str = "", person: Person | None = None
) -> Invitation:
    """Lock and use the roll place of this code or person: one go per place, whatever the
    channel. Call inside the transaction that stores the ballot or the answers."""
    places = roll(target).select_for_update()
    if code:
        place = places.filter(code_hash=code_hash(code)).first()
        if place is None:
            raise ValidationError(_("Deze code kennen we niet. Kijk de letters en cijfers na."))
    else:
        place = place_of(target, person, places=places) if person else None
        if place is None:
            raise ValidationError(_("U staat niet op de lijst van deelnemers."))
    if place.used_at:
        raise ValidationError(_("Met deze uitnodiging is al meegedaan. Dat kan maar één keer."))
    place.used_at = timezone.now()
    place.channel = channel
    place.save(update_fields=["used_at", "channel"])
    return place
