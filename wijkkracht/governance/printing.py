"""The convocation on paper: one letter per household of members without e-mail, in large
print, with the agenda and how to give a proxy."""

import io
import re
from collections.abc import Sequence

from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.core.models import Person
from wijkkracht.core.printing import PageFlow
from wijkkracht.governance.annual_report import Bar, Report
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


BAR_WIDTH = 90 * mm


def _scale(bar: Bar) -> float | None:
    """The bar's full length: 100 for a share, the top of a scale named in its label
    ("Sociale samenhang (0 tot 10)"); None when the label names none (then only numbers)."""
    if bar.unit == "%":
        return 100.0
    found = re.search(r"\(0 tot (\d+)\)", bar.label)
    return float(found.group(1)) if found else None


def _bars(flow: PageFlow, bars: list[Bar]) -> None:
    """Per figure: the collective's bar in green and the country's in grey, with the numbers."""
    canvas = flow.canvas
    for bar in bars:
        scale = _scale(bar)
        flow.need(22 * mm)
        flow.write(bar.label, "Helvetica-Bold", 12)
        for value, colour, who in (
            (bar.value, (0.13, 0.4, 0.25), "wij"),
            (bar.national, (0.6, 0.6, 0.6), "Nederland"),
        ):
            if value is None:
                continue
            flow.y -= 7 * mm
            if scale:
                canvas.setFillColorRGB(*colour)
                length = BAR_WIDTH * min(value / scale, 1.0)
                canvas.rect(flow.margin, flow.y, length, 5 * mm, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont("Helvetica", 11)
            number = f"{value:.1f}".replace(".", ",") + (" %" if bar.unit == "%" else "")
            canvas.drawString(flow.margin + BAR_WIDTH + 4 * mm, flow.y + 1 * mm, f"{who}: {number}")
        flow.y -= 4 * mm


def annual_report_pdf(report: Report) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    title = f"Jaarverslag {report.year}, {report.collective}"
    canvas.setTitle(title)
    flow = PageFlow(canvas, header=title, header_size=11)
    flow.write(title, "Helvetica-Bold", 22)
    flow.write("Wat wij samen deden, in gewone woorden.", "Helvetica", SIZE)

    def section(heading: str, lines: list[str]) -> None:
        flow.need(30 * mm)
        flow.y -= 6 * mm
        flow.write(heading, "Helvetica-Bold", SIZE + 2)
        for line in lines:
            flow.write(line, "Helvetica", SIZE)

    left = [f"{reason}: {count}" for reason, count in report.left] or ["Niemand ging weg."]
    section(
        "Leden",
        [
            f"Op 1 januari waren er {report.members_start} leden, op 31 december "
            f"{report.members_end}.",
            f"Er kwamen {report.joined} leden bij. Zo gingen leden weg:",
            *left,
        ],
    )
    collected = f"{report.collected:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    section("Contributie", [f"Ontvangen: € {collected}."])
    section(
        "Hulp en samen doen",
        [
            f"Vrijwilligers hielpen {report.help_done} keer een buurtgenoot.",
            f"Er waren {report.activities} activiteiten; samen {report.visits} keer was er iemand.",
        ],
    )
    for name, bars in report.measurements:
        section(f"Meting: {name}", ["Groen: wij. Grijs: heel Nederland."])
        _bars(flow, bars)
    decisions = [
        f"{d.number} ({d.decided_on:%d-%m-%Y}): {d.text} "
        f"{'Aangenomen' if d.adopted else 'Niet aangenomen'}, {d.votes_for} voor, "
        f"{d.votes_against} tegen."
        for d in report.decisions
    ] or ["De ledenvergadering nam dit jaar geen besluiten."]
    section("Besluiten van de ledenvergadering", decisions)
    section(
        "De jaarrekening",
        ["De jaarrekening staat apart; de penningmeester stuurt haar mee met de oproep."],
    )
    canvas.save()
    return buffer.getvalue()
