from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfoConfig(AppConfig):
    """The information point. It keeps no personal data about residents: questions at the desk
    are counted without a name, and staff links (author, keeper) go when the user goes."""

    name = "wijkkracht.info"
    label = "info"
    verbose_name = _("Informatiepunt: sociale kaart, spreekuren, uitleg en buurtcijfers")

    def ready(self) -> None:
        from wijkkracht.core.menu import EVERYONE, menu_item_register
        from wijkkracht.core.public_home import home_part_register
        from wijkkracht.info.home import news, walk_ins

        home_part_register(
            key="walk_ins", order=40, template="info/includes/home_walk_ins.html", context=walk_ins
        )
        home_part_register(
            key="news", order=50, template="info/includes/home_news.html", context=news
        )
        menu_item_register(
            group="informatie",
            order=10,
            name="info:home",
            label=_("Informatie en hulp in de buurt"),
            roles=EVERYONE,
        )
        menu_item_register(
            group="informatie",
            order=20,
            name="info:desk_choose",
            label=_("Balie"),
            roles=("coordinator", "volunteer"),
        )
        menu_item_register(
            group="cijfers",
            order=10,
            name="info:facts",
            label=_("Cijfers over onze buurt"),
            roles=EVERYONE,
        )
