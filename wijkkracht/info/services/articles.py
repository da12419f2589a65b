"""Articles, frequently asked questions and news; indexed for search as they are saved."""

from typing import Any

from django.db import transaction

from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.info.models import Article, EntryKind, SynonymGroup
from wijkkracht.info.services.index import article_index, entry_remove
from wijkkracht.info.text import words


@transaction.atomic
def article_save(
    *, actor: User | None, collective: Collective, article: Article | None = None, **fields: Any
) -> Article:
    article = article or Article(collective=collective, author=actor)
    for name, value in fields.items():
        setattr(article, name, value)
    article.full_clean(exclude=["collective"])
    article.save()
    article_index(article)
    audit_record(actor=actor, action="article.save", target=article, collective=collective)
    return article


@transaction.atomic
def article_delete(*, actor: User, article: Article) -> None:
    entry_remove(EntryKind.ARTICLE, article.pk)
    audit_record(
        actor=actor, action="article.delete", target=article, collective=article.collective
    )
    article.delete()


def synonyms_clean(raw: str) -> str:
    """The words of a synonym group, one word each, in the form they are stored."""
    return ", ".join(dict.fromkeys(word for part in raw.split(",") for word in words(part)))


@transaction.atomic
def synonym_group_save(
    *, actor: User | None, collective: Collective, words_text: str
) -> SynonymGroup:
    group = SynonymGroup.objects.create(collective=collective, words=synonyms_clean(words_text))
    audit_record(actor=actor, action="synonyms.save", target=group, collective=collective)
    return group


@transaction.atomic
def synonym_group_delete(*, actor: User, group: SynonymGroup) -> None:
    audit_record(actor=actor, action="synonyms.delete", target=group, collective=group.collective)
    group.delete()
