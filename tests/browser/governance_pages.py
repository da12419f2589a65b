"""The page registry's governance pages: the rules and a version, a new version, the
decisions and one with its actions, last year's accounts, a new meeting, a meeting with its
agenda and proxies, an agenda item and a secret ballot, attendance, a proxy, and the ballot."""

from django.utils import timezone

from tests.browser.visit import PageVisit, as_coordinator

GOVERNANCE_PAGES = [
    PageVisit(
        name,
        as_coordinator,
        lambda bw, path=path: (
            f"/{bw.world.a.slug}/"
            + path.format(
                r=bw.world.a_governance.rules_id,
                m=bw.world.a_governance.meeting_id,
                i=bw.world.a_governance.item_id,
                s=bw.world.a_governance.secret_item_id,
                q=bw.world.a_governance.meeting_request_id,
                d=bw.world.a_governance.decision_id,
                y=timezone.localdate().year - 1,
            )
        ),
    )
    for name, path in [
        ("governance:home", "spelregels/"),
        ("governance:rules", "spelregels/{r}/"),
        ("governance:rules_create", "spelregels/nieuw/?soort=statutes"),
        ("governance:decisions", "besluiten/"),
        ("governance:decision", "besluiten/{d}/"),
        ("governance:accounts", "jaarrekening/{y}/"),
        ("governance:meeting_create", "alv/nieuw/"),
        ("governance:meeting", "alv/{m}/"),
        ("governance:item_add", "alv/{m}/agenda/nieuw/"),
        ("governance:attendance", "alv/{m}/aanwezig/?q=Jansen"),
        ("governance:proxy_add", "alv/{m}/volmacht/"),
        ("governance:vote", "alv/{m}/stemmen/"),
        ("governance:item", "alv/agenda/{i}/"),
        ("governance:item", "alv/agenda/{s}/"),
        ("governance:minutes", "alv/{m}/notulen/"),
        ("governance:requests", "alv/verzoeken/"),
        ("governance:request", "alv/verzoeken/{q}/"),
    ]
]
