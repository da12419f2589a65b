"""Reading the information point: the map by need, search hits, walk-in hours and the desk's
figures. The CBS facts of a collective's areas are read in facts.py."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from wijkkracht.info.models import (
    Article,
    ArticleKind,
    EntryKind,
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


def referral_choices(topic: str = "") -> list[Organisation]:
    """Organisations for the desk's second click: those with a service for the topic first,
    then those referred to most, then the rest."""
    return list(
        Organisation.objects.annotate(
            fits=Count("services", filter=Q(services__need=topic), distinct=True),
            used=Count("desk_questions", distinct=True),
        ).order_by("-fits", "-used", "name")
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
