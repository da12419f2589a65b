"""Reading the information point: the map by need, search hits, walk-in hours, desk figures,
and the CBS facts of a collective's areas."""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.models import Area, AreaKind, Collective
from wijkkracht.info.charts import Chart, bar_chart
from wijkkracht.info.models import (
    NETHERLANDS,
    AreaFigure,
    Article,
    ArticleKind,
    EntryKind,
    Measure,
    Need,
    Organisation,
    Question,
    Service,
    WalkInHour,
)
from wijkkracht.info.search import Found

# A social-map entry not checked for this long is shown as due for a check.
CHECK_AFTER = datetime.timedelta(days=365)


def organisations_for_referral() -> QuerySet[Organisation]:
    return Organisation.objects.all()


def services(*, public_only: bool) -> QuerySet[Service]:
    found = Service.objects.select_related("organisation").prefetch_related(
        Prefetch("walk_in_hours", queryset=WalkInHour.objects.order_by("weekday", "starts_at"))
    )
    return found.filter(public=True) if public_only else found


def service_get(*, service_id: int, public_only: bool) -> Service:
    return services(public_only=public_only).get(pk=service_id)


def need_counts(*, public_only: bool) -> dict[str, int]:
    counts = services(public_only=public_only).values("need").annotate(n=Count("pk"))
    return {row["need"]: row["n"] for row in counts}


@dataclass
class ResultGroup:
    label: str
    services: list[Service] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


def results_grouped(found: Found, *, public_only: bool, limit: int = 60) -> list[ResultGroup]:
    """The hits as the page shows them: services grouped by need, articles last; best first."""
    hits = found.hits[:limit]
    service_ids = [hit.object_id for hit in hits if hit.kind == EntryKind.SERVICE]
    article_ids = [hit.object_id for hit in hits if hit.kind == EntryKind.ARTICLE]
    by_id = services(public_only=public_only).in_bulk(service_ids)
    article_by_id = articles(public_only=public_only).in_bulk(article_ids)
    groups: dict[str, ResultGroup] = {}
    for hit in hits:
        if hit.kind == EntryKind.SERVICE and hit.object_id in by_id:
            service = by_id[hit.object_id]
            label = str(service.get_need_display())
            groups.setdefault(service.need, ResultGroup(label)).services.append(service)
    explained = [article_by_id[i] for i in article_ids if i in article_by_id]
    result = list(groups.values())
    if explained:
        result.append(ResultGroup(str(ArticleKind.ARTICLE.label).capitalize(), articles=explained))
    return result


def walk_ins(*, public_only: bool) -> QuerySet[WalkInHour]:
    found = WalkInHour.objects.select_related("service__organisation")
    return found.filter(service__public=True) if public_only else found


def next_date(walk_in: WalkInHour, today: datetime.date | None = None) -> datetime.date:
    """The next day this walk-in hour is held, today included."""
    today = today or timezone.localdate()
    return today + datetime.timedelta(days=(walk_in.weekday - today.weekday()) % 7)


def walk_in_week(*, public_only: bool) -> list[tuple[datetime.date, WalkInHour]]:
    """The walk-in hours of the coming seven days, in date order."""
    return sorted(
        ((next_date(hour), hour) for hour in walk_ins(public_only=public_only)),
        key=lambda pair: (pair[0], pair[1].starts_at),
    )


def articles(*, public_only: bool, kind: str | None = None) -> QuerySet[Article]:
    found = Article.objects.filter(published_on__lte=timezone.localdate())
    if kind:
        found = found.filter(kind=kind)
    return found.filter(public=True) if public_only else found


def map_to_check() -> QuerySet[Organisation]:
    cutoff = timezone.localdate() - CHECK_AFTER
    return Organisation.objects.filter(Q(checked_on=None) | Q(checked_on__lt=cutoff))


def referral_choices() -> list[Organisation]:
    """Organisations for the desk's second click: those referred to most, then the rest."""
    return list(
        Organisation.objects.annotate(used=Count("desk_questions")).order_by("-used", "name")
    )


@dataclass
class DeskFigures:
    total: int
    answered_here: int
    referred: int
    by_topic: list[tuple[str, int]]
    by_organisation: list[tuple[str, int]]


def desk_figures(*, start: datetime.date, end: datetime.date) -> DeskFigures:
    """Questions at the walk-in desk from start up to and including end; for the impact figures."""
    questions = Question.objects.filter(asked_at__date__gte=start, asked_at__date__lte=end)
    topics = Counter(questions.values_list("topic", flat=True))
    organisations = Counter(
        questions.exclude(referred_to=None).values_list("referred_to__name", flat=True)
    )
    labels = dict(Need.choices)
    return DeskFigures(
        total=sum(topics.values()),
        answered_here=questions.filter(answered_here=True).count(),
        referred=sum(organisations.values()),
        by_topic=[(str(labels[topic]), n) for topic, n in topics.most_common()],
        by_organisation=organisations.most_common(),
    )


