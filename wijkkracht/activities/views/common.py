from django.http import Http404
from django.shortcuts import get_object_or_404

from wijkkracht.activities.models import Activity, Occurrence, Place
from wijkkracht.activities.selectors import can_manage, sees_private
from wijkkracht.core.access import CollectiveRequest


def visible_place(request: CollectiveRequest, place_id: int) -> Place:
    """A place the requester may see: public ones for everyone, all for the collective."""
    place = get_object_or_404(Place, pk=place_id)
    if not place.public and not sees_private(request.membership):
        raise Http404
    return place


def _visible(request: CollectiveRequest, activity: Activity) -> bool:
    return sees_private(request.membership) or (
        activity.public and (activity.place is None or activity.place.public)
    )


def visible_activity(request: CollectiveRequest, activity_id: int) -> Activity:
    activity = get_object_or_404(Activity.objects.select_related("place", "room"), pk=activity_id)
    if not _visible(request, activity):
        raise Http404
    return activity


def visible_occurrence(request: CollectiveRequest, occurrence_id: int) -> Occurrence:
    occurrence = get_object_or_404(
        Occurrence.objects.select_related("activity__place", "activity__room"), pk=occurrence_id
    )
    if not _visible(request, occurrence.activity):
        raise Http404
    return occurrence


def managed_activity(request: CollectiveRequest, activity_id: int) -> Activity:
    """An activity the requester runs (coordinator or its contact person); else 404."""
    activity = get_object_or_404(Activity.objects.select_related("place", "room"), pk=activity_id)
    if not can_manage(request.membership, activity):
        raise Http404
    return activity


def managed_occurrence(request: CollectiveRequest, occurrence_id: int) -> Occurrence:
    occurrence = get_object_or_404(
        Occurrence.objects.select_related("activity__place", "activity__room"), pk=occurrence_id
    )
    if not can_manage(request.membership, occurrence.activity):
        raise Http404
    return occurrence
