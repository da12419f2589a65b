from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpConfig(AppConfig):
    name = "wijkkracht.help"
    label = "help"
    verbose_name = _("1-loket: hulpvragen en vrijwilligers")

    def ready(self) -> None:
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.help.services.privacy import help_data_erase, help_data_export

        personal_data_register(key="help", export=help_data_export, erase=help_data_erase)
