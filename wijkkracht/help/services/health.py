"""Health notes (GDPR art. 9): kept only with explicit consent, every read in the access log."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.core.models import User
from wijkkracht.core.services.audit import access_record, audit_record
from wijkkracht.help.models import HealthNote, HelpRequest

# Lazy: read out in the language of the page that shows it.
CONSENT_TEXT = gettext_lazy(
    "Ik geef toestemming dat de coördinator deze informatie over mijn gezondheid bewaart. "
    "Alleen de coördinator leest het, en de vrijwilliger als dat nodig is voor de hulp. "
    "Ik kan de toestemming altijd intrekken; dan wissen we de notitie."
)


@transaction.atomic
def health_note_save(
    *,
    actor: User | None,
    request: HelpRequest,
    text: str,
    share_with_volunteer: bool,
    consent: bool,
    consent_via: str,
) -> HealthNote:
    """Keep or change the note; without the resident's explicit consent nothing is kept."""
    if not consent:
        raise ValidationError(
            _(
                "Zonder uitdrukkelijke toestemming van de bewoner "
                "bewaren we geen gezondheidsgegevens."
            )
        )
    if not text.strip():
        raise ValidationError(_("De notitie is leeg."))
    note = HealthNote.objects.filter(request=request).first() or HealthNote(
        collective_id=request.collective_id, request=request
    )
    if note.pk is None:
        note.consent_given_at = timezone.now()
        note.consent_via = consent_via
        note.consent_recorded_by = actor
    note.text = text.strip()
    note.share_with_volunteer = share_with_volunteer
    note.save()
    # The audit row says that the note changed, never what it says.
    audit_record(
        actor=actor,
        action="health_note.save",
        target=note,
        collective=request.collective,
        on_behalf_of=request.resident,
    )
    return note


@transaction.atomic
def health_note_erase(*, actor: User | None, note: HealthNote) -> None:
    """The resident withdrew consent: the note goes, the audit row says when and by whom."""
    request = note.request
    audit_record(
        actor=actor,
        action="health_note.erase",
        target=note,
        collective=request.collective,
        on_behalf_of=request.resident,
    )
    note.delete()


def health_note_read(*, actor: User, actor_role: str, note: HealthNote) -> HealthNote:
    """Return the note after logging the read, so the resident can see who looked."""
    access_record(
        actor=actor,
        actor_role=actor_role,
        person=note.request.resident,
        record=str(note),
    )
    return note
