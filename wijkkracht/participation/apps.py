from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    """Residents have their say: surveys, proposals, dialogues and the neighbourhood budget.
    Ballots and answers are stored apart from who cast them: the voter roll says who took
    part, never what they chose."""

    name = "wijkkracht.participation"
    label = "participation"
    verbose_name = _("Inspraak: enquêtes, voorstellen, wijkdialoog en wijkbudget")

    def ready(self) -> None:
        from wijkkracht.core.menu import EVERYONE, MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import today_part_register
        from wijkkracht.participation.home import today_lines as participation_today
        from wijkkracht.participation.services.privacy import (
            participation_data_erase,
            participation_data_export,
        )

        personal_data_register(
            key="participation", export=participation_data_export, erase=participation_data_erase
        )
        today_part_register(key="participation", order=40, lines=participation_today)
        menu_register(
            MenuEntry("inspraak", 10, "participation:overview", _("Inspraak"), EVERYONE),
        )
