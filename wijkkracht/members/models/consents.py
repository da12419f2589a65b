from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel


class ConsentTopic(models.TextChoices):
    NEWSLETTER = "newsletter", _("nieuwsbrief per e-mail")
    PHOTOS = "photos", _("foto's in de nieuwsbrief en op de website")
    MEMBER_LIST = "member_list", _("naam en adres in de ledenlijst voor andere leden")


class ConsentVia(models.TextChoices):
    ONLINE = "online", _("zelf, online")
    PAPER = "paper", _("op papier")
    PHONE = "phone", _("aan de telefoon")


class ConsentText(TenantModel):
    """One version of the words a person agrees to; a new wording is a new version."""

    topic = models.CharField(_("onderwerp"), max_length=20, choices=ConsentTopic.choices)
    version = models.PositiveSmallIntegerField(_("versie"))
    text = models.TextField(_("tekst"))
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["topic", "-version"]
        verbose_name = _("toestemmingstekst")
        verbose_name_plural = _("toestemmingsteksten")
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "topic", "version"], name="one_consent_text_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_topic_display()} v{self.version}"


class Consent(TenantModel):
    """A person's consent to one version of a text; withdrawing keeps the row as proof."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    topic = models.CharField(_("onderwerp"), max_length=20, choices=ConsentTopic.choices)
    text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="consents")
    given_at = models.DateTimeField(_("gegeven op"))
    given_via = models.CharField(_("gegeven"), max_length=10, choices=ConsentVia.choices)
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        ordering = ["topic", "-given_at"]
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "topic"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_standing_consent_per_topic",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.text}"
