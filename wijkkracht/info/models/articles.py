from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel
from wijkkracht.info.models.socialmap import Need


class ArticleKind(models.TextChoices):
    ARTICLE = "uitleg", _("uitleg")
    FAQ = "vraag", _("veelgestelde vraag")
    NEWS = "nieuws", _("nieuws")


class Article(TenantModel):
    """Plain-language explanation, a frequently asked question, or news of the collective."""

    kind = models.CharField(
        _("soort"), max_length=10, choices=ArticleKind.choices, default=ArticleKind.ARTICLE
    )
    title = models.CharField(
        _("titel"), max_length=200, help_text=_("Bij een vraag: de vraag zelf.")
    )
    summary = models.CharField(
        _("in één zin"), max_length=300, help_text=_("Kort en in gewone woorden.")
    )
    body = models.TextField(
        _("tekst"), help_text=_("Korte zinnen. Een witregel begint een nieuwe alinea.")
    )
    need = models.CharField(_("onderwerp"), max_length=20, choices=Need.choices, blank=True)
    public = models.BooleanField(_("ook zichtbaar voor wie niet inlogt"), default=True)
    published_on = models.DateField(_("datum"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    def __str__(self) -> str:
        return self.title
