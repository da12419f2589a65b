from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    """Ringing doorbells (aanbellen): the collective's doors read from an address file, walk
    lists for neighbourhood assistants, visits with consent first, and what people ask at
    the door handed to the 1-loket."""

    name = "wijkkracht.outreach"
    label = "outreach"
    verbose_name = _("Aanbellen: looplijsten en huisbezoeken")

    def ready(self) -> None:
        from wijkkracht.core.menu import MenuEntry, menu_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.outreach.privacy import visit_data_erase, visit_data_export

        personal_data_register(key="outreach", export=visit_data_export, erase=visit_data_erase)
        menu_register(
            MenuEntry("hulp", 45, "outreach:overview", _("Aanbellen"), ("coordinator",)),
            MenuEntry("hulp", 46, "outreach:my_lists", _("Mijn looplijsten"), ("volunteer",)),
        )
