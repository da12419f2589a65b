"""The walk-in desk: log each question in two clicks — its topic, then where it went."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import User
from wijkkracht.info.models import Need, Organisation, Question, WalkInHour


def question_log(*, actor: User | None, walk_in: WalkInHour, topic: str) -> Question:
    if topic not in Need.values:
        raise ValidationError(_("Kies een onderwerp."))
    return Question.objects.create(
        collective_id=walk_in.collective_id, walk_in=walk_in, topic=topic, logged_by=actor
    )


@transaction.atomic
def question_refer(*, question: Question, organisation: Organisation | None) -> Question:
    """Where the question went: an organisation on the map, or None when answered at the desk."""
    question.referred_to = organisation
    question.answered_here = organisation is None
    question.save(update_fields=["referred_to", "answered_here"])
    return question
