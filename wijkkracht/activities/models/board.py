from django.db import models
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Person, TenantModel


class PostKind(models.TextChoices):
    OFFER = "offer", _("aanbod")
    QUESTION = "question", _("vraag")
    ANNOUNCEMENT = "announcement", _("mededeling")


class PostStatus(models.TextChoices):
    VISIBLE = "visible", _("zichtbaar")
    HELD = "held", _("even weg: gemeld, de coördinator kijkt ernaar")
    HIDDEN = "hidden", _("verborgen door de coördinator")
    REMOVED = "removed", _("weggehaald door de schrijver")


class Post(TenantModel):
    """A note on the neighbourhood notice board (prikbord)."""

    author = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="posts")
    kind = models.CharField(_("soort"), max_length=12, choices=PostKind.choices)
    title = models.CharField(_("kopje"), max_length=120)
    text = models.TextField(_("tekst"), max_length=2000)
    public = models.BooleanField(
        _("ook laten zien aan wie niet inlogt"),
        default=False,
        help_text=_("Anders zien alleen mensen van de coöperatie dit bericht."),
    )
    status = models.CharField(
        _("stand"), max_length=10, choices=PostStatus.choices, default=PostStatus.VISIBLE
    )
    moderation_note = models.CharField(_("waarom"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["collective", "status", "created_at"])]

    def __str__(self) -> str:
        return self.title


class PostReport(TenantModel):
    """Someone thinks a post does not belong on the board."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("wat is er mis"), max_length=300)
    handled = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="one_report_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.post}: {self.reason}"
