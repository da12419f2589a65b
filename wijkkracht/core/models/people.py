import datetime
import hashlib

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.email import InternationalEmailField
from wijkkracht.core.models.base import TenantModel
from wijkkracht.core.postcode import validate_postcode


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: object) -> "User":
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> "User":
        return self.create_user(email, password, is_staff=True, is_superuser=True, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A login. Many residents never have one: their Person record stands on its own."""

    email = models.EmailField(_("e-mailadres"), unique=True)
    name = models.CharField(_("naam"), max_length=200)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)
    # The language the person chose with the button in the header; empty: Dutch.
    language = models.CharField(_("taal"), max_length=8, blank=True, choices=settings.LANGUAGES)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = _("account")
        verbose_name_plural = _("accounts")

    def __str__(self) -> str:
        return self.name or self.email


class ContactPreference(models.TextChoices):
    EMAIL = "email", _("e-mail")
    LETTER = "letter", _("brief")
    PHONE = "phone", _("telefoon")


class NameAndAddress:
    """A person's name and address as one line each; for a person and for an application."""

    given_name: str
    family_name_prefix: str
    family_name: str
    street: str
    house_number: int | None
    house_number_addition: str
    postcode: str
    city: str

    @property
    def full_name(self) -> str:
        parts = [self.given_name, self.family_name_prefix, self.family_name]
        return " ".join(part for part in parts if part)

    @property
    def address(self) -> str:
        number = f"{self.house_number or ''}{self.house_number_addition}".strip()
        line_one = f"{self.street} {number}".strip()
        line_two = f"{self.postcode} {self.city}".strip()
        return ", ".join(line for line in (line_one, line_two) if line)


class Person(NameAndAddress, TenantModel):
    """Someone the collective knows: a resident, member, volunteer or professional.

    Each collective keeps its own record, so one human in two collectives has two records,
    both linked to one login when they have one.
    """

    user = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="persons"
    )
    given_name = models.CharField(_("voornaam"), max_length=100)
    family_name_prefix = models.CharField(_("tussenvoegsel"), max_length=30, blank=True)
    family_name = models.CharField(_("achternaam"), max_length=100)
    email = InternationalEmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    street = models.CharField(_("straat"), max_length=200, blank=True)
    house_number = models.PositiveIntegerField(_("huisnummer"), null=True, blank=True)
    house_number_addition = models.CharField(_("toevoeging"), max_length=10, blank=True)
    postcode = models.CharField(
        _("postcode"), max_length=7, blank=True, validators=[validate_postcode]
    )
    city = models.CharField(_("woonplaats"), max_length=100, blank=True)
    contact_preference = models.CharField(
        _("liefst bereikbaar via"),
        max_length=10,
        choices=ContactPreference.choices,
        default=ContactPreference.PHONE,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    erased_at = models.DateTimeField(_("gegevens gewist op"), null=True, blank=True)

    class Meta:
        ordering = ["family_name", "given_name"]
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        constraints = [
            models.UniqueConstraint(
                fields=["collective", "user"],
                condition=models.Q(user__isnull=False),
                name="one_person_per_user_per_collective",
            )
        ]

    def __str__(self) -> str:
        return self.full_name


class RoleName(models.TextChoices):
    RESIDENT = "resident", _("bewoner")
    MEMBER = "member", _("lid")
    VOLUNTEER = "volunteer", _("vrijwilliger")
    COORDINATOR = "coordinator", _("coördinator")
    BOARD = "board", _("bestuur")
    TEACHER = "teacher", _("docent")
    PARTNER = "partner", _("partner")
    # A nurse or case manager in a resident's care circle: reads what the resident shares.
    PROFESSIONAL = "professional", _("zorgverlener")


# Roles that can read health notes: they must log in with a second factor.
SENSITIVE_ROLES = frozenset({RoleName.COORDINATOR, RoleName.BOARD})


class Role(TenantModel):
    """What a person does in a collective. One person can hold several roles."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    name = models.CharField(_("rol"), max_length=20, choices=RoleName.choices)
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="one_role_name_per_person")
        ]

    def __str__(self) -> str:
        return self.get_name_display()


class FederationStaff(models.Model):
    """A login that works for a federation; it sees the aggregates of its collectives."""

    federation = models.ForeignKey(
        "core.Federation", on_delete=models.CASCADE, related_name="staff"
    )
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="federation_staff")
    treasurer = models.BooleanField(
        _("penningmeester"),
        default=False,
        help_text=_("Maakt de incasso voor collectieven die dat aan de stadscoöperatie geven."),
    )

    class Meta:
        verbose_name = _("medewerker stadscoöperatie")
        verbose_name_plural = _("medewerkers stadscoöperatie")
        constraints = [
            models.UniqueConstraint(fields=["federation", "user"], name="one_staff_row_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.federation}"


def hash_token(token: str) -> str:
    """Return the stored form of an API token; the token itself is shown once and never kept."""
    return hashlib.sha256(token.encode()).hexdigest()


API_TOKEN_DAYS = 365


def api_token_expiry() -> datetime.datetime:
    """A key works for a year; then the partner makes a new one."""
    return timezone.now() + datetime.timedelta(days=API_TOKEN_DAYS)


class ApiToken(TenantModel):
    """A partner's key to the API of one collective: aggregates only."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="api_tokens")
    label = models.CharField(_("omschrijving"), max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("geldig tot"), default=api_token_expiry)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API-sleutel")
        verbose_name_plural = _("API-sleutels")

    def __str__(self) -> str:
        return self.label
