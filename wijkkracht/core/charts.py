"""Horizontal bar charts as plain SVG, laid out here so the template only draws."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 640
LABEL_WIDTH = 150
BAR_SPACE = 360
BAR_HEIGHT = 22
GAP = 6
HEADING = 28


@dataclass
class Bar:
    y: int
    width: int
    series: str
    text: str
    shade: int


@dataclass
class Heading:
    y: int
    text: str


@dataclass
class Chart:
    title: str
    width: int = WIDTH
    height: int = 0
    headings: list[Heading] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    summary: str = ""

    @property
    def label_x(self) -> int:
        return LABEL_WIDTH - 8

    @property
    def bar_x(self) -> int:
        return LABEL_WIDTH


def bar_chart(
    title: str,
    groups: list[tuple[str, list[tuple[str, Decimal | None]]]],
    *,
    unit: str,
    maximum: Decimal | None = None,
    one_colour: bool = False,
) -> Chart:
    """One heading per group, one bar per series; an unknown value is said, not drawn. Series
    differ in colour unless they are answers to one question (`one_colour`)."""
    values = [value for _, series in groups for _, value in series if value is not None]
    top = maximum or (max(values) if values else Decimal(1)) or Decimal(1)
    chart = Chart(title=title)
    y = 0
    sentences = []
    for label, series in groups:
        y += HEADING
        chart.headings.append(Heading(y - 8, label))
        parts = []
        for shade, (name, value) in enumerate(series):
            text = f"{number_format(value, 1)} {unit}" if value is not None else _("niet bekend")
            width = int(BAR_SPACE * value / top) if value is not None else 0
            chart.bars.append(Bar(y, width, name, text, 0 if one_colour else shade))
            parts.append(f"{name} {text}")
            y += BAR_HEIGHT + GAP
        sentences.append(f"{label}: {', '.join(parts)}.")
    chart.height = y + GAP
    chart.summary = " ".join(sentences)
    return chart
