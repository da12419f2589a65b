from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """Open data per collective: datasets the board publishes, each as CSV, Excel and JSON
    with a CSV on the Web description and a README, made again (byte for byte the same when
    nothing changed) whenever they are published."""

    name = "wijkkracht.opendata"
    label = "opendata"
    verbose_name = _("Open data")

    def ready(self) -> None:
        from wijkkracht.core.menu import MenuEntry, menu_register

        menu_register(
            MenuEntry("cijfers", 60, "opendata:manage", _("Open data"), ("coordinator", "board"))
        )
