from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BusinessCaseConfig(AppConfig):
    """The social business case: who pays and who benefits. It holds no personal data; it reads
    the collective's recorded figures through the other apps' selectors."""

    name = "wijkkracht.businesscase"
    label = "businesscase"
    verbose_name = _("Maatschappelijke businesscase")

    def ready(self) -> None:
        from wijkkracht.core.menu import MenuEntry, menu_register

        menu_register(
            MenuEntry(
                "cijfers",
                20,
                "businesscase:case_list",
                _("Businesscase"),
                ("coordinator", "board", "partner"),
            ),
        )
