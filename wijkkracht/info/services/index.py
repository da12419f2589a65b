"""Keep the search index in step with the social map and the articles.

Every save of a service, an organisation, a walk-in hour or an article calls one of these, in
the same transaction, so search never shows what is gone or misses what is new.
"""

from django.utils.translation import gettext as _

from wijkkracht.core.models import Collective
from wijkkracht.info.models import (
    Article,
    EntryKind,
    Organisation,
    SearchEntry,
    SearchWord,
    Service,
)
from wijkkracht.info.text import stem, words


def service_index(service: Service) -> None:
    organisation = service.organisation
    title = f"{service.name} {organisation.name}"
    walk_ins = " ".join(
        f"{_('inloopspreekuur')} {hour.get_weekday_display()} {hour.location} {hour.note}"
        for hour in service.walk_in_hours.all()
    )
    body = " ".join(
        [
            service.get_need_display(),
            service.description,
            service.how_to,
            service.cost,
            organisation.get_kind_display(),
            organisation.description,
            organisation.address,
            walk_ins,
        ]
    )
    _entry_write(
        service.collective,
        EntryKind.SERVICE,
        service.pk,
        title=title,
        body=body,
        public=service.public,
    )


def organisation_index(organisation: Organisation) -> None:
    for service in organisation.services.select_related("organisation").prefetch_related(
        "walk_in_hours"
    ):
        service_index(service)


def article_index(article: Article) -> None:
    body = " ".join([article.summary, article.body, article.get_need_display()])
    _entry_write(
        article.collective,
        EntryKind.ARTICLE,
        article.pk,
        title=article.title,
        body=body,
        public=article.public,
    )


def entry_remove(kind: str, object_id: int) -> None:
    SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()


def _entry_write(
    collective: Collective, kind: str, object_id: int, *, title: str, body: str, public: bool
) -> None:
    title_words = words(title)
    all_words = title_words + words(body)
    SearchEntry.objects.update_or_create(
        kind=kind,
        object_id=object_id,
        defaults={
            "collective": collective,
            "title_terms": " ".join(stem(word) for word in title_words),
            "terms": " ".join(stem(word) for word in all_words),
            "public": public,
        },
    )
    vocabulary = {stem(word): word for word in reversed(all_words)}
    SearchWord.objects.bulk_create(
        [SearchWord(collective=collective, stem=s, word=w) for s, w in vocabulary.items()],
        ignore_conflicts=True,
    )


def index_rebuild() -> int:
    """Index the collective's services and articles afresh; the count of entries written."""
    SearchEntry.objects.all().delete()
    SearchWord.objects.all().delete()
    services = Service.objects.select_related("organisation", "collective").prefetch_related(
        "walk_in_hours"
    )
    for service in services:
        service_index(service)
    articles = Article.objects.select_related("collective")
    for article in articles:
        article_index(article)
    return len(services) + len(articles)
