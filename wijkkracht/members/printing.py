"""Paper for members without e-mail: address labels and letters, in large, plain print."""

import io
from collections.abc import Sequence
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.core.models import Collective, Person

# A common A4 label sheet: 3 columns of 8 labels, 70 x 37 mm.
LABEL_COLUMNS, LABEL_ROWS = 3, 8
LABEL_WIDTH, LABEL_HEIGHT = 70 * mm, 37 * mm
LETTER_FONT_SIZE = 14  # large print for older members
# Uncompressed page streams: the text stays searchable (and testable); letters are small files.


def address_lines(person: Person) -> list[str]:
    number = f"{person.house_number or ''}{person.house_number_addition}"
    return [
        person.full_name,
        f"{person.street} {number}".strip(),
        f"{person.postcode}  {person.city}",
    ]


def labels_pdf(persons: Sequence[Person]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setTitle(_("Adresetiketten"))
    per_page = LABEL_COLUMNS * LABEL_ROWS
    top = A4[1] - (A4[1] - LABEL_ROWS * LABEL_HEIGHT) / 2
    for index, person in enumerate(persons):
        if index and index % per_page == 0:
            canvas.showPage()
        column, row = index % LABEL_COLUMNS, (index % per_page) // LABEL_COLUMNS
        x = column * LABEL_WIDTH + 6 * mm
        y = top - row * LABEL_HEIGHT - 12 * mm
        canvas.setFont("Helvetica", 11)
        for line_number, line in enumerate(address_lines(person)):
            canvas.drawString(x, y - line_number * 5 * mm, line[:38])
    canvas.save()
    return buffer.getvalue()


def letters_pdf(
    collective: Collective, letters: Sequence[tuple[Person, int, int, Decimal]], reminder: bool
) -> bytes:
    """One page per household: (payer, member number, year, amount owed)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.setTitle(_("Brieven contributie"))
    for person, number, year, owed in letters:
        _letter(
            canvas,
            collective.name,
            person,
            number=number,
            year=year,
            owed=owed,
            reminder=reminder,
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _letter(
    canvas: Canvas,
    sender: str,
    person: Person,
    *,
    number: int,
    year: int,
    owed: Decimal,
    reminder: bool,
) -> None:
    left, y = 25 * mm, A4[1] - 25 * mm
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(left, y, sender)
    canvas.setFont("Helvetica", 12)
    y -= 25 * mm
    for line in address_lines(person):
        canvas.drawString(left, y, line)
        y -= 6 * mm
    y -= 12 * mm
    canvas.drawString(left, y, timezone.localdate().strftime("%d-%m-%Y"))
    y -= 14 * mm
    canvas.setFont("Helvetica-Bold", LETTER_FONT_SIZE + 2)
    title = _("Herinnering contributie %(year)s") if reminder else _("Contributie %(year)s")
    canvas.drawString(left, y, title % {"year": year})
    canvas.setFont("Helvetica", LETTER_FONT_SIZE)
    amount = f"{owed:.2f}".replace(".", ",")
    lines = [
        _("Beste %(name)s,") % {"name": person.full_name},
        "",
        _("Het bedrag voor uw huishouden is € %(amount)s.") % {"amount": amount},
        _("U kunt het overmaken. Zet bij de omschrijving uw lidnummer: %(number)s.")
        % {"number": number},
        _("U mag ook contant betalen bij de coördinator."),
        "",
        _("Heeft u al betaald? Dan kunt u deze brief vergeten."),
        _("Is betalen lastig? Bel ons. Samen vinden we een oplossing."),
        "",
        _("Met vriendelijke groet,"),
        sender,
    ]
    if reminder:
        lines.insert(2, _("Wij hebben uw contributie nog niet ontvangen."))
    y -= 14 * mm
    for line in lines:
        canvas.drawString(left, y, line)
        y -= 8 * mm
