"""The CBS facts of the areas a collective serves, beside their municipality and the Netherlands.

Each area shows its newest figures and the change since the year before. A collective with
several areas also sees them added up. Measures CBS does not publish for any of the columns are
named once instead of filling the page with "niet bekend".
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from wijkkracht.core.charts import Chart, bar_chart
from wijkkracht.core.models import Area, AreaKind, Collective
from wijkkracht.info.models import NETHERLANDS, AreaFigure, Measure

COUNTS = (
    Measure.INHABITANTS,
    Measure.INHABITANTS_65_PLUS,
    Measure.INHABITANTS_80_PLUS,
    Measure.HOUSEHOLDS,
    Measure.ONE_PERSON_HOUSEHOLDS,
)
DISTANCES = (Measure.DISTANCE_GP, Measure.DISTANCE_PHARMACY, Measure.DISTANCE_SUPERMARKET)
SHARES = (
    (Measure.INHABITANTS_65_PLUS, Measure.INHABITANTS),
    (Measure.INHABITANTS_80_PLUS, Measure.INHABITANTS),
    (Measure.ONE_PERSON_HOUSEHOLDS, Measure.HOUSEHOLDS),
)
Values = dict[str, tuple[Decimal, int]]  # measure → (value, year)


@dataclass
class Figure:
    """One measure for the area, its municipality and the Netherlands."""

    measure: str
    label: str
    area: Decimal | None
    municipality: Decimal | None
    netherlands: Decimal | None
    year: int | None = None
    previous: Decimal | None = None
    previous_year: int | None = None

    @property
    def change(self) -> Decimal | None:
        if self.area is None or self.previous is None:
            return None
        return self.area - self.previous

    @property
    def is_distance(self) -> bool:
        return self.measure in DISTANCES


@dataclass
class AreaFacts:
    key: str
    name: str
    caption: str
    municipality: str
    figures: list[Figure] = field(default_factory=list)
    shares: list[Figure] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def _series(self, figure: Figure) -> list[tuple[str, Decimal | None]]:
        series = [(self.name, figure.area)]
        if self.municipality:
            series.append((self.municipality, figure.municipality))
        series.append((_("Nederland"), figure.netherlands))
        return series

    @property
    def share_chart(self) -> Chart | None:
        groups = [(f.label, self._series(f)) for f in self.shares if f.area is not None]
        if not groups:
            return None
        return bar_chart(_("Aandeel in procenten"), groups, unit="%", maximum=Decimal(100))

    @property
    def distance_chart(self) -> Chart | None:
        groups = [
            (f.label, self._series(f)) for f in self.figures if f.is_distance and f.area is not None
        ]
        return bar_chart(_("Afstand in kilometers"), groups, unit="km") if groups else None


def _municipality(area: Area) -> Area | None:
    current: Area | None = area
    while current is not None and current.kind != AreaKind.MUNICIPALITY:
        current = current.parent
    return current


def collective_facts(collective: Collective) -> list[AreaFacts]:
    """The facts of each area the collective serves; with several areas, their sum first."""
    areas = list(collective.areas.select_related("parent__parent").order_by("code"))
    municipalities = {area.pk: _municipality(area) for area in areas}
    codes = {area.code for area in areas} | {NETHERLANDS}
    codes |= {m.code for m in municipalities.values() if m is not None}
    newest: dict[str, Values] = {}
    before: dict[str, Values] = {}
    sources: dict[str, set[str]] = {}
    for figure in AreaFigure.objects.filter(code__in=codes).order_by("-year"):
        if figure.measure not in newest.setdefault(figure.code, {}):
            newest[figure.code][figure.measure] = (figure.value, figure.year)
            sources.setdefault(figure.code, set()).add(figure.source)
        elif figure.measure not in before.setdefault(figure.code, {}):
            before[figure.code][figure.measure] = (figure.value, figure.year)
    netherlands = newest.get(NETHERLANDS, {})
    result = []
    for area in areas:
        municipality = municipalities[area.pk]
        m_values = newest.get(municipality.code, {}) if municipality else {}
        facts = _facts(
            key=area.code,
            name=area.name,
            caption=_("Cijfers van deze %(kind)s") % {"kind": area.get_kind_display()},
            municipality=(_("gemeente %(name)s") % {"name": municipality.name})
            if municipality
            else "",
            values=(newest.get(area.code, {}), m_values, netherlands),
            previous=before.get(area.code, {}),
        )
        facts.sources = sorted(
            sources.get(area.code, set())
            | sources.get(NETHERLANDS, set())
            | (sources.get(municipality.code, set()) if municipality else set())
        )
        result.append(facts)
    if len(result) > 1:
        first = municipalities[areas[0].pk]
        together = _facts(
            key="samen",
            name=_("Samen"),
            caption=_("Alle %(count)s gebieden van de coöperatie opgeteld") % {"count": len(areas)},
            municipality=result[0].municipality,
            values=(_sum(areas, newest), newest.get(first.code, {}) if first else {}, netherlands),
            previous=_sum(areas, before),
        )
        # A distance does not add up.
        together.figures = [f for f in together.figures if not f.is_distance]
        together.sources = sorted({source for one in result for source in one.sources})
        result.insert(0, together)
    return result


def _sum(areas: list[Area], values: dict[str, Values]) -> Values:
    """Counts added up over the areas, where every area has the measure for the same year."""
    total: Values = {}
    for measure in COUNTS:
        present = [found for area in areas if (found := values.get(area.code, {}).get(measure))]
        if len(present) == len(areas) and len({year for _, year in present}) == 1:
            total[measure] = (sum((value for value, _ in present), Decimal(0)), present[0][1])
    return total


def _facts(
    *,
    key: str,
    name: str,
    caption: str,
    municipality: str,
    values: tuple[Values, Values, Values],
    previous: Values,
) -> AreaFacts:
    area_values, m_values, nl_values = values
    facts = AreaFacts(key=key, name=name, caption=caption, municipality=municipality)
    for measure in Measure:
        figure = Figure(
            measure=measure,
            label=str(measure.label),
            area=_value(area_values, measure),
            municipality=_value(m_values, measure),
            netherlands=_value(nl_values, measure),
            year=area_values[measure][1] if measure in area_values else None,
            previous=_value(previous, measure),
            previous_year=previous[measure][1] if measure in previous else None,
        )
        if figure.area is None and figure.municipality is None and figure.netherlands is None:
            facts.unknown.append(figure.label)
        else:
            facts.figures.append(figure)
    for part, whole in SHARES:
        facts.shares.append(
            Figure(
                measure=part,
                label=str(Measure(part).label),
                area=_share(area_values, part, whole),
                municipality=_share(m_values, part, whole),
                netherlands=_share(nl_values, part, whole),
            )
        )
    return facts


def _value(values: Values, measure: str) -> Decimal | None:
    found = values.get(measure)
    return found[0] if found else None


def _share(values: Values, part: str, whole: str) -> Decimal | None:
    """A percentage, from figures of one year only."""
    if part not in values or whole not in values:
        return None
    (numerator, year), (denominator, whole_year) = values[part], values[whole]
    if year != whole_year or not denominator:
        return None
    return (100 * numerator / denominator).quantize(Decimal("0.1"))
