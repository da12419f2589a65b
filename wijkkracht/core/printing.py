"""Large print down an A4 page: lines wrapped to the width, a new page when one is full."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

MARGIN = 18 * mm


class PageFlow:
    """Writes downwards from the top; ``header`` starts every following page."""

    def __init__(
        self,
        canvas: Canvas,
        *,
        header: str = "",
        header_size: int = 14,
        margin: float = MARGIN,
        header_font: str = "Helvetica-Bold",
    ) -> None:
        self.header_font = header_font
        self.canvas, self.header, self.header_size, self.margin = (
            canvas,
            header,
            header_size,
            margin,
        )
        self.width = A4[0] - 2 * margin
        self.y = A4[1] - margin

    def need(self, height: float) -> None:
        """Go to a new page unless ``height`` still fits above the bottom margin."""
        if self.y - height < self.margin + 12 * mm:
            self.canvas.showPage()
            self.y = A4[1] - self.margin
            if self.header:
                self.write(self.header, self.header_font, self.header_size)

    def write(self, text: str, font: str, size: int, indent: float = 0) -> None:
        for line in simpleSplit(text, font, size, self.width - indent):
            self.need(size * 1.35)
            self.canvas.setFont(font, size)
            self.y -= size * 1.35
            self.canvas.drawString(self.margin + indent, self.y, line)
