"""The infographic: one A4 page as SVG, laid out here so the template only draws.

Per instrument the collective's figure beside the national one, the change since the previous
round (or for the same people since the voormeting), and what the collective did. Every
block says in words what it shows, for screen readers and for the text version below it.
"""

import textwrap
from dataclasses import dataclass, field

from django.template.defaultfilters import floatformat
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from wijkkracht.impact.figures import Did, did
from wijkkracht.impact.models import Round, Stage
from wijkkracht.impact.results import Figure, InstrumentResult

WIDTH = 794  # A4 at 96 dpi
A4_HEIGHT = 1123
MARGIN = 48
BAR_X = 300
BAR_SPACE = WIDTH - MARGIN - BAR_X - 90
HEADER = 170
DID_ROW = 80
TEN = 10
HUNDRED = 100


def _number(value: float, unit: str = "") -> str:
    """One decimal when it is not zero, rounded half up, with a Dutch comma: 7,3 and 50 %."""
    return f"{floatformat(value, -1)}{' %' if unit == '%' else ''}"


@dataclass
class Bar:
    y: int
    width: int
    label: str
    text: str
    national: bool

    @property
    def text_x(self) -> int:
        return BAR_X + self.width + 8


@dataclass
class Block:
    y: int
    title: str
    bars: list[Bar] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.sentences)


@dataclass
class Poster:
    title: str
    heading: str
    subtitle: str
    blocks: list[Block]
    did: list[tuple[int, int, str, str, list[tuple[int, str]]]]  # x, y, number, label, lines
    did_y: int
    sources_y: int
    sources: list[tuple[int, str]]
    height: int
    width: int = WIDTH
    label_x: int = BAR_X - 12
    bar_x: int = BAR_X

    @property
    def summary(self) -> str:
        parts = [f"{self.heading}.", self.subtitle] + [f"{b.title}: {b.text}" for b in self.blocks]
        parts += [f"{label}: {number}." for _x, _y, number, label, _lines in self.did]
        return " ".join(parts)


def _change_text(figure: Figure, stage: str) -> str:
    change = figure.change
    if change is None:
        return ""
    values = {
        "since": _("sinds de voormeting") if stage == Stage.AFTER else _("sinds de vorige meting"),
        "amount": _number(abs(change.value)),
        "unit": _(" procentpunt") if figure.unit == "%" else "",
        "low": _number(change.low or 0),
        "high": _number(change.high or 0),
    }
    if _number(abs(change.value)) == "0":
        return _("Gelijk gebleven %(since)s (marge %(low)s tot %(high)s).") % values
    if change.value > 0:
        return _("%(amount)s%(unit)s hoger %(since)s (marge %(low)s tot %(high)s).") % values
    return _("%(amount)s%(unit)s lager %(since)s (marge %(low)s tot %(high)s).") % values


def _figure_lines(result: InstrumentResult, stage: str) -> list[Figure]:
    """The poster shows the shares when the instrument has them, else the total's mean; after
    a voormeting also the mean, which carries the change for the same people."""
    shares = [f for f in result.figures if f.unit == "%"]
    if not shares or stage == Stage.AFTER:
        return [result.figures[0], *shares]
    return shares


def _block(result: InstrumentResult, y: int, stage: str) -> tuple[Block, int]:
    block = Block(y=y, title=result.instrument.name)
    total = result.instrument.total
    maximum = _number(result.instrument.maximum(total))
    meaning = (
        _("Score van 0 tot %s. Hoe hoger, hoe beter.")
        if total.higher_is == "better"
        else _("Score van 0 tot %s. Hoe lager, hoe beter.")
    ) % maximum
    block.notes.append((y + 26, meaning))
    y += 62
    if not result.shown:
        block.notes.append((y, _("Minder dan 10 mensen vulden dit in. Daarom tonen we niets.")))
        block.sentences.append(block.notes[-1][1])
        return block, y + 30
    for figure in _figure_lines(result, stage):
        if figure.estimate is None:
            continue
        top = HUNDRED if figure.unit == "%" else result.instrument.maximum(result.instrument.total)
        ours = figure.estimate.value
        label = figure.label.split(" (")[0]
        block.bars.append(
            Bar(y, int(BAR_SPACE * ours / top), label, _number(ours, figure.unit), national=False)
        )
        sentence = _("%(label)s: bij ons %(ours)s") % {
            "label": label,
            "ours": _number(ours, figure.unit),
        }
        if figure.national is not None:
            block.bars.append(
                Bar(
                    y + 30,
                    int(BAR_SPACE * figure.national / top),
                    _("Nederland"),
                    _number(figure.national, figure.unit),
                    national=True,
                )
            )
            sentence += _(", in heel Nederland %s") % _number(figure.national, figure.unit)
        block.sentences.append(sentence + ".")
        change = _change_text(figure, stage)
        y += 76 if figure.national is not None else 46
        if change:
            block.notes.append((y, change))
            block.sentences.append(change)
            y += 30
        y += 10
    return block, y


def poster(measurement: Round, results: list[InstrumentResult], collective_name: str) -> Poster:
    answered = max((r.respondents for r in results), default=0)
    subtitle = _("%(n)s bewoners vulden de vragenlijst in (%(date)s).") % {
        "n": answered if answered >= TEN else _("Minder dan 10"),
        "date": date_format(measurement.period_end, "F Y"),
    }
    y = HEADER + 20
    blocks = []
    for result in results:
        block, y = _block(result, y, measurement.stage)
        blocks.append(block)
        y += 24
    did_y = y
    figures: list[Did] = did(measurement)[:6]
    cells = [
        (
            MARGIN + (index % 3) * 236,
            did_y + 44 + (index // 3) * DID_ROW,
            number_format(item.value, 0, force_grouping=True),
            item.label,
            [(line_y, line) for line_y, line in enumerate(textwrap.wrap(item.label, 28)[:2])],
        )
        for index, item in enumerate(figures)
    ]
    y = did_y + 44 + ((len(figures) + 2) // 3) * DID_ROW + 16
    sources = [result.instrument.source for result in results]
    sources += [r.instrument.national.source for r in results if r.instrument.national.source]
    height = max(A4_HEIGHT, y + 40 + 18 * len(sources))
    return Poster(
        title=_("Zo gaat het in %(name)s") % {"name": collective_name},
        heading=measurement.title,
        subtitle=subtitle,
        blocks=blocks,
        did=cells,
        did_y=did_y,
        sources_y=y + 20,
        sources=[(y + 38 + 18 * n, text) for n, text in enumerate(dict.fromkeys(sources))],
        height=height,
    )
