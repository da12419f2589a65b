from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    """The buurtacademie: courses and learning paths, editions in the agenda, attendance on
    paper or by code, net learning minutes and register points, certificates anyone can
    check."""

    name = "wijkkracht.academy"
    label = "academy"
    verbose_name = _("Buurtacademie")

    def ready(self) -> None:
        from wijkkracht.academy.home import today_lines
        from wijkkracht.academy.privacy import academy_data_erase, academy_data_export
        from wijkkracht.core.menu import MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import today_part_register

        personal_data_register(key="academy", export=academy_data_export, erase=academy_data_erase)
        today_part_register(key="academy", order=30, lines=today_lines)
        menu_register(
            MenuEntry("samen", 30, "academy:courses", _("Buurtacademie")),
            MenuEntry("samen", 31, "academy:my_learning", _("Mijn leren")),
            MenuEntry("samen", 32, "academy:check_in", _("Inchecken bij een cursus")),
        )
