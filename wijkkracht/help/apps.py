from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpConfig(AppConfig):
    name = "wijkkracht.help"
    label = "help"
    verbose_name = _("1-loket: hulpvragen en vrijwilligers")

    def ready(self) -> None:
        from wijkkracht.core.menu import VISITORS, MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import home_part_register, today_part_register
        from wijkkracht.help.home import ask
        from wijkkracht.help.home import today_lines as help_today
        from wijkkracht.help.services.privacy import help_data_erase, help_data_export

        personal_data_register(key="help", export=help_data_export, erase=help_data_erase)
        home_part_register(key="ask", order=10, template="help/includes/home_ask.html", context=ask)
        today_part_register(key="help", order=10, lines=help_today)
        menu_register(
            MenuEntry("hulp", 10, "help:dashboard", _("1-loket"), ("coordinator",)),
            MenuEntry("hulp", 20, "help:callback_list", _("Terugbellen"), ("coordinator",)),
            MenuEntry("hulp", 30, "help:volunteer_list", _("Vrijwilligers"), ("coordinator",)),
            MenuEntry("hulp", 40, "help:my_tasks", _("Mijn taken"), ("volunteer",)),
            MenuEntry("hulp", 50, "help:callback_create", _("Hulp vragen"), VISITORS),
            MenuEntry("hulp", 60, "help:ask", _("Hulp vragen"), ("resident", "member")),
            MenuEntry("hulp", 70, "help:my_requests", _("Mijn hulpvragen"), ("resident", "member")),
        )
