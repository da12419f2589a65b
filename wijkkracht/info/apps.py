from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfoConfig(AppConfig):
    """The information point. It keeps no personal data about residents: questions at the desk
    are counted without a name, and staff links (author, keeper) go when the user goes."""

    name = "wijkkracht.info"
    label = "info"
    verbose_name = _("Informatiepunt: sociale kaart, spreekuren, uitleg en buurtcijfers")

    def ready(self) -> None:
        from wijkkracht.core.menu import EVERYONE, MenuEntry, menu_register
        from wijkkracht.core.public_home import home_part_register
        from wijkkracht.info.home import news, walk_ins

        home_part_register(
            key="walk_ins", order=40, template="info/includes/home_walk_ins.html", context=walk_ins
        )
        home_part_register(
            key="news", order=50, template="info/includes/home_news.html", context=news
        )
        menu_register(
            MenuEntry("informatie", 10, "info:home", _("Informatie en hulp in de buurt"), EVERYONE),
            MenuEntry(
                "informatie", 20, "info:desk_choose", _("Balie"), ("coordinator", "volunteer")
            ),
            MenuEntry("cijfers", 10, "info:facts", _("Cijfers over onze buurt"), EVERYONE),
        )
