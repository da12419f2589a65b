from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    """The buurtacademie: net learning minutes and accreditation points by the registers'
    rules."""

    name = "wijkkracht.academy"
    label = "academy"
    verbose_name = _("Buurtacademie")
