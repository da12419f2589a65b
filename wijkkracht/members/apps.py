from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "wijkkracht.members"
    label = "members"
    verbose_name = _("Leden en contributie")

    def ready(self) -> None:
        from wijkkracht.core.menu import VISITORS, MenuEntry, menu_register
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
        menu_register(
            MenuEntry("vereniging", 10, "members:apply", _("Lid worden"), VISITORS),
            MenuEntry(
                "vereniging", 20, "members:my_membership", _("Mijn lidmaatschap"), ("member",)
            ),
            MenuEntry(
                "vereniging", 40, "members:member_list", _("Leden"), ("coordinator", "board")
            ),
            MenuEntry(
                "vereniging",
                50,
                "members:application_list",
                _("Aanmeldingen"),
                ("coordinator", "board"),
            ),
            MenuEntry(
                "vereniging",
                60,
                "members:contributions",
                _("Contributie"),
                ("coordinator", "board"),
            ),
        )
