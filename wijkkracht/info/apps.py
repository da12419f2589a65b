from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfoConfig(AppConfig):
    """The information point. It keeps no personal data about residents: questions at the desk
    are counted without a name, and staff links (author, keeper) go when the user goes."""

    name = "wijkkracht.info"
    label = "info"
    verbose_name = _("Informatiepunt: sociale kaart, spreekuren, uitleg en buurtcijfers")
