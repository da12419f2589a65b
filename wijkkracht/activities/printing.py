"""The weekly programme on paper: one A4 in large print for the notice board and for members
without internet."""

import datetime
import io
from collections.abc import Sequence
from itertools import groupby

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.activities.models import Occurrence
from wijkkracht.activities.schedule import zone
from wijkkracht.core.printing import PageFlow

TITLE_SIZE, DAY_SIZE, LINE_SIZE, DETAIL_SIZE = 24, 19, 16, 14  # large print: 14 pt and up
EN_DASH = "\u2013"


def _details(occurrence: Occurrence) -> str:
    activity = occurrence.activity
    parts = []
    if activity.place is not None:
        parts.append(
            f"{activity.place.name}, {activity.room.name}" if activity.room else activity.place.name
        )
    if activity.price:
        parts.append(f"€ {activity.price:.2f}".replace(".", ","))
    if occurrence.cancelled:
        parts.append(_("GAAT NIET DOOR"))
    elif activity.signup and occurrence.free is not None:
        free = occurrence.free
        parts.append(
            _("nog %(count)s plaatsen") % {"count": free} if free > 0 else _("vol: wachtlijst")
        )
    elif activity.signup:
        parts.append(_("aanmelden"))
    else:
        parts.append(_("vrije inloop"))
    return " · ".join(parts)


def programme_pdf(
    *, collective_name: str, monday: datetime.date, occurrences: Sequence[Occurrence], footer: str
) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    sunday = monday + datetime.timedelta(days=6)
    title = _("Weekprogramma %(collective)s") % {"collective": collective_name}
    period = _("week %(week)s: %(first)s tot en met %(last)s") % {
        "week": monday.isocalendar()[1],
        "first": date_format(monday, "j F"),
        "last": date_format(sunday, "j F Y"),
    }
    canvas.setTitle(f"{title}, {period}")
    page = PageFlow(canvas, header=f"{title}, {period}", header_size=DETAIL_SIZE)
    page.write(title, "Helvetica-Bold", TITLE_SIZE)
    page.write(period, "Helvetica", LINE_SIZE)
    if not occurrences:
        page.y -= 8 * mm
        page.write(_("Deze week staat er niets in de agenda."), "Helvetica", LINE_SIZE)

    def day_of(occurrence: Occurrence) -> datetime.date:
        return occurrence.starts_at.astimezone(zone()).date()

    for day, day_occurrences in groupby(occurrences, key=day_of):
        page.need(DAY_SIZE * 1.35 + 2 * LINE_SIZE * 1.35 + 6 * mm)
        page.y -= 6 * mm
        page.write(date_format(day, "l j F").capitalize(), "Helvetica-Bold", DAY_SIZE)
        for occurrence in day_occurrences:
            start = occurrence.starts_at.astimezone(zone())
            end = occurrence.ends_at.astimezone(zone())
            page.need(LINE_SIZE * 1.35 + DETAIL_SIZE * 1.35)
            page.write(
                f"{start:%H:%M}{EN_DASH}{end:%H:%M}  {occurrence.activity.title}",
                "Helvetica-Bold",
                LINE_SIZE,
            )
            page.write(_details(occurrence), "Helvetica", DETAIL_SIZE, indent=12 * mm)
    page.y -= 8 * mm
    page.write(footer, "Helvetica", DETAIL_SIZE)
    canvas.save()
    return buffer.getvalue()
