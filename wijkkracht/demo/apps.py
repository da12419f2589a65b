from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo spans every app, so it sits beside them rather than in core."""

    name = "wijkkracht.demo"
    label = "demo"
    verbose_name = _("Demo")
