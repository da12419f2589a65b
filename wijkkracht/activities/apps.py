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
        from wijkkracht.core.menu import EVERYONE, menu_item_register
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
        menu_item_register(
            group="samen", order=10, name="activities:calendar", label=_("Agenda"), roles=EVERYONE
        )
        menu_item_register(
            group="samen",
            order=20,
            name="activities:activity_list",
            label=_("Activiteiten"),
            roles=("coordinator", "volunteer"),
        )
        menu_item_register(
            group="samen",
            order=30,
            name="activities:my_activities",
            label=_("Mijn activiteiten"),
            roles=("resident", "member", "volunteer"),
        )
        menu_item_register(
            group="samen",
            order=40,
            name="activities:place_list",
            label=_("Plekken en zalen"),
            roles=EVERYONE,
        )
        menu_item_register(
            group="samen", order=50, name="activities:board", label=_("Prikbord"), roles=EVERYONE
        )
