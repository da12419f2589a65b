"""Who sees a circle: the coordinator, and the people in it. Anyone else gets a 404."""

from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import get_object_or_404

from wijkkracht.care.models import Circle, CircleRole, Member
from wijkkracht.care.services.circles import role_words
from wijkkracht.core.access import CollectiveRequest


@dataclass(frozen=True)
class CircleAccess:
    circle: Circle
    member: Member | None  # None: the coordinator, who is not in the circle
    coordinator: bool

    @property
    def manages(self) -> bool:
        """The coordinator and the main carer add tasks and ask for respite."""
        return self.coordinator or (
            self.member is not None and self.member.role == CircleRole.MAIN_CARER
        )

    @property
    def reads_notes(self) -> bool:
        return self.coordinator or (self.member is not None and self.member.reads_notes)

    @property
    def claims(self) -> bool:
        return self.member is not None and not self.member.view_only

    @property
    def role(self) -> str:
        return role_words(self.member)


def circle_access(request: CollectiveRequest, circle_id: int) -> CircleAccess:
    circle = get_object_or_404(Circle.objects.select_related("person"), pk=circle_id)
    person = request.membership.person
    member = (
        circle.members.select_related("person").filter(person=person).first() if person else None
    )
    coordinator = request.membership.has("coordinator")
    if member is None and not coordinator:
        raise Http404
    return CircleAccess(circle=circle, member=member, coordinator=coordinator)


def managed_circle(request: CollectiveRequest, circle_id: int) -> Circle:
    """The circle, for the coordinator and the main carer only."""
    access = circle_access(request, circle_id)
    if not access.manages:
        raise Http404
    return access.circle
