from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class EntryKind(models.TextChoices):
    SERVICE = "service", _("dienst")
    ARTICLE = "article", _("artikel")


class SearchEntry(TenantModel):
    """One findable thing, as the Dutch analyser reads it (see wijkkracht/info/text.py).

    `terms` holds its stemmed words, title first. PostgreSQL searches them through a stored
    tsvector column with a GIN index, SQLite through an FTS5 table kept by triggers (migration
    0002); both get the same words, so both find the same things.
    """

    kind = models.CharField(max_length=10, choices=EntryKind.choices)
    object_id = models.PositiveIntegerField()
    title_terms = models.TextField()
    terms = models.TextField()
    public = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")
        ]


class SearchWord(TenantModel):
    """The collective's vocabulary: each stem in its index with a word it came from.

    A misspelt search word is corrected to the nearest stem, and the word is shown back
    ("Bedoelt u …?").
    """

    stem = models.CharField(max_length=100)
    word = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["collective", "stem"], name="search_word_unique")
        ]


class SynonymGroup(TenantModel):
    """Words residents use for one thing: "rollator, rolstoel, scootmobiel, hulpmiddel"."""

    words = models.CharField(
        _("woorden"),
        max_length=500,
        help_text=_(
            "Zet een komma tussen de woorden. Bijvoorbeeld: rollator, rolstoel, hulpmiddel."
        ),
    )

    class Meta:
        ordering = ["words"]
        verbose_name = _("woorden met dezelfde betekenis")
        verbose_name_plural = _("woorden met dezelfde betekenis")

    def __str__(self) -> str:
        return self.words
