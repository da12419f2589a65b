from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpConfig(AppConfig):
    name = "wijkkracht.help"
    label = "help"
    verbose_name = _("1-loket: hulpvragen en vrijwilligers")

    def ready(self) -> None:
        from wijkkracht.core.menu import VISITORS, menu_item_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import home_part_register, today_part_register
        from wijkkracht.help.home import ask
        from wijkkracht.help.home import today_lines as help_today
        from wijkkracht.help.services.privacy import help_data_erase, help_data_export

        personal_data_register(key="help", export=help_data_export, erase=help_data_erase)
        home_part_register(key="ask", order=10, template="help/includes/home_ask.html", context=ask)
        today_part_register(key="help", order=10, lines=help_today)
        menu_item_register(
            group="hulp",
            order=10,
            name="help:dashboard",
            label=_("1-loket"),
            roles=("coordinator",),
        )
        menu_item_register(
            group="hulp",
            order=20,
            name="help:callback_list",
            label=_("Terugbellen"),
            roles=("coordinator",),
        )
        menu_item_register(
            group="hulp",
            order=30,
            name="help:volunteer_list",
            label=_("Vrijwilligers"),
            roles=("coordinator",),
        )
        menu_item_register(
            group="hulp",
            order=40,
            name="help:my_tasks",
            label=_("Mijn taken"),
            roles=("volunteer",),
        )
        menu_item_register(
            group="hulp",
            order=50,
            name="help:callback_create",
            label=_("Hulp vragen"),
            roles=VISITORS,
        )
        menu_item_register(
            group="hulp",
            order=60,
            name="help:ask",
            label=_("Hulp vragen"),
            roles=("resident", "member"),
        )
        menu_item_register(
            group="hulp",
            order=70,
            name="help:my_requests",
            label=_("Mijn hulpvragen"),
            roles=("resident", "member"),
        )
