from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "wijkkracht.activities"
    label = "activities"
    verbose_name = _("Ontmoeten: plekken, activiteiten en het prikbord")

    def ready(self) -> None:
        from wijkkracht.activities.home import this_week
        from wijkkracht.activities.home import today_lines as activities_today
        from wijkkracht.activities.services.privacy import (
            activities_data_erase,
            activities_data_export,
        )
        from wijkkracht.core.menu import EVERYONE, MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import home_part_register, today_part_register

        personal_data_register(
            key="activities", export=activities_data_export, erase=activities_data_erase
        )
        home_part_register(
            key="this_week",
            order=30,
            template="activities/includes/home_week.html",
            context=this_week,
        )
        today_part_register(key="activities", order=30, lines=activities_today)
        menu_register(
            MenuEntry("samen", 10, "activities:calendar", _("Agenda"), EVERYONE),
            MenuEntry(
                "samen",
                20,
                "activities:activity_list",
                _("Activiteiten"),
                ("coordinator", "volunteer"),
            ),
            MenuEntry(
                "samen",
                30,
                "activities:my_activities",
                _("Mijn activiteiten"),
                ("resident", "member", "volunteer"),
            ),
            MenuEntry("samen", 40, "activities:place_list", _("Plekken en zalen"), EVERYONE),
            MenuEntry("samen", 50, "activities:board", _("Prikbord"), EVERYONE),
        )
