from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.email import InternationalEmailField

kvk_validator = RegexValidator(r"^\d{8}$", _("Een KvK-nummer heeft 8 cijfers."))
cbs_code_validator = RegexValidator(
    r"^(GM\d{4}|WK\d{6}|BU\d{8})$",
    _("Gebruik een CBS-code: GM en 4 cijfers, WK en 6 cijfers of BU en 8 cijfers."),
)


class AreaKind(models.TextChoices):
    MUNICIPALITY = "gemeente", _("gemeente")
    DISTRICT = "wijk", _("wijk")
    NEIGHBOURHOOD = "buurt", _("buurt")


class Area(models.Model):
    """A CBS area (gemeente, wijk or buurt); public reference data shared by all collectives."""

    # Public pages of every collective show it: a change makes them all new (core.versions).
    shared_data = True

    code = models.CharField(
        _("CBS-code"), max_length=10, unique=True, validators=[cbs_code_validator]
    )
    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=10, choices=AreaKind.choices)
    parent = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True)
    inhabitants = models.PositiveIntegerField(_("inwoners"), null=True, blank=True)
    inhabitants_65_plus = models.PositiveIntegerField(
        _("inwoners van 65 jaar en ouder"), null=True, blank=True
    )
    households = models.PositiveIntegerField(_("huishoudens"), null=True, blank=True)
    one_person_households = models.PositiveIntegerField(
        _("eenpersoonshuishoudens"), null=True, blank=True
    )
    year = models.PositiveSmallIntegerField(_("jaar van de cijfers"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("gebied")
        verbose_name_plural = _("gebieden")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Federation(models.Model):
    """A city or regional umbrella of collectives; it sees aggregates, never persons."""

    shared_data = True  # named on the pages of its collectives (core.versions)

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam in de link"), unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("stadscoöperatie of koepel")
        verbose_name_plural = _("stadscoöperaties en koepels")

    def __str__(self) -> str:
        return self.name


class LegalForm(models.TextChoices):
    COOPERATIVE = "cooperatie", _("coöperatie U.A.")
    ASSOCIATION = "vereniging", _("vereniging")
    FOUNDATION = "stichting", _("stichting")
    INFORMAL = "informeel", _("informele groep")


class Collective(models.Model):
    """A residents' collective: the tenant. Everything it owns is scoped to it."""

    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam in de link"), unique=True)
    legal_form = models.CharField(
        _("rechtsvorm"), max_length=20, choices=LegalForm.choices, default=LegalForm.COOPERATIVE
    )
    kvk_number = models.CharField(
        _("KvK-nummer"), max_length=8, blank=True, validators=[kvk_validator]
    )
    areas = models.ManyToManyField(
        Area, verbose_name=_("gebieden"), blank=True, related_name="collectives"
    )
    federation = models.ForeignKey(
        Federation,
        verbose_name=_("stadscoöperatie of koepel"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="collectives",
    )
    # The public home: who we are and how to reach the coordinator (phone first).
    # db_default: rows made by older code (a migration test's historical models) get one too.
    about = models.TextField(
        _("wie zijn wij"),
        blank=True,
        db_default="",
        help_text=_("Een paar korte zinnen voor wie u nog niet kent."),
    )
    phone = models.CharField(
        _("telefoon van de coördinator"), max_length=30, blank=True, db_default=""
    )
    email = InternationalEmailField(_("e-mailadres"), blank=True, db_default="")
    visiting_address = models.CharField(
        _("waar u ons vindt"),
        max_length=200,
        blank=True,
        db_default="",
        help_text=_(
            "Bijvoorbeeld: Dorpshuis De Linde, Kerkstraat 4, maandag tot vrijdag 9 tot 12 uur."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("bewonerscollectief")
        verbose_name_plural = _("bewonerscollectieven")

    def __str__(self) -> str:
        return self.name


class DataVersion(models.Model):
    """How often the data of one collective changed (id: the collective's) or the data every
    collective shows (id 0: CBS areas and figures, federations). Database triggers count every
    insert, update and delete (`core.versions`), so a cached page keyed by it is never stale."""

    id = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField()

    def __str__(self) -> str:
        return f"{self.id}: {self.version}"
