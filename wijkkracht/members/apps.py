from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "wijkkracht.members"
    label = "members"
    verbose_name = _("Leden en contributie")

    def ready(self) -> None:
        from wijkkracht.core.menu import VISITORS, menu_item_register
        from wijkkracht.core.personal_data import personal_data_register
        from wijkkracht.core.public_home import home_part_register, today_part_register
        from wijkkracht.members.home import join
        from wijkkracht.members.home import today_lines as members_today
        from wijkkracht.members.services.privacy import member_data_erase, member_data_export

        personal_data_register(key="membership", export=member_data_export, erase=member_data_erase)
        home_part_register(
            key="join", order=20, template="members/includes/home_join.html", context=join
        )
        today_part_register(key="members", order=20, lines=members_today)
        menu_item_register(
            group="vereniging",
            order=10,
            name="members:apply",
            label=_("Lid worden"),
            roles=VISITORS,
        )
        menu_item_register(
            group="vereniging",
            order=20,
            name="members:my_membership",
            label=_("Mijn lidmaatschap"),
            roles=("member",),
        )
        menu_item_register(
            group="vereniging",
            order=40,
            name="members:member_list",
            label=_("Leden"),
            roles=("coordinator", "board"),
        )
        menu_item_register(
            group="vereniging",
            order=50,
            name="members:application_list",
            label=_("Aanmeldingen"),
            roles=("coordinator", "board"),
        )
        menu_item_register(
            group="vereniging",
            order=60,
            name="members:contributions",
            label=_("Contributie"),
            roles=("coordinator", "board"),
        )
