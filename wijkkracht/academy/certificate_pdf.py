"""The certificate on A4 in large print: every field the public check shows, the code, and a
QR code that opens that check."""

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from wijkkracht.academy.models import Certificate
from wijkkracht.academy.services.certificates import certificate_lines
from wijkkracht.core.printing import PageFlow

QR_SIZE = 45 * mm


def certificate_pdf(certificate: Certificate, verify_url: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(f"Certificaat {certificate.code}")
    flow = PageFlow(canvas)
    flow.write("Certificaat", "Helvetica-Bold", 32)
    flow.y -= 8
    flow.write(f"{certificate.name} volgde met succes", "Helvetica", 18)
    flow.write(certificate.course_title, "Helvetica-Bold", 22)
    flow.y -= 12
    for label, value in certificate_lines(certificate):
        flow.write(f"{label}: {value}", "Helvetica", 15)
    flow.y -= 12
    flow.write("Is dit certificaat echt? Scan de code of ga naar:", "Helvetica", 14)
    flow.write(verify_url, "Helvetica-Bold", 14)
    widget = QrCodeWidget(verify_url)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.scale(QR_SIZE / (right - left), QR_SIZE / (top - bottom))
    drawing.add(widget)
    flow.need(QR_SIZE + 10)
    renderPDF.draw(drawing, canvas, flow.margin, flow.y - QR_SIZE - 10)
    canvas.save()
    return buffer.getvalue()
