"""The health record as a large-print PDF/A-2b: every font embedded, the sRGB output intent
and the XMP metadata that says which PDF/A it is, so an archive or a PGO keeps it as sent."""

import io
from pathlib import Path

import reportlab
from django.utils import timezone
from PIL import ImageCms
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.care.health import HealthRecord
from wijkkracht.core.printing import PageFlow

# Bitstream Vera ships with ReportLab; PDF/A needs embedded fonts, so not the base 14.
_FONTS = Path(reportlab.__file__).resolve().parent / "fonts"
REGULAR, BOLD = "WkVera", "WkVeraBd"


def _fonts() -> None:
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(_FONTS / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(_FONTS / "VeraBd.ttf")))


def _sections(record: HealthRecord) -> list[tuple[str, list[tuple[str, str]], str]]:
    """Each part of the summary: heading, lines as (font, text), and what to say if empty."""
    notes = []
    for note in record.notes:
        notes += [
            (BOLD, f"{timezone.localtime(note.on):%d-%m-%Y} · {note.kind}"),
            (REGULAR, note.text),
        ]
    diet = []
    if record.diet is not None:
        eats, texture = record.diet.get_diet_display(), record.diet.get_texture_display()
        diet.append(
            (
                REGULAR,
                f"Eet: {eats}. Eten: {texture}.",
            )
        )
        if record.diet.allergen_labels:
            diet.append((REGULAR, "Allergieën: " + ", ".join(record.diet.allergen_labels)))
    tasks = [
        (REGULAR, f"{task.date:%d-%m-%Y} {task.start_time:%H:%M}: {task.title} ({words})")
        for task, _state, words in record.tasks
    ]
    answers = []
    for answered in record.answered:
        answers.append((BOLD, answered.title))
        answers += [(REGULAR, f"{question}: {answer}") for question, answer in answered.items]
    return [
        ("Notities over uw gezondheid", notes, "Er staan geen notities over uw gezondheid."),
        ("Eten", diet, "Er staat niets over wat u eet."),
        ("Taken in de zorgcirkel", tasks, "Er zijn geen taken."),
        ("Vragenlijsten met uw naam", answers, "U vulde geen vragenlijst met uw naam in."),
    ]


def summary_pdf(record: HealthRecord, collective_name: str) -> bytes:
    _fonts()
    buffer = io.BytesIO()
    # Every font embedded, also the one ReportLab sets on each new page.
    canvas = Canvas(buffer, pagesize=A4, invariant=True, initialFontName=REGULAR)
    title = f"Mijn gezondheid: {record.person.full_name}"
    canvas.setTitle(title)
    flow = PageFlow(canvas, header=title, header_font=BOLD)
    flow.write(title, BOLD, 20)
    made = timezone.localdate().strftime("%d-%m-%Y")
    flow.write(f"Wat {collective_name} over uw zorg bewaart, op {made}.", REGULAR, 14)
    if record.birth_date:
        flow.write(f"Geboortedatum: {record.birth_date:%d-%m-%Y}", REGULAR, 14)
    for heading, lines, empty in _sections(record):
        _section(flow, heading)
        for font, text in lines or [(REGULAR, empty)]:
            flow.write(text, font, 14)
    canvas.save()
    return pdfa(buffer.getvalue(), title=title)


def _section(flow: PageFlow, heading: str) -> None:
    flow.need(60)
    flow.y -= 10
    flow.write(heading, BOLD, 16)


def pdfa(content: bytes, *, title: str) -> bytes:
    """Mark a PDF with embedded fonts as PDF/A-2b: the sRGB output intent and the XMP."""
    import pikepdf  # loaded on first use: it announces itself in the log when imported

    pdf = pikepdf.open(io.BytesIO(content))
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    icc = pikepdf.Stream(pdf, profile)
    icc["/N"] = 3
    pdf.Root.OutputIntents = pikepdf.Array(
        [
            pikepdf.Dictionary(
                Type=pikepdf.Name.OutputIntent,
                S=pikepdf.Name.GTS_PDFA1,
                OutputConditionIdentifier="sRGB",
                Info="sRGB IEC61966-2.1",
                DestOutputProfile=icc,
            )
        ]
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["pdfaid:part"] = "2"
        meta["pdfaid:conformance"] = "B"
        meta["dc:title"] = title
        meta["pdf:Producer"] = "Wijkkracht"
    output = io.BytesIO()
    pdf.save(output, deterministic_id=True)
    return output.getvalue()
