"""Pieces the coordinator's pages and the member's own pages share."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import Person, User
from wijkkracht.members.forms import ConsentForm
from wijkkracht.members.models import Consent, ConsentText, ConsentTopic
from wijkkracht.members.services.members import consent_give, consent_withdraw


@dataclass(frozen=True)
class ConsentState:
    topic: str
    label: str
    text: ConsentText | None
    consent: Consent | None


def member_consents(person: Person) -> list[ConsentState]:
    """Each topic with its newest wording and the person's standing consent, if any."""
    standing = {
        consent.topic: consent
        for consent in Consent.objects.filter(person=person, withdrawn_at=None).select_related(
            "text"
        )
    }
    newest: dict[str, ConsentText] = {}
    for text in ConsentText.objects.order_by("topic", "-version"):
        newest.setdefault(text.topic, text)
    return [
        ConsentState(
            topic=value, label=str(label), text=newest.get(value), consent=standing.get(value)
        )
        for value, label in ConsentTopic.choices
    ]


def consent_change(request: HttpRequest, person: Person, form: ConsentForm) -> None:
    """Give or withdraw one consent and tell the user; for the member and the coordinator."""
    assert isinstance(request.user, User)  # noqa: S101 - role_required let only users in
    topic = form.cleaned_data["topic"]
    label = ConsentTopic(topic).label
    try:
        if form.cleaned_data["action"] == "give":
            via = form.cleaned_data["via"] or "online"
            consent_give(actor=request.user, person=person, topic=topic, via=via)
            messages.success(request, _("Toestemming gegeven: %(topic)s.") % {"topic": label})
        else:
            consent_withdraw(actor=request.user, person=person, topic=topic)
            messages.success(request, _("Toestemming ingetrokken: %(topic)s.") % {"topic": label})
    except ValidationError as error:
        show_errors(request, error)