@dataclass
class Figure:
    """One measure for the area, its municipality and the Netherlands."""

    measure: str
    label: str
    area: Decimal | None
    municipality: Decimal | None
    netherlands: Decimal | None
    previous: Decimal | None = None
    year: int | None = None
    previous_year: int | None = None
    share_of: str = ""

    @property
    def change(self) -> Decimal | None:
        if self.area is None or self.previous is None:
            return None
        return self.area - self.previous


@dataclass
class AreaFacts:
    area: Area
    municipality: Area | None
    figures: list[Figure]
    shares: list["Share"]
    sources: list[str]

    def _series(
        self, area: Decimal | None, municipality: Decimal | None, netherlands: Decimal | None
    ) -> list[tuple[str, Decimal | None]]:
        series = [(self.area.name, area)]
        if self.municipality is not None:
            series.append((_("gemeente %(name)s") % {"name": self.municipality.name}, municipality))
        series.append((_("Nederland"), netherlands))
        return series

    @property
    def share_chart(self) -> Chart:
        groups = [
            (share.label, self._series(share.area, share.municipality, share.netherlands))
            for share in self.shares
        ]
        return bar_chart(_("Aandeel in procenten"), groups, unit="%", maximum=Decimal(100))

    @property
    def distance_chart(self) -> Chart:
        groups = [
            (f.label, self._series(f.area, f.municipality, f.netherlands))
            for f in self.figures
            if f.measure.startswith("distance_")
        ]
        return bar_chart(_("Afstand in kilometers"), groups, unit="km")


@dataclass
class Share:
    """A percentage for the area, its municipality and the Netherlands (None where unknown)."""

    label: str
    area: Decimal | None
    municipality: Decimal | None
    netherlands: Decimal | None


SHARES = (
    (Measure.INHABITANTS_65_PLUS, Measure.INHABITANTS),
    (Measure.INHABITANTS_80_PLUS, Measure.INHABITANTS),
    (Measure.ONE_PERSON_HOUSEHOLDS, Measure.HOUSEHOLDS),
)


def _municipality(area: Area) -> Area | None:
    current: Area | None = area
    while current is not None and current.kind != AreaKind.MUNICIPALITY:
        current = current.parent
    return current


def collective_facts(collective: Collective) -> list[AreaFacts]:
    """For each area the collective serves: the newest CBS figures beside its municipality's and
    the Netherlands', with last year's figure of the area for the change."""
    areas = list(collective.areas.select_related("parent__parent").order_by("code"))
    municipalities = {area.pk: _municipality(area) for area in areas}
    codes = {area.code for area in areas} | {NETHERLANDS}
    codes |= {m.code for m in municipalities.values() if m is not None}
    values: dict[tuple[str, str], list[AreaFigure]] = {}
    for figure in AreaFigure.objects.filter(code__in=codes).order_by("-year"):
        values.setdefault((figure.code, figure.measure), []).append(figure)

    def newest(code: str | None, measure: str) -> AreaFigure | None:
        found = values.get((code or "", measure))
        return found[0] if found else None

    def value(code: str | None, measure: str) -> Decimal | None:
        figure = newest(code, measure)
        return figure.value if figure else None

    def share(code: str | None, part: str, whole: str) -> Decimal | None:
        numerator, denominator = newest(code, part), newest(code, whole)
        if numerator is None or denominator is None or not denominator.value:
            return None
        if numerator.year != denominator.year:
            return None
        return (100 * numerator.value / denominator.value).quantize(Decimal("0.1"))

    result = []
    for area in areas:
        municipality = municipalities[area.pk]
        m_code = municipality.code if municipality else None
        figures = []
        for measure in Measure:
            history = values.get((area.code, measure), [])
            figures.append(
                Figure(
                    measure=measure,
                    label=str(measure.label),
                    area=history[0].value if history else None,
                    municipality=value(m_code, measure),
                    netherlands=value(NETHERLANDS, measure),
                    previous=history[1].value if len(history) > 1 else None,
                    year=history[0].year if history else None,
                    previous_year=history[1].year if len(history) > 1 else None,
                )
            )
        shares = [
            Share(
                label=str(Measure(part).label),
                area=share(area.code, part, whole),
                municipality=share(m_code, part, whole),
                netherlands=share(NETHERLANDS, part, whole),
            )
            for part, whole in SHARES
        ]
        sources = sorted(
            {f.source for key, found in values.items() if key[0] in codes for f in found[:1]}
        )
        result.append(AreaFacts(area, municipality, figures, shares, sources))
    return result
