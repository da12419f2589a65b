"""The report's charts as plain SVG shapes, laid out here so one template draws them all.

Every chart says in words what it shows (its ``summary`` becomes the SVG's description)."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.utils.formats import number_format
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from wijkkracht.businesscase.calculation.simulation import Simulation

WIDTH = 640
LABEL = 38  # characters of a tornado label
CLEAR = 110  # pixels the zero label keeps from the chart's ends


@dataclass
class Shape:
    x: float
    y: float
    width: float = 0
    height: float = 0
    tone: str = "neutral"  # gain, loss or neutral: the colour class
    text: str = ""
    anchor: str = "start"


@dataclass
class Chart:
    title: str
    summary: str = ""
    height: int = 0
    width: int = WIDTH
    bars: list[Shape] = field(default_factory=list)
    labels: list[Shape] = field(default_factory=list)
    rules: list["Rule"] = field(default_factory=list)


@dataclass
class Rule:
    """A straight line, such as the zero line."""

    x1: float
    y1: float
    x2: float
    y2: float


def euros(value: float) -> str:
    return "€ " + number_format(round(value), 0, force_grouping=True)


class _Scale:
    """Maps euros to pixels between ``start`` and ``start + size``, zero always inside."""

    def __init__(self, values: list[float], start: float, size: float) -> None:
        self.low, self.high = min(0.0, *values), max(0.0, *values)
        self.start, self.size = start, size
        if self.high == self.low:
            self.high = self.low + 1

    def __call__(self, value: float) -> float:
        return self.start + self.size * (value - self.low) / (self.high - self.low)


def cumulative_chart(years: list[float]) -> Chart:
    """The discounted net added up year by year: below zero until the case pays back."""
    chart = Chart(title=_("Opgeteld netto resultaat per jaar (contante waarde)"), height=280)
    top, bottom = 20, 240
    scale = _Scale(years, bottom, top - bottom)  # up is more
    step = (WIDTH - 40) / max(len(years), 1)
    zero = scale(0)
    chart.rules.append(Rule(30, zero, WIDTH - 30, zero))
    for year, value in enumerate(years):
        x = 40 + year * step
        y = min(scale(value), zero)
        tone = "gain" if value >= 0 else "loss"
        chart.bars.append(Shape(x, y, step * 0.7, abs(scale(value) - zero), tone))
        chart.labels.append(Shape(x + step * 0.35, 266, text=str(year), anchor="middle"))
    parts = [
        _("jaar %(year)s: %(value)s") % {"year": year, "value": euros(value)}
        for year, value in enumerate(years)
    ]
    chart.summary = _("Opgeteld netto resultaat, ") + "; ".join(parts) + "."
    return chart


def tornado_chart(base: float, swings: list[tuple[str, float, float]]) -> Chart:
    """How far the NPV moves when one number is at its low or its high value, widest first."""
    chart = Chart(title=_("Welke onzekerheid telt het zwaarst? (tornado)"))
    row, left = 34, 290
    values = [base] + [v for _label, low, high in swings for v in (low, high)]
    scale = _Scale(values, left, WIDTH - left - 10)
    middle = scale(base)
    for number, (label, at_low, at_high) in enumerate(swings):
        y = 10 + number * row
        for value in (at_low, at_high):
            tone = "gain" if value >= base else "loss"
            chart.bars.append(
                Shape(min(middle, scale(value)), y, abs(scale(value) - middle), 22, tone)
            )
        text = label if len(label) <= LABEL else label[: LABEL - 1] + "…"
        chart.labels.append(Shape(left - 8, y + 16, text=text, anchor="end"))
    chart.height = 20 + len(swings) * row
    chart.rules.append(Rule(middle, 0, middle, chart.height))
    parts = [
        _("%(label)s: van %(low)s tot %(high)s")
        % {"label": label, "low": euros(min(lo, hi)), "high": euros(max(lo, hi))}
        for label, lo, hi in swings
    ]
    chart.summary = (
        _("De netto contante waarde is %(base)s. Met één getal op zijn laagste of hoogste waarde: ")
        % {"base": euros(base)}
        + "; ".join(parts)
        + "."
    )
    return chart


def distribution_chart(simulation: "Simulation") -> Chart:
    """How often each NPV came out of the draws; the part above zero in the gain colour."""
    counts, edges = simulation.histogram
    chart = Chart(
        title=_("Hoe vaak kwam elke uitkomst voor? (%(draws)s trekkingen)")
        % {"draws": number_format(simulation.draws, 0, force_grouping=True)},
        height=260,
    )
    bottom, space = 220, 190
    most = max(counts) or 1
    step = (WIDTH - 40) / len(counts)
    for number, count in enumerate(counts):
        middle = (edges[number] + edges[number + 1]) / 2
        height = space * count / most
        tone = "gain" if middle >= 0 else "loss"
        chart.bars.append(Shape(20 + number * step, bottom - height, step - 2, height, tone))
    chart.labels += [
        Shape(20, 246, text=euros(edges[0])),
        Shape(WIDTH - 20, 246, text=euros(edges[-1]), anchor="end"),
    ]
    if edges[0] < 0 < edges[-1]:
        zero = 20 + (WIDTH - 40) * (0 - edges[0]) / (edges[-1] - edges[0])
        chart.rules.append(Rule(zero, 10, zero, bottom))
        if CLEAR < zero < WIDTH - CLEAR:  # not on top of the outer labels
            chart.labels.append(Shape(zero, 246, text="€ 0", anchor="middle"))
    npv = simulation.npv
    chart.summary = _(
        "In %(share)s van de trekkingen is de netto contante waarde positief. "
        "5 %% van de uitkomsten ligt onder %(p5)s, de middelste is %(p50)s, "
        "5 %% ligt boven %(p95)s."
    ) % {
        "share": number_format(100 * (npv.prob_positive or 0), 0) + " %",
        "p5": euros(npv.p5),
        "p50": euros(npv.p50),
        "p95": euros(npv.p95),
    }
    return chart
