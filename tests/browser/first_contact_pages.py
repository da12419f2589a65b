"""The page registry's first-contact pages: joining, asking for help without an account, the
treasurer's queue, Vandaag of each role and the menu groups."""

from tests.browser.visit import PageVisit, as_coordinator, as_nobody

# First contact: the public home's forms, the treasurer's queue, Vandaag and the menu groups.
FIRST_CONTACT_PAGES = [
    PageVisit("members:apply", as_nobody, lambda bw: f"/{bw.world.a.slug}/lid-worden/"),
    PageVisit("help:callback_create", as_nobody, lambda bw: f"/{bw.world.a.slug}/hulp/bel-mij/"),
    PageVisit("core:menu_group", as_nobody, lambda bw: f"/{bw.world.a.slug}/menu/samen/"),
    PageVisit("core:collective_home", lambda bw: bw.member, lambda bw: f"/{bw.world.a.slug}/"),
    PageVisit("core:collective_home", lambda bw: bw.volunteer, lambda bw: f"/{bw.world.a.slug}/"),
    *[
        PageVisit(name, as_coordinator, lambda bw, path=path: f"/{bw.world.a.slug}/{path(bw)}")
        for name, path in [
            ("members:application_list", lambda bw: "aanmeldingen/"),
            ("members:apply_paper", lambda bw: "aanmeldingen/papier/"),
            (
                "members:application_detail",
                lambda bw: f"aanmeldingen/{bw.world.a_members.application_id}/",
            ),
            (
                "members:application_refuse",
                lambda bw: f"aanmeldingen/{bw.world.a_members.application_id}/afwijzen/",
            ),
            ("help:callback_list", lambda bw: "hulp/terugbellen/"),
            ("core:collective_edit", lambda bw: "voorpagina/"),
            ("core:menu_group", lambda bw: "menu/vereniging/"),
        ]
    ],
]
