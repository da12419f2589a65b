from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """The rules of the game, the members' meeting by the book, decisions kept, the deadlines
    of the annual accounts."""

    name = "wijkkracht.governance"
    label = "governance"
    verbose_name = _("Spelregels en ALV")

    def ready(self) -> None:
        from wijkkracht.core.menu import MenuEntry, menu_register

        menu_register(
            MenuEntry("vereniging", 50, "governance:home", _("Spelregels en ALV")),
            MenuEntry("vereniging", 51, "governance:decisions", _("Besluiten")),
        )
