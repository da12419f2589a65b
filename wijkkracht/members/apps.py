from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "wijkkracht.members"
    label = "members"
    verbose_name = _("Leden en contributie")

    def ready(self) -> None:
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.members.services.privacy import member_data_erase, member_data_export

        personal_data_register(key="membership", export=member_data_export, erase=member_data_erase)
