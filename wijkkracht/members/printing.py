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
from wijkkracht.core.printing import PageFlow
from wijkkracht.members.models import ContributionRule, Creditor
from wijkkracht.members.services.applications import mandate_text

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


def _euro(amount: Decimal) -> str:
    return f"€ {amount:.2f}".replace(".", ",")


class _Form(PageFlow):
    """The paper form: large-print text, a label with a line to write on, a box to tick."""

    def text(self, text: str, size: int = LETTER_FONT_SIZE, bold: bool = False) -> None:
        self.write(text, "Helvetica-Bold" if bold else "Helvetica", size)
        self.y -= size * 0.4

    def blank(self, label: str) -> None:
        self.need(14 * mm)
        self.y -= 14 * mm
        self.canvas.setFont("Helvetica", LETTER_FONT_SIZE)
        self.canvas.drawString(self.margin, self.y, label)
        self.canvas.line(75 * mm, self.y - 1 * mm, A4[0] - self.margin, self.y - 1 * mm)
        self.y -= 6 * mm

    def box(self, label: str) -> None:
        self.need(10 * mm)
        self.y -= 10 * mm
        self.canvas.rect(self.margin, self.y - 1 * mm, 5 * mm, 5 * mm)
        self.canvas.setFont("Helvetica", LETTER_FONT_SIZE)
        self.canvas.drawString(self.margin + 9 * mm, self.y, label)
        self.y -= 4 * mm


def application_form_pdf(
    *, collective: Collective, rule: ContributionRule | None, creditor: Creditor | None
) -> bytes:
    """The paper "lid worden" form: the same questions as online, in large print."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    title = _("Lid worden van %(collective)s") % {"collective": collective.name}
    canvas.setTitle(title)
    page = _Form(canvas, margin=20 * mm)
    page.text(title, size=22, bold=True)
    if rule is not None:
        page.text(
            _(
                "De contributie is %(first)s per jaar. Elk volgend lid op hetzelfde adres "
                "betaalt %(further)s."
            )
            % {"first": _euro(rule.first_amount), "further": _euro(rule.further_amount)}
        )
    page.text(_("Vul het formulier in en geef het aan de coördinator."))
    if collective.visiting_address:
        page.text(collective.visiting_address)
    page.text(_("Over u"), size=17, bold=True)
    for label in (
        _("Voornaam"),
        _("Achternaam"),
        _("Straat en huisnummer"),
        _("Postcode"),
        _("Woonplaats"),
        _("Telefoonnummer"),
        _("E-mailadres"),
    ):
        page.blank(label)
    page.text(_("Hoe wilt u dat wij contact opnemen?"))
    for label in (_("telefoon"), _("e-mail"), _("brief")):
        page.box(label)
    page.text(_("Huisgenoten die ook lid worden"), size=17, bold=True)
    for number in (1, 2, 3):
        page.blank(_("Naam %(number)s") % {"number": number})
    page.text(_("Betalen"), size=17, bold=True)
    if creditor is None:
        page.text(_("U krijgt elk jaar een brief of e-mail met het bedrag en hoe u betaalt."))
    else:
        page.box(_("Zelf overmaken of contant betalen"))
        page.box(_("Automatisch, elk jaar van mijn rekening (machtiging hieronder)"))
        page.text(_("Machtiging voor doorlopende SEPA-incasso"), size=17, bold=True)
        page.text(mandate_text(creditor=creditor, reference=_("(dit vult de penningmeester in)")))
        for label in (_("IBAN"), _("Naam rekeninghouder"), _("Plaats en datum"), _("Handtekening")):
            page.blank(label)
    canvas.save()
    return buffer.getvalue()
