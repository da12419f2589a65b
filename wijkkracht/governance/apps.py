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
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import today_part_register
        from wijkkracht.governance.home import today_lines
        from wijkkracht.governance.privacy import governance_data_erase, governance_data_export

        personal_data_register(
            key="governance", export=governance_data_export, erase=governance_data_erase
        )
        today_part_register(key="governance", order=60, lines=today_lines)
        menu_register(
            MenuEntry("vereniging", 50, "governance:home", _("Spelregels en ALV")),
            MenuEntry("vereniging", 51, "governance:decisions", _("Besluiten")),
        )
