from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareConfig(AppConfig):
    """Care circles around a resident, time off for the main carer, the municipality's
    carer appreciation, and the resident's own care data to take along."""

    name = "wijkkracht.care"
    label = "care"
    verbose_name = _("Zorgcirkels en mantelzorg")

    def ready(self) -> None:
        from wijkkracht.care.home import today_lines
        from wijkkracht.care.privacy import care_data_erase, care_data_export
        from wijkkracht.care.selectors import carers_measured
        from wijkkracht.core.menu import MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import today_part_register
        from wijkkracht.impact.models import Reach
        from wijkkracht.impact.reach import named_group_register

        named_group_register(Reach.CARERS, carers_measured)
        personal_data_register(key="care", export=care_data_export, erase=care_data_erase)
        today_part_register(key="care", order=25, lines=today_lines)
        menu_register(
            MenuEntry("hulp", 40, "care:circles", _("Zorgcirkels")),
            MenuEntry("hulp", 90, "care:my_health", _("Mijn gezondheid"), ("resident", "member")),
        )
