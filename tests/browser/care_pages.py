"""The page registry's care pages: the circles, a new circle, one circle with its members,
tasks, time off and notes, the carer appreciation list and letters, and 'Mijn gezondheid'."""

from tests.browser.visit import PageVisit, as_coordinator

CARE_PAGES = [
    PageVisit(
        name,
        as_coordinator,
        lambda bw, path=path: (
            f"/{bw.world.a.slug}/"
            + path.format(
                c=bw.world.a_care.circle_id,
                m=bw.world.a_care.circle_member_id,
                p=bw.world.a_resident.pk,
            )
        ),
    )
    for name, path in [
        ("care:circles", "zorgcirkels/"),
        ("care:circle_start", "zorgcirkels/nieuw/?q=Jansen"),
        ("care:circle_create", "zorgcirkels/nieuw/{p}/"),
        ("care:appreciation", "zorgcirkels/mantelzorgwaardering/"),
        ("care:settings", "zorgcirkels/instellingen/"),
        ("care:appreciation_letters", "zorgcirkels/mantelzorgwaardering/brieven/"),
        ("care:circle", "zorgcirkels/{c}/"),
        ("care:member_search", "zorgcirkels/{c}/leden/nieuw/?q=Jansen"),
        ("care:member_add", "zorgcirkels/{c}/leden/nieuw/{p}/"),
        ("care:member_edit", "zorgcirkels/{c}/leden/{m}/"),
        ("care:task_create", "zorgcirkels/{c}/taken/nieuw/"),
        ("care:respite_create", "zorgcirkels/{c}/respijt/nieuw/"),
        ("care:notes", "zorgcirkels/{c}/notities/"),
        ("care:my_health", "mijn-gezondheid/"),
        ("care:person_health", "gezondheid/{p}/"),
    ]
]
