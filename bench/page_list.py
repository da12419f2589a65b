"""The pages `bench/pages.py` measures: every public page of the village, and pages of each
app as the role that uses them, in the demo's data."""

from dataclasses import dataclass


@dataclass
class Page:
    label: str
    path: str
    login: str = ""  # e-mail of the demo login, or "" for a visitor


def pages() -> list[Page]:
    from django_scopes import scopes_disabled

    from wijkkracht.academy.models import Certificate, Edition
    from wijkkracht.care.models import Circle
    from wijkkracht.contracts.models import Statement, VoucherScheme
    from wijkkracht.governance.models import Decision, Meeting
    from wijkkracht.info.models import Service
    from wijkkracht.outreach.models import WalkList
    from wijkkracht.participation.models import Budget

    with scopes_disabled():
        service = Service.objects.filter(collective__slug="veldhoek", public=True).first()
        budget = Budget.objects.filter(collective__slug="veldhoek").exclude(counted_at=None).first()
        statement = Statement.objects.filter(collective__slug="veldhoek").first()
        scheme = VoucherScheme.objects.filter(collective__slug="veldhoek").first()
        walk = WalkList.objects.filter(collective__slug="lombok", number=1).first()
        circle = Circle.objects.filter(collective__slug="veldhoek").first()
        edition = Edition.objects.filter(collective__slug="veldhoek").order_by("pk").first()
        certificate = Certificate.objects.filter(collective__slug="veldhoek").first()
        meeting = Meeting.objects.filter(collective__slug="veldhoek").order_by("starts_at").first()
        decision = Decision.objects.filter(collective__slug="veldhoek").order_by("pk").first()
    assert service and budget and statement and scheme and walk and circle
    assert edition and certificate and meeting and decision
    coordinator = "coordinator@veldhoek.example"
    return [
        Page("collective home", "/veldhoek/"),
        Page("agenda week", "/veldhoek/agenda/"),
        Page("places", "/veldhoek/plekken/"),
        Page("notice board", "/veldhoek/prikbord/"),
        Page("information point", "/veldhoek/informatie/"),
        Page("search 'mantelzorg'", "/veldhoek/informatie/zoeken/?q=mantelzorg"),
        Page("social map service", f"/veldhoek/informatie/diensten/{service.pk}/"),
        Page("neighbourhood facts", "/veldhoek/informatie/buurtcijfers/"),
        Page("participation", "/veldhoek/inspraak/"),
        Page("lid worden", "/veldhoek/lid-worden/"),
        Page("hulp vragen without an account", "/veldhoek/hulp/bel-mij/"),
        Page("coordinator's Vandaag", "/veldhoek/", coordinator),
        Page("applications waiting", "/veldhoek/aanmeldingen/", coordinator),
        Page("1-loket dashboard", "/veldhoek/hulp/", coordinator),
        Page("member register", "/veldhoek/leden/", coordinator),
        Page("budget result", f"/veldhoek/inspraak/wijkbudget/{budget.pk}/uitslag/", coordinator),
        Page("wijkcontract", f"/veldhoek/contracten/{statement.contract_id}/", coordinator),
        Page("contract statement", f"/veldhoek/afrekeningen/{statement.pk}/", coordinator),
        Page("village budget", "/veldhoek/dorpsbudget/", coordinator),
        Page("service vouchers", f"/veldhoek/cheques/{scheme.pk}/", coordinator),
        Page("care circles", "/veldhoek/zorgcirkels/", coordinator),
        Page(
            "care circle (main carer)",
            f"/veldhoek/zorgcirkels/{circle.pk}/",
            "mantelzorger@veldhoek.example",
        ),
        Page("carer appreciation list", "/veldhoek/zorgcirkels/mantelzorgwaardering/", coordinator),
        Page("courses", "/veldhoek/academie/", coordinator),
        Page(
            "edition with results (teacher)",
            f"/veldhoek/academie/uitvoeringen/{edition.pk}/",
            "teacher@veldhoek.example",
        ),
        Page(
            "my learning (nurse)",
            "/veldhoek/academie/mijn-leren/",
            "wijkverpleging@veldhoek.example",
        ),
        Page("certificate check", f"/certificaat/{certificate.code}/"),
        Page("members' meeting", f"/veldhoek/alv/{meeting.pk}/", coordinator),
        Page("decisions (member)", "/veldhoek/besluiten/", "member@veldhoek.example"),
        Page("decision with actions", f"/veldhoek/besluiten/{decision.pk}/", coordinator),
        Page(
            "accounts (coordinator)",
            f"/veldhoek/jaarrekening/{meeting.starts_at.year - 1}/",
            coordinator,
        ),
        Page("attendance by code", f"/veldhoek/alv/{meeting.pk}/aanwezig/", coordinator),
        Page(
            "outreach round",
            f"/lombok/aanbellen/rondes/{walk.round_id}/",
            "coordinator@lombok.example",
        ),
        Page(
            "walk list (assistant)",
            f"/lombok/aanbellen/lijsten/{walk.pk}/",
            "assistent@lombok.example",
        ),
        Page(
            "federation dashboard",
            "/federatie/utrecht-samen/",
            "federatie@utrecht-samen.example",
        ),
        Page(
            "federation's impact measurements",
            "/federatie/utrecht-samen/impact/",
            "federatie@utrecht-samen.example",
        ),
        Page(
            "federation treasurer's debits",
            "/federatie/utrecht-samen/incasso/",
            "federatie@utrecht-samen.example",
        ),
        Page("federation's open data", "/federatie/utrecht-samen/open-data/"),
        Page("open data catalogue (Turtle)", "/veldhoek/open-data/catalog.ttl"),
        Page("national page", "/federatie/landelijk/"),
        Page(
            "federation's social map",
            "/lombok/informatie/beheer/federatie/",
            "coordinator@lombok.example",
        ),
    ]
