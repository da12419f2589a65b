"""The assistant's pages: my lists, a walk list, one door, the paper list (to print and to
type in afterwards), and the sync of visits recorded on a phone without a connection."""

import datetime
import json
import uuid
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Activity
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.outreach.forms import PaperForm, VisitForm
from wijkkracht.outreach.models import Stop
from wijkkracht.outreach.selectors import (
    list_get,
    lists_for,
    stops_with_last_visit,
    upcoming_activities,
)
from wijkkracht.outreach.services.visits import Told, visit_record

WALKERS = ("coordinator", "volunteer")
WORKER = Path(__file__).resolve().parent.parent / "static" / "outreach" / "sw.js"
MOST_PER_SYNC = 500


@role_required("volunteer")
def my_lists_view(request: CollectiveRequest) -> HttpResponse:
    lists = lists_for(request.membership).filter(round__ends_on__gte=timezone.localdate())
    return render(request, "outreach/my_lists.html", {"lists": lists})


@role_required(*WALKERS)
def list_view(request: CollectiveRequest, list_id: int) -> HttpResponse:
    walk_list = list_get(request.membership, list_id)
    paper = PaperForm(request.POST or None, initial={"day": timezone.localdate()})
    if request.method == "POST" and paper.is_valid():
        code = paper.cleaned_data["code"].strip().upper()
        stop = walk_list.stops.select_related("door", "collective").filter(code=code).first()
        if stop is None:
            paper.add_error("code", _("Deze code staat niet op deze lijst."))
        else:
            visit_record(
                actor=request.user,
                stop=stop,
                outcome=paper.cleaned_data["outcome"],
                visited_at=paper.visited_at(),
                on_paper=True,
            )
            messages.success(request, _("Opgeslagen: %(door)s.") % {"door": stop.door})
            return redirect(request.path)
    context = {"list": walk_list, "stops": stops_with_last_visit(walk_list), "paper": paper}
    return render(request, "outreach/list.html", context)


@role_required(*WALKERS)
def list_print_view(request: CollectiveRequest, list_id: int) -> HttpResponse:
    walk_list = list_get(request.membership, list_id)
    context = {"list": walk_list, "stops": walk_list.stops.select_related("door")}
    return render(request, "outreach/list_print.html", context)


def _told(data: dict[str, Any]) -> Told:
    """What the resident told, from the form or from a phone's JSON (an activity by its id)."""
    interest = data.get("interest")
    if interest is not None and not isinstance(interest, Activity):
        interest = upcoming_activities().filter(pk=int(interest)).first()
        if interest is None:
            raise ValueError(interest)
    return Told(
        name=str(data.get("name") or ""),
        phone=str(data.get("phone") or ""),
        question=str(data.get("question") or ""),
        category=str(data.get("category") or "other"),
        join=bool(data.get("join")),
        interest=interest,
    )


@role_required(*WALKERS)
def door_view(request: CollectiveRequest, list_id: int, stop_id: int) -> HttpResponse:
    walk_list = list_get(request.membership, list_id)
    stop = get_object_or_404(
        Stop.objects.select_related("door", "collective"), walk_list=walk_list, pk=stop_id
    )
    form = VisitForm(request.POST or None, initial={"client_id": uuid.uuid4()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            visit_record(
                actor=request.user,
                stop=stop,
                outcome=data["outcome"],
                visited_at=timezone.now(),
                consent=data["consent"],
                told=_told(data),
                client_id=data["client_id"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Opgeslagen: %(door)s.") % {"door": stop.door})
            return redirect("outreach:list", request.collective.slug, walk_list.pk)
    return render(request, "outreach/door.html", {"list": walk_list, "stop": stop, "form": form})


@role_required(*WALKERS)
def sync_view(request: CollectiveRequest, list_id: int) -> HttpResponse:
    """Visits a phone kept while it had no connection, as JSON:
    ``{"visits": [{"id": uuid, "code", "outcome", "at": ISO time, "consent", "name", "phone",
    "question", "category", "join"}]}``. Each is stored once, however often it is sent."""
    walk_list = list_get(request.membership, list_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        visits = json.loads(request.body)["visits"][:MOST_PER_SYNC]
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": _("Dit is geen lijst met bezoeken.")}, status=400)
    stops = {stop.code: stop for stop in walk_list.stops.select_related("door", "collective")}
    stored, already, errors = 0, 0, []
    for data in visits:
        try:
            stop = stops[str(data["code"])]
            when = parse_datetime(str(data["at"])) or timezone.now()
            if timezone.is_naive(when):
                when = timezone.make_aware(when)
            _visit, new = visit_record(
                actor=request.user,
                stop=stop,
                outcome=str(data["outcome"]),
                visited_at=min(when, timezone.now() + datetime.timedelta(minutes=5)),
                consent=bool(data.get("consent")),
                told=_told(data),
                client_id=uuid.UUID(str(data["id"])),
            )
        except (KeyError, ValueError, TypeError, AttributeError):
            errors.append({"id": str(data.get("id", "")), "error": _("Dit bezoek is onleesbaar.")})
        except ValidationError as error:
            errors.append({"id": str(data.get("id", "")), "error": " ".join(error.messages)})
        else:
            stored, already = stored + new, already + (not new)
    return JsonResponse({"stored": stored, "already": already, "errors": errors})


def worker_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """The service worker, served under /<collective>/aanbellen/ so that its scope covers the
    walk lists (a file under /static/ could only serve /static/)."""
    response = HttpResponse(WORKER.read_text(encoding="utf-8"), content_type="text/javascript")
    response["Cache-Control"] = "no-cache"
    return response
