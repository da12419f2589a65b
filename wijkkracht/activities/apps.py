from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "wijkkracht.activities"
    label = "activities"
    verbose_name = _("Ontmoeten: plekken, activiteiten en het prikbord")

    def ready(self) -> None:
        from wijkkracht.activities.services.privacy import (
            activities_data_erase,
            activities_data_export,
        )
        from wijkkracht.core.personal_data import personal_data_register

        personal_data_register(
            key="activities", export=activities_data_export, erase=activities_data_erase
        )
