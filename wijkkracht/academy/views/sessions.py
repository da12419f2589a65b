"""One session's attendance: the teacher's list, the printed sign-in list and typing it in,
the code on the screen in the room, and checking in with it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.academy.access import taught_session
from wijkkracht.academy.models import Attendance
from wijkkracht.academy.services.attendance import (
    ROOM_STEP,
    paper_code,
    paper_codes_enter,
    room_check_in,
    room_code,
    room_code_seconds_left,
    sessions_now,
    teacher_ticks_save,
)
from wijkkracht.academy.services.editions import enrolled
from wijkkracht.core.access import CollectiveRequest, role_required


def _minutes(value: str) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0


@role_required()
def session_view(request: CollectiveRequest, session_id: int) -> HttpResponse:
    session = taught_session(request, session_id, volunteer=True)
    places = enrolled(session)
    if request.method == "POST":
        rows = {
            registration.person_id: (
                request.POST.get(f"here_{registration.person_id}") == "on",
                _minutes(request.POST.get(f"late_{registration.person_id}", "")),
                _minutes(request.POST.get(f"early_{registration.person_id}", "")),
            )
            for registration in places
        }
        try:
            present = teacher_ticks_save(actor=request.user, session=session, rows=rows)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Opgeslagen: %(n)s aanwezig.") % {"n": present})
            return redirect("academy:session", request.collective.slug, session.pk)
    attendance = {row.person_id: row for row in Attendance.objects.filter(session=session)}
    context = {
        "session": session,
        "rows": [(r.person, attendance.get(r.person_id)) for r in places],
        "length": sum(block["minutes"] for block in session.blocks),
    }
    return render(request, "academy/session.html", context)


@role_required()
def session_sheet_view(request: CollectiveRequest, session_id: int) -> HttpResponse:
    session = taught_session(request, session_id)
    rows = [(r.person, paper_code(session, r.person)) for r in enrolled(session)]
    return render(request, "academy/sheet.html", {"session": session, "rows": rows})


@role_required()
def session_paper_view(request: CollectiveRequest, session_id: int) -> HttpResponse:
    session = taught_session(request, session_id, volunteer=True)
    codes = request.POST.get("codes", "")
    if request.method == "POST":
        try:
            present = paper_codes_enter(actor=request.user, session=session, codes=codes)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            names = ", ".join(person.full_name for person in present)
            messages.success(request, _("Aanwezig gezet: %(names)s.") % {"names": names})
            return redirect("academy:session_paper", request.collective.slug, session.pk)
    return render(request, "academy/paper.html", {"session": session, "codes": codes})


@role_required()
def session_room_view(request: CollectiveRequest, session_id: int) -> HttpResponse:
    session = taught_session(request, session_id)
    now = timezone.now()
    context = {
        "session": session,
        "code": room_code(session, now),
        "refresh": room_code_seconds_left(now),
        "step": ROOM_STEP,
    }
    return render(request, "academy/room.html", context)


@role_required()
def check_in_view(request: CollectiveRequest) -> HttpResponse:
    person = request.membership.person
    if request.method == "POST" and person is not None:
        try:
            session = room_check_in(
                actor=request.user, person=person, code=request.POST.get("code", "")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("U bent aangemeld bij %(course)s. Fijne les!")
                % {"course": session.edition.course.title},
            )
        return redirect("academy:check_in", request.collective.slug)
    sessions = sessions_now(person, timezone.now()) if person else []
    return render(request, "academy/check_in.html", {"sessions": sessions})
