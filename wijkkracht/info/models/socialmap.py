from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import TenantModel


class Need(models.TextChoices):
    """What a resident is looking for; the social map and its search results group by it."""

    QUESTIONS = "vragen", _("Vragen en advies")
    MONEY = "geld", _("Geld, post en papieren")
    HEALTH = "gezondheid", _("Gezondheid en zorg")
    MOBILITY = "hulpmiddelen", _("Hulpmiddelen en vervoer")
    HOME = "wonen", _("Wonen en klussen")
    FOOD = "eten", _("Eten en boodschappen")
    MEETING = "ontmoeten", _("Samen zijn en meedoen")
    CARERS = "mantelzorg", _("Mantelzorg")
    SAFETY = "veiligheid", _("Veiligheid")
    FAMILY = "gezin", _("Kinderen en gezin")
    WORK = "werk", _("Werk, leren en vrijwilligerswerk")


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "gemeente", _("gemeente")
    CARE = "zorg", _("zorg")
    WELFARE = "welzijn", _("welzijn")
    VOLUNTEERS = "vrijwilligers", _("vrijwilligers")
    COLLECTIVE = "collectief", _("onze coöperatie")
    CLUB = "vereniging", _("club of vereniging")
    BUSINESS = "bedrijf", _("bedrijf")


class Organisation(TenantModel):
    """Someone on the social map: the GP, the Wmo desk, debt help, a club, the collective itself."""

    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(
        _("soort"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.CARE
    )
    description = models.TextField(_("wat doen zij"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    opening_hours = models.TextField(
        _("openingstijden"),
        blank=True,
        help_text=_("Bijvoorbeeld: maandag tot vrijdag van 9 tot 17 uur."),
    )
    step_free = models.BooleanField(_("zonder drempels of trappen te bereiken"), default=False)
    hearing_loop = models.BooleanField(_("ringleiding voor wie slecht hoort"), default=False)
    accessible_toilet = models.BooleanField(_("toilet voor mensen met een rolstoel"), default=False)
    checked_on = models.DateField(_("laatst gecontroleerd op"), null=True, blank=True)
    keeper = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("wie houdt dit bij"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name


class Service(TenantModel):
    """One thing an organisation offers: "hulp bij de belastingaangifte", "maaltijden aan huis"."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="services"
    )
    name = models.CharField(_("naam"), max_length=200)
    need = models.CharField(_("waarmee helpt het"), max_length=20, choices=Need.choices)
    description = models.TextField(_("uitleg in gewone woorden"), blank=True)
    how_to = models.TextField(
        _("hoe krijgt u het"),
        blank=True,
        help_text=_("Bijvoorbeeld: bel voor een afspraak, of kom langs op het spreekuur."),
    )
    cost = models.CharField(
        _("wat kost het"), max_length=120, blank=True, help_text=_("Bijvoorbeeld: gratis.")
    )
    public = models.BooleanField(
        _("ook zichtbaar voor wie niet inlogt"),
        default=True,
        help_text=_("Uit voor hulp die alleen voor leden is."),
    )
    checked_on = models.DateField(_("laatst gecontroleerd op"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("dienst")
        verbose_name_plural = _("diensten")

    def __str__(self) -> str:
        return self.name


class WalkInHour(TenantModel):
    """An inloopspreekuur: where and when to walk in with a question, and who sits at the desk."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="walk_in_hours")
    weekday = models.PositiveSmallIntegerField(
        _("dag"),
        choices=[
            (0, _("maandag")),
            (1, _("dinsdag")),
            (2, _("woensdag")),
            (3, _("donderdag")),
            (4, _("vrijdag")),
            (5, _("zaterdag")),
            (6, _("zondag")),
        ],
    )
    starts_at = models.TimeField(_("van"))
    ends_at = models.TimeField(_("tot"))
    location = models.CharField(
        _("waar"), max_length=200, help_text=_("Bijvoorbeeld: Dorpshuis De Veldhoek, Brink 1.")
    )
    hosts = models.CharField(
        _("wie zit er"), max_length=200, blank=True, help_text=_("Bijvoorbeeld: Henk en Fatma.")
    )
    note = models.CharField(
        _("goed om te weten"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: niet in de schoolvakanties."),
    )

    class Meta:
        ordering = ["weekday", "starts_at"]
        verbose_name = _("inloopspreekuur")
        verbose_name_plural = _("inloopspreekuren")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="walk_in_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.service.name}, {self.get_weekday_display()}"
