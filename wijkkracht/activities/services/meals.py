"""Diets and allergies of the guests at a shared meal: kept with consent, read with a trace."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Allergen, DietProfile
from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import access_record, audit_record

DIET_RECORD = "dieet en allergieën"


@transaction.atomic
def diet_save(
    *,
    actor: User | None,
    person: Person,
    consent: bool,
    via: str,
    diet: str,
    allergens: list[str],
    texture: str,
    note: str = "",
) -> DietProfile:
    """Keep what a guest may eat. Allergies are health data: without consent, nothing is kept."""
    if not consent:
        raise ValidationError(
            _("Zonder toestemming bewaren we geen dieet of allergieën. Vink de toestemming aan.")
        )
    unknown = set(allergens) - set(Allergen.values)
    if unknown:
        raise ValidationError(_("Onbekende allergie: %(codes)s.") % {"codes": ", ".join(unknown)})
    profile = DietProfile.objects.filter(person=person).first() or DietProfile(
        collective_id=person.collective_id, person=person
    )
    profile.diet, profile.allergens, profile.texture, profile.note = (
        diet,
        sorted(allergens),
        texture,
        note,
    )
    profile.consent_via, profile.consent_at = via, timezone.now()
    profile.full_clean(exclude=["collective", "person"])
    profile.save()
    # The audit row says that it changed, never what: the content is health data.
    audit_record(
        actor=actor,
        action="diet.save",
        target=profile,
        collective=person.collective,
        on_behalf_of=person,
    )
    return profile


@transaction.atomic
def diet_erase(*, actor: User | None, person: Person) -> None:
    """Consent withdrawn: the profile goes."""
    deleted, _rows = DietProfile.objects.filter(person=person).delete()
    if deleted:
        audit_record(
            actor=actor,
            action="diet.erase",
            target=person,
            collective=person.collective,
            on_behalf_of=person,
        )


def diets_read(*, actor: User, actor_role: str, profiles: list[DietProfile]) -> None:
    """Log that a cook or host saw these guests' diets, for each guest to see later."""
    for profile in profiles:
        access_record(actor=actor, actor_role=actor_role, person=profile.person, record=DIET_RECORD)
