"""The convocation on paper: one letter per household of members without e-mail, in large
print, with the agenda and how to give a proxy."""

import io
import re
from collections.abc import Callable, Sequence

from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.core.models import Person
from wijkkracht.core.printing import PageFlow
from wijkkracht.governance.accounts_sheet import euro
from wijkkracht.governance.annual_report import Bar, Report
from wijkkracht.governance.models import AgendaItem, Meeting
from wijkkracht.governance.services.roll import checkin_code
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
        flow.write("Neem deze brief mee. Met de code komt u snel binnen:", "Helvetica", SIZE)
        for person in household:
            code = checkin_code(meeting, person)
            flow.write(f"{person.full_name}: {code}", "Courier-Bold", SIZE + 2, indent=5 * mm)
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


def _accounts(flow: PageFlow, section: Callable[[str, list[str]], None], report: Report) -> None:
    """Per part its lines with the amount at the right, the total, the result, the committee."""
    accounts = report.accounts
    if accounts is None:
        section("De jaarrekening", [f"De jaarrekening over {report.year} is nog niet klaar."])
        return
    section(f"De jaarrekening over {report.year}", [])
    right = flow.margin + flow.width
    for label, rows, total in accounts.parts:
        flow.need(20 * mm)
        flow.y -= 3 * mm
        flow.write(label[0].upper() + label[1:], "Helvetica-Bold", SIZE)
        for name, amount in [*rows, ("Totaal", total)]:
            font = "Helvetica-Bold" if name == "Totaal" else "Helvetica"
            flow.write(name, font, SIZE - 1, indent=5 * mm)
            flow.canvas.drawRightString(right, flow.y, euro(amount))
    flow.y -= 3 * mm
    flow.write("Resultaat (baten min lasten)", "Helvetica-Bold", SIZE)
    flow.canvas.drawRightString(right, flow.y, euro(accounts.result))
    signed = accounts.checks or ["De kascommissie heeft nog niet getekend."]
    section("De kascommissie", signed)
    if accounts.adopted:
        adopted = accounts.adopted
        flow.write(
            f"Vastgesteld door de ledenvergadering op {adopted.decided_on:%d-%m-%Y} "
            f"(besluit {adopted.number}).",
            "Helvetica",
            SIZE,
        )


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
    section("Contributie", [f"Ontvangen: {euro(report.collected)}."])
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
    if report.business_cases:
        section("Businesscase: gepland en echt gebeurd", report.business_cases)
    if report.contracts:
        section("Contracten: wat we leverden en kregen", report.contracts)
    decisions = [
        f"{d.number} ({d.decided_on:%d-%m-%Y}): {d.text} "
        f"{'Aangenomen' if d.adopted else 'Niet aangenomen'}, {d.votes_for} voor, "
        f"{d.votes_against} tegen."
        for d in report.decisions
    ] or ["De ledenvergadering nam dit jaar geen besluiten."]
    section("Besluiten van de ledenvergadering", decisions)
    _accounts(flow, section, report)
    canvas.save()
    return buffer.getvalue()


SLIPS_PER_PAGE = 4


def ballot_slips_pdf(item: AgendaItem, slips: Sequence[tuple[Person, str]]) -> bytes:
    """Four slips to an A4 page. The name sits on a strip that is torn off when the slip is
    handed out: the slip that comes back carries only the code and the cross."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setTitle(f"Stembriefjes: {item.title}")
    height = A4[1] / SLIPS_PER_PAGE
    left = 18 * mm
    for number, (person, code) in enumerate(slips):
        if number and number % SLIPS_PER_PAGE == 0:
            canvas.showPage()
        top = A4[1] - (number % SLIPS_PER_PAGE) * height
        canvas.setFont("Helvetica", 11)
        canvas.drawString(
            left, top - 9 * mm, f"Voor: {person.full_name} (afscheuren bij het uitdelen)"
        )
        canvas.setDash(3, 3)
        canvas.line(left, top - 13 * mm, A4[0] - left, top - 13 * mm)
        canvas.line(0, top - height, A4[0], top - height)
        canvas.setDash()
        canvas.setFont("Helvetica-Bold", SIZE)
        canvas.drawString(left, top - 22 * mm, f"Geheime stemming: {item.title}"[:70])
        canvas.setFont("Courier-Bold", SIZE + 4)
        canvas.drawString(left, top - 32 * mm, f"Code: {code}")
        canvas.setFont("Helvetica", SIZE)
        for column, label in enumerate(("voor", "tegen", "onthouding")):
            x = left + column * 55 * mm
            canvas.rect(x, top - 50 * mm, 8 * mm, 8 * mm)
            canvas.drawString(x + 11 * mm, top - 47.5 * mm, label)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(
            left, top - 60 * mm, "Zet één kruisje. Lever het briefje in bij de teller."
        )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
