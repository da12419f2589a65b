"""The convocation on paper: one letter per household of members without e-mail, in large
print, with the agenda and how to give a proxy."""

import io
from collections.abc import Sequence

from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.core.models import Person
from wijkkracht.core.printing import PageFlow
from wijkkracht.governance.models import Meeting
from wijkkracht.members.printing import address_lines

SIZE = 14


def convocation_letters_pdf(meeting: Meeting, households: Sequence[list[Person]]) -> bytes:
    """One page per household: addressed to its first member, naming all who may vote."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setTitle(f"Uitnodiging {meeting.title}")
    starts = timezone.localtime(meeting.starts_at)
    items = list(meeting.items.all())
    for household in households:
        flow = PageFlow(canvas)
        flow.write(meeting.collective.name, "Helvetica-Bold", 16)
        flow.y -= 10 * mm
        for line in address_lines(household[0]):
            flow.write(line, "Helvetica", 12)
        flow.y -= 8 * mm
        flow.write(timezone.localdate().strftime("%d-%m-%Y"), "Helvetica", 12)
        flow.y -= 6 * mm
        flow.write(f"Uitnodiging: {meeting.title}", "Helvetica-Bold", SIZE + 2)
        names = ", ".join(person.full_name for person in household)
        flow.write(f"Beste {names},", "Helvetica", SIZE)
        flow.write("U bent lid. Wij nodigen u uit voor de ledenvergadering.", "Helvetica", SIZE)
        flow.write(f"Wanneer: {starts:%d-%m-%Y}, om {starts:%H:%M} uur.", "Helvetica", SIZE)
        flow.write(f"Waar: {meeting.place}", "Helvetica", SIZE)
        flow.y -= 4 * mm
        flow.write("De agenda:", "Helvetica-Bold", SIZE)
        for item in items:
            vote = (
                f" (we stemmen: {item.get_decision_type_display()})" if item.decision_type else ""
            )
            flow.write(f"{item.order}. {item.title}{vote}", "Helvetica", SIZE, indent=5 * mm)
        flow.y -= 4 * mm
        flow.write(
            "Kunt u niet komen? Dan kunt u een ander lid vragen voor u te stemmen: een volmacht. "
            "Bel ons, dan regelen we het.",
            "Helvetica",
            SIZE,
        )
        flow.write(
            f"Met vriendelijke groet, het bestuur van {meeting.collective.name}", "Helvetica", SIZE
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
