"""Proxies (art. 2:38 lid 5 BW): written or electronic, only between members with a vote, at
most the statuten's number per holder, no chains (so no cycles), revocable until the meeting
votes, and void when the member comes in person. One writer per meeting at a time, so two
coordinators recording proxies after phone calls cannot pass the cap together."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Person, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.governance.models import Decision, Meeting, Proxy
from wijkkracht.governance.services.meetings import voters


def proxies_lock(meeting: Meeting) -> Meeting:
    return Meeting.objects.select_for_update().select_related("statutes").get(pk=meeting.pk)


def _refuse(meeting: Meeting, giver: Person, holder: Person) -> None:
    statutes = meeting.statutes
    if not statutes.proxies_allowed:
        raise ValidationError(_("De statuten staan volmachten niet toe."))
    if giver.pk == holder.pk:
        raise ValidationError(_("Een lid kan zichzelf geen volmacht geven."))
    roll = voters(meeting)
    for person in (giver, holder):
        if not roll.filter(pk=person.pk).exists():
            raise ValidationError(
                _(
                    "%(name)s is geen lid met stemrecht. Alleen leden kunnen een volmacht geven "
                    "en krijgen."
                )
                % {"name": person.full_name}
            )
    active = meeting.proxies.filter(revoked_at__isnull=True)
    if meeting.attendances.filter(person=giver).exists():
        raise ValidationError(_("%(name)s is er zelf.") % {"name": giver.full_name})
    if active.filter(giver=giver).exists():
        raise ValidationError(
            _("%(name)s gaf al een volmacht. Trek die eerst in.") % {"name": giver.full_name}
        )
    if active.filter(giver=holder).exists():
        raise ValidationError(
            _("%(name)s gaf zelf een volmacht aan een ander. Een volmacht doorgeven kan niet.")
            % {"name": holder.full_name}
        )
    if active.filter(holder=giver).exists():
        raise ValidationError(
            _("%(name)s heeft zelf een volmacht van een ander. Een volmacht doorgeven kan niet.")
            % {"name": giver.full_name}
        )
    if active.filter(holder=holder).count() >= statutes.max_proxies:
        raise ValidationError(
            _("%(name)s heeft al %(max)s volmacht(en): meer staan de statuten niet toe.")
            % {"name": holder.full_name, "max": statutes.max_proxies}
        )


@transaction.atomic
def proxy_give(
    *, actor: User | None, meeting: Meeting, giver: Person, holder: Person, via: str, note: str = ""
) -> Proxy:
    meeting = proxies_lock(meeting)
    if Decision.objects.filter(item__meeting=meeting).exists():
        raise ValidationError(_("Er is al gestemd. Een volmacht geven kan niet meer."))
    _refuse(meeting, giver, holder)
    proxy = Proxy.objects.create(
        collective=meeting.collective,
        meeting=meeting,
        giver=giver,
        holder=holder,
        via=via,
        note=note,
        recorded_by=actor,
    )
    audit_record(
        actor=actor,
        action="governance.proxy",
        target=proxy,
        collective=meeting.collective,
        on_behalf_of=giver,
        data={"via": via},
    )
    return proxy


@transaction.atomic
def proxy_revoke(*, actor: User | None, proxy: Proxy) -> Proxy:
    meeting = proxies_lock(proxy.meeting)
    if Decision.objects.filter(item__meeting=meeting).exists():
        raise ValidationError(_("Er is al gestemd. De volmacht kan niet meer worden ingetrokken."))
    proxy.revoked_at = timezone.now()
    proxy.save(update_fields=["revoked_at"])
    audit_record(
        actor=actor,
        action="governance.proxy_revoke",
        target=proxy,
        collective=meeting.collective,
        on_behalf_of=proxy.giver,
    )
    return proxy
