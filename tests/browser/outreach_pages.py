"""The page registry's outreach pages: the overview, reading in addresses, a round, a walk
list on screen and on paper, one door, and the volunteer's own lists."""

from tests.browser.visit import PageVisit, as_coordinator

OUTREACH_PAGES = [
    PageVisit(
        name,
        who,
        lambda bw, path=path: (
            f"/{bw.world.a.slug}/aanbellen/"
            + path.format(
                r=bw.world.a_outreach.round_id,
                lst=bw.world.a_outreach.list_id,
                s=bw.world.a_outreach.stop_id,
            )
        ),
    )
    for name, who, path in [
        ("outreach:overview", as_coordinator, ""),
        ("outreach:doors", as_coordinator, "adressen/"),
        ("outreach:round_create", as_coordinator, "rondes/nieuw/"),
        ("outreach:round", as_coordinator, "rondes/{r}/"),
        ("outreach:list", as_coordinator, "lijsten/{lst}/"),
        ("outreach:list_print", as_coordinator, "lijsten/{lst}/afdrukken/"),
        ("outreach:door", as_coordinator, "lijsten/{lst}/deur/{s}/"),
        ("outreach:my_lists", lambda bw: bw.volunteer, "mijn-lijsten/"),
    ]
]
