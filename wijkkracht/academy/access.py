"""Who runs a course's sessions: the coordinator and the course's teachers; a volunteer may
type in a sign-in list and the minutes written on it. Anyone else gets a 404."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from wijkkracht.academy.models import Course, Edition, Session
from wijkkracht.core.access import CollectiveRequest


def teaches(request: CollectiveRequest, course: Course) -> bool:
    if request.membership.has("coordinator"):
        return True
    person = request.membership.person
    return person is not None and course.teachers.filter(pk=person.pk).exists()


def taught_edition(request: CollectiveRequest, edition_id: int) -> Edition:
    edition = get_object_or_404(Edition.objects.select_related("course", "activity"), pk=edition_id)
    if not teaches(request, edition.course):
        raise Http404
    return edition


def taught_session(
    request: CollectiveRequest, session_id: int, *, volunteer: bool = False
) -> Session:
    session = get_object_or_404(
        Session.objects.select_related("occurrence", "edition__course"), pk=session_id
    )
    if not (
        teaches(request, session.edition.course)
        or (volunteer and request.membership.has("volunteer"))
    ):
        raise Http404
    return session
