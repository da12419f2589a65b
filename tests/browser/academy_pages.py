"""The page registry's academy pages: the courses and a course with its hand-out, an edition
with its results and certificates, a session's list, sign-in sheet, typing it in and the code
for the room, checking in, my learning, the federation's catalogue, and the public check of a
certificate."""

from tests.browser.visit import PageVisit, as_coordinator, as_nobody

ACADEMY_PAGES = [
    PageVisit(
        name,
        as_coordinator,
        lambda bw, path=path: (
            f"/{bw.world.a.slug}/"
            + path.format(
                c=bw.world.a_academy.course_id,
                e=bw.world.a_academy.edition_id,
                s=bw.world.a_academy.session_id,
                k=bw.world.a_academy.certificate_id,
            )
        ),
    )
    for name, path in [
        ("academy:courses", "academie/"),
        ("academy:course_create", "academie/cursussen/nieuw/"),
        ("academy:course", "academie/cursussen/{c}/"),
        ("academy:course_edit", "academie/cursussen/{c}/wijzigen/"),
        ("academy:course_handout", "academie/cursussen/{c}/hand-out/"),
        ("academy:edition_create", "academie/cursussen/{c}/geven/"),
        ("academy:edition", "academie/uitvoeringen/{e}/"),
        ("academy:session", "academie/bijeenkomsten/{s}/"),
        ("academy:session_sheet", "academie/bijeenkomsten/{s}/tekenlijst/"),
        ("academy:session_paper", "academie/bijeenkomsten/{s}/tekenlijst/invoeren/"),
        ("academy:session_room", "academie/bijeenkomsten/{s}/code/"),
        ("academy:check_in", "academie/inchecken/"),
        ("academy:certificate_revoke", "academie/certificaten/{k}/intrekken/"),
        ("academy:my_learning", "academie/mijn-leren/"),
        ("academy:register_number", "academie/mijn-leren/register/"),
        ("academy:catalogue", "academie/federatie/"),
    ]
] + [
    PageVisit("certificate_search", as_nobody, lambda bw: "/certificaat/?code=BA-0000"),
    PageVisit(
        "certificate_check",
        as_nobody,
        lambda bw: f"/certificaat/{bw.world.a_academy.certificate_code}/",
    ),
]
