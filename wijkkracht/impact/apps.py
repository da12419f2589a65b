from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    """Making impact visible: validated scales (social cohesion, loneliness, carer strain)
    measured in rounds, before and after, against the national figures, as an infographic.
    An analysis app: it reads the operational apps through their selectors and services."""

    name = "wijkkracht.impact"
    label = "impact"
    verbose_name = _("Impact: samenhang, eenzaamheid en mantelzorg gemeten")

    def ready(self) -> None:
        from wijkkracht.core.menu import MenuEntry, menu_register

        menu_register(
            MenuEntry(
                "cijfers", 30, "impact:round_list", _("Impact"), ("coordinator", "board", "partner")
            ),
        )
