"""The page registry: every page a person can open, who opens it, and how to reach it.

The accessibility test visits each of these; a meta-test fails when a URL is neither here
nor on the NOT_PAGES list, so a new page is checked the day it is added.
"""

from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.browser.academy_pages import ACADEMY_PAGES
from tests.browser.care_pages import CARE_PAGES
from tests.browser.contract_pages import CONTRACT_PAGES
from tests.browser.first_contact_pages import FIRST_CONTACT_PAGES
from tests.browser.governance_pages import GOVERNANCE_PAGES
from tests.browser.impact_pages import IMPACT_PAGES
from tests.browser.outreach_pages import OUTREACH_PAGES
from tests.browser.participation_pages import PARTICIPATION_PAGES
from tests.browser.visit import PageVisit, as_coordinator, as_nobody
from tests.members.build import YEAR
from wijkkracht.core.models import User
from wijkkracht.help.tokens import answer_token


def _link(user: User) -> tuple[str, str]:
    return urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)


PAGES = [
    PageVisit("core:start", as_nobody, lambda bw: "/"),
    PageVisit("core:start", as_coordinator, lambda bw: "/"),
    PageVisit("core:login", as_nobody, lambda bw: "/account/inloggen/"),
    PageVisit("core:password_reset", as_nobody, lambda bw: "/account/wachtwoord-vergeten/"),
    PageVisit(
        "core:password_reset_done", as_nobody, lambda bw: "/account/wachtwoord-vergeten/verstuurd/"
    ),
    PageVisit(
        "core:password_reset_confirm",
        as_nobody,
        lambda bw: "/account/wachtwoord/{}/{}/".format(*_link(bw.member)),
    ),
    PageVisit("core:password_reset_complete", as_nobody, lambda bw: "/account/wachtwoord/klaar/"),
    PageVisit(
        "core:invitation",
        as_nobody,
        lambda bw: "/account/uitnodiging/{}/{}/".format(*_link(bw.fresh)),
    ),
    PageVisit("core:two_factor", as_coordinator, lambda bw: "/account/tweestaps/"),
    PageVisit("core:platform", lambda bw: bw.staff, lambda bw: "/beheer/"),
    PageVisit("core:collective_home", as_nobody, lambda bw: f"/{bw.world.a.slug}/"),
    PageVisit("core:collective_home", as_coordinator, lambda bw: f"/{bw.world.a.slug}/"),
    PageVisit(
        "core:collective_home", lambda bw: bw.world.a_partner, lambda bw: f"/{bw.world.a.slug}/"
    ),
    PageVisit("core:person_list", as_coordinator, lambda bw: f"/{bw.world.a.slug}/mensen/"),
    PageVisit("core:person_create", as_coordinator, lambda bw: f"/{bw.world.a.slug}/mensen/nieuw/"),
    PageVisit(
        "core:person_detail",
        as_coordinator,
        lambda bw: f"/{bw.world.a.slug}/mensen/{bw.world.a_resident.pk}/",
    ),
    PageVisit(
        "core:person_edit",
        as_coordinator,
        lambda bw: f"/{bw.world.a.slug}/mensen/{bw.world.a_resident.pk}/bewerken/",
    ),
    PageVisit(
        "core:my_data", lambda bw: bw.member, lambda bw: f"/{bw.world.a.slug}/mijn-gegevens/"
    ),
    PageVisit(
        "core:api_tokens",
        lambda bw: bw.world.a_partner,
        lambda bw: f"/{bw.world.a.slug}/api-sleutels/",
    ),
    PageVisit("core:audit_log", as_coordinator, lambda bw: f"/{bw.world.a.slug}/logboek/"),
    PageVisit(
        "federation:home", lambda bw: bw.federation_staff, lambda bw: "/federatie/stad-test/"
    ),
    PageVisit(
        "federation:impact",
        lambda bw: bw.federation_staff,
        lambda bw: "/federatie/stad-test/impact/",
    ),
    PageVisit(
        "federation:debits",
        lambda bw: bw.federation_staff,
        lambda bw: "/federatie/stad-test/incasso/",
    ),
    PageVisit("federation:national", as_nobody, lambda bw: "/federatie/landelijk/"),
    PageVisit("federation:open_data", as_nobody, lambda bw: "/federatie/stad-test/open-data/"),
    PageVisit("opendata:index", as_nobody, lambda bw: f"/{bw.world.a.slug}/open-data/"),
    PageVisit("404", as_nobody, lambda bw: "/deze-pagina-bestaat-niet/"),
    *[
        PageVisit(name, as_nobody, lambda bw, path=path: f"/{bw.world.a.slug}/{path(bw)}")
        for name, path in [
            ("activities:calendar", lambda bw: "agenda/"),
            ("activities:place_list", lambda bw: "plekken/"),
            (
                "activities:place_detail",
                lambda bw: f"plekken/{bw.world.a_activities.public_place_id}/",
            ),
            (
                "activities:activity_detail",
                lambda bw: f"activiteiten/{bw.world.a_activities.public_activity_id}/",
            ),
            (
                "activities:occurrence_detail",
                lambda bw: f"keer/{bw.world.a_activities.public_occurrence_id}/",
            ),
            ("activities:board", lambda bw: "prikbord/"),
        ]
    ],
    *[
        PageVisit(name, as_coordinator, lambda bw, path=path: f"/{bw.world.a.slug}/{path(bw)}")
        for name, path in [
            ("core:person_export", lambda bw: f"mensen/{bw.world.a_resident.pk}/alle-gegevens/"),
            ("core:person_erase", lambda bw: f"mensen/{bw.world.a_resident.pk}/wissen/"),
            ("members:member_list", lambda bw: "leden/"),
            ("members:member_create", lambda bw: "leden/nieuw/"),
            ("members:member_detail", lambda bw: f"leden/{bw.world.a_members.member_id}/"),
            ("members:member_end", lambda bw: f"leden/{bw.world.a_members.member_id}/opzeggen/"),
            (
                "members:mandate_create",
                lambda bw: f"leden/{bw.world.a_members.member_id}/machtiging/",
            ),
            ("members:import_upload", lambda bw: "leden/importeren/"),
            (
                "members:import_preview",
                lambda bw: f"leden/importeren/{bw.world.a_members.import_id}/",
            ),
            ("members:creditor", lambda bw: "contributie/bank/"),
            ("core:job", lambda bw: f"taken/{bw.world.a_members.job_id}/"),
            ("members:contribution_year", lambda bw: f"contributie/{YEAR}/"),
            ("members:year_report", lambda bw: f"contributie/{YEAR}/jaaroverzicht/"),
            (
                "members:payment",
                lambda bw: f"contributie/huishouden/{bw.world.a_members.contribution_id}/",
            ),
            ("help:dashboard", lambda bw: "hulp/"),
            ("help:call_list", lambda bw: "hulp/belijst/"),
            ("help:week_plan", lambda bw: "hulp/week/"),
            ("help:request_list", lambda bw: "hulp/vragen/"),
            ("help:request_start", lambda bw: "hulp/vragen/nieuw/?q=Jansen"),
            ("help:request_create", lambda bw: f"hulp/vragen/nieuw/{bw.world.a_resident.pk}/"),
            ("help:request_detail", lambda bw: f"hulp/vragen/{bw.world.a_help.open_request_id}/"),
            ("help:request_detail", lambda bw: f"hulp/vragen/{bw.world.a_help.request_id}/"),
            ("help:request_edit", lambda bw: f"hulp/vragen/{bw.world.a_help.request_id}/bewerken/"),
            (
                "help:request_close",
                lambda bw: f"hulp/vragen/{bw.world.a_help.request_id}/afsluiten/",
            ),
            (
                "help:referral_create",
                lambda bw: f"hulp/vragen/{bw.world.a_help.open_request_id}/doorverwijzen/",
            ),
            (
                "help:health_note",
                lambda bw: f"hulp/vragen/{bw.world.a_help.request_id}/gezondheid/",
            ),
            (
                "help:health_note_edit",
                lambda bw: f"hulp/vragen/{bw.world.a_help.request_id}/gezondheid/bewerken/",
            ),
            ("info:desk_choose", lambda bw: "informatie/balie/"),
            ("info:desk", lambda bw: f"informatie/balie/{bw.world.a_info.walk_in_id}/"),
            (
                "info:question_refer",
                lambda bw: f"informatie/balie/vragen/{bw.world.a_info.question_id}/",
            ),
            ("info:map_manage", lambda bw: "informatie/beheer/"),
            ("info:shared_map", lambda bw: "informatie/beheer/federatie/"),
            ("opendata:manage", lambda bw: "open-data/beheer/"),
            ("info:organisation_create", lambda bw: "informatie/beheer/organisaties/nieuw/"),
            (
                "info:organisation_edit",
                lambda bw: f"informatie/beheer/organisaties/{bw.world.a_info.organisation_id}/",
            ),
            (
                "info:service_create",
                lambda bw: (
                    f"informatie/beheer/organisaties/{bw.world.a_info.organisation_id}"
                    "/diensten/nieuw/"
                ),
            ),
            (
                "info:service_edit",
                lambda bw: f"informatie/beheer/diensten/{bw.world.a_info.service_id}/",
            ),
            (
                "info:walk_in_create",
                lambda bw: (
                    f"informatie/beheer/diensten/{bw.world.a_info.service_id}/spreekuren/nieuw/"
                ),
            ),
            (
                "info:walk_in_edit",
                lambda bw: f"informatie/beheer/spreekuren/{bw.world.a_info.walk_in_id}/",
            ),
            ("info:article_manage", lambda bw: "informatie/beheer/artikelen/"),
            ("info:article_create", lambda bw: "informatie/beheer/artikelen/nieuw/"),
            (
                "info:article_edit",
                lambda bw: f"informatie/beheer/artikelen/{bw.world.a_info.article_id}/",
            ),
            ("info:synonyms", lambda bw: "informatie/beheer/synoniemen/"),
            ("info:import_upload", lambda bw: "informatie/beheer/inlezen/"),
            (
                "info:import_preview",
                lambda bw: f"informatie/beheer/inlezen/{bw.world.a_info.map_import_id}/",
            ),
            ("info:search", lambda bw: "informatie/zoeken/?q=belasting"),
            (
                "info:service_detail",
                lambda bw: f"informatie/diensten/{bw.world.a_info.service_id}/",
            ),
            ("help:volunteer_list", lambda bw: "hulp/vrijwilligers/"),
            ("activities:calendar", lambda bw: "agenda/"),
            ("activities:activity_list", lambda bw: "activiteiten/"),
            ("activities:activity_create", lambda bw: "activiteiten/nieuw/"),
            ("activities:call_list", lambda bw: "activiteiten/belijst/"),
            (
                "activities:activity_detail",
                lambda bw: f"activiteiten/{bw.world.a_activities.activity_id}/",
            ),
            (
                "activities:activity_edit",
                lambda bw: f"activiteiten/{bw.world.a_activities.activity_id}/bewerken/",
            ),
            (
                "activities:occurrence_detail",
                lambda bw: f"keer/{bw.world.a_activities.occurrence_id}/",
            ),
            (
                "activities:signup_for",
                lambda bw: f"keer/{bw.world.a_activities.occurrence_id}/aanmelden-voor/?q=Jansen",
            ),
            ("activities:cook", lambda bw: f"keer/{bw.world.a_activities.occurrence_id}/kok/"),
            (
                "activities:host_list",
                lambda bw: f"keer/{bw.world.a_activities.occurrence_id}/lijst/?q=Jansen",
            ),
            ("activities:place_list", lambda bw: "plekken/"),
            ("activities:place_create", lambda bw: "plekken/nieuw/"),
            ("activities:place_detail", lambda bw: f"plekken/{bw.world.a_activities.place_id}/"),
            (
                "activities:place_edit",
                lambda bw: f"plekken/{bw.world.a_activities.place_id}/bewerken/",
            ),
            (
                "activities:room_create",
                lambda bw: f"plekken/{bw.world.a_activities.public_place_id}/zalen/nieuw/",
            ),
            ("activities:room_edit", lambda bw: f"zalen/{bw.world.a_activities.room_id}/"),
            (
                "activities:booking_create",
                lambda bw: f"zalen/{bw.world.a_activities.room_id}/reserveren/",
            ),
            ("activities:booking_list", lambda bw: "reserveringen/"),
            (
                "activities:person_diet",
                lambda bw: f"activiteiten/dieet/{bw.world.a_resident.pk}/",
            ),
            ("activities:board", lambda bw: "prikbord/"),
            ("activities:post_create", lambda bw: "prikbord/nieuw/"),
            ("activities:post_detail", lambda bw: f"prikbord/{bw.world.a_activities.post_id}/"),
            ("activities:moderation", lambda bw: "prikbord/meldingen/"),
            ("info:home", lambda bw: "informatie/"),
            ("info:search", lambda bw: "informatie/zoeken/?q=belastingaangite"),
            ("info:search", lambda bw: "informatie/zoeken/?q=xyzzy+rollator"),
            ("info:need", lambda bw: "informatie/hulp-bij/geld/"),
            (
                "info:service_detail",
                lambda bw: f"informatie/diensten/{bw.world.a_info.public_service_id}/",
            ),
            (
                "info:organisation_detail",
                lambda bw: f"informatie/organisaties/{bw.world.a_info.organisation_id}/",
            ),
            ("info:walk_in_list", lambda bw: "informatie/spreekuren/"),
            ("info:article_list", lambda bw: "informatie/uitleg/"),
            ("info:news_list", lambda bw: "informatie/nieuws/"),
            (
                "info:article_detail",
                lambda bw: f"informatie/uitleg/{bw.world.a_info.public_article_id}/",
            ),
            ("info:facts", lambda bw: "informatie/buurtcijfers/"),
            (
                "help:volunteer_profile",
                lambda bw: f"hulp/vrijwilligers/{bw.world.a_help.volunteer_person_id}/",
            ),
        ]
    ],
    *[
        PageVisit(
            name, lambda bw: bw.volunteer, lambda bw, path=path: f"/{bw.world.a.slug}/{path(bw)}"
        )
        for name, path in [
            ("help:my_tasks", lambda bw: "hulp/mijn-taken/"),
            ("help:my_task", lambda bw: f"hulp/mijn-taken/{bw.world.a_help.assignment_id}/"),
            (
                "help:my_task_note",
                lambda bw: f"hulp/mijn-taken/{bw.world.a_help.assignment_id}/gezondheid/",
            ),
            ("help:my_hours", lambda bw: f"hulp/mijn-uren/{YEAR}/"),
        ]
    ],
    PageVisit(
        "help:answer",
        as_nobody,
        lambda bw: (
            f"/{bw.world.a.slug}/hulp/antwoord/{answer_token(bw.world.a_help.assignment_id)}/"
        ),
    ),
    *[
        PageVisit(name, lambda bw: bw.member, lambda bw, path=path: f"/{bw.world.a.slug}/{path}")
        for name, path in [
            ("core:my_export", "mijn-gegevens/alles/"),
            ("members:my_membership", "mijn-lidmaatschap/"),
            ("members:my_details", "mijn-lidmaatschap/gegevens/"),
            ("members:my_end", "mijn-lidmaatschap/opzeggen/"),
            ("help:ask", "hulp/vraag/"),
            ("help:my_requests", "hulp/mijn-vragen/"),
            ("activities:my_activities", "mijn-activiteiten/"),
            ("activities:my_diet", "mijn-activiteiten/dieet/"),
        ]
    ],
]

PAGES += [
    PageVisit(
        "activities:signup",
        lambda bw: bw.member,
        lambda bw: f"/{bw.world.a.slug}/keer/{bw.world.a_activities.occurrence_id}/aanmelden/",
    ),
    PageVisit(
        "activities:post_report",
        lambda bw: bw.member,
        lambda bw: f"/{bw.world.a.slug}/prikbord/{bw.world.a_activities.post_id}/melden/",
    ),
]

# The business case: its pages as the coordinator, and the method page as anyone.
_SCENARIO = "businesscase/scenario/{s}/"
PAGES += [
    PageVisit(
        name,
        as_coordinator,
        lambda bw, path=path: (
            f"/{bw.world.a.slug}/"
            + path.format(c=bw.world.a_businesscase.case_id, s=bw.world.a_businesscase.scenario_id)
        ),
    )
    for name, path in [
        ("businesscase:case_list", "businesscase/"),
        ("businesscase:case_create", "businesscase/nieuw/"),
        ("businesscase:case_detail", "businesscase/{c}/"),
        ("businesscase:scenario", _SCENARIO),
        ("businesscase:scenario_settings", _SCENARIO + "uitgangspunten/"),
        ("businesscase:cost_create", _SCENARIO + "kosten/nieuw/"),
        ("businesscase:cost_edit", _SCENARIO + "kosten/0/"),
        ("businesscase:effect_create", _SCENARIO + "effecten/nieuw/"),
        ("businesscase:effect_edit", _SCENARIO + "effecten/0/"),
        ("businesscase:report", _SCENARIO + "rapport/"),
    ]
]
PAGES += [
    PageVisit(
        "businesscase:case_list",
        lambda bw: bw.world.a_partner,
        lambda bw: f"/{bw.world.a.slug}/businesscase/",
    ),
    PageVisit(
        "businesscase:report",
        lambda bw: bw.world.a_partner,
        lambda bw: (
            f"/{bw.world.a.slug}/businesscase/scenario/{bw.world.a_businesscase.published_id}/rapport/"
        ),
    ),
]
PAGES.append(
    PageVisit(
        "businesscase:method", as_nobody, lambda bw: f"/{bw.world.a.slug}/businesscase/rekenwijze/"
    )
)
PAGES += PARTICIPATION_PAGES + IMPACT_PAGES + FIRST_CONTACT_PAGES + CONTRACT_PAGES
PAGES += OUTREACH_PAGES
PAGES += CARE_PAGES
PAGES += ACADEMY_PAGES
PAGES += GOVERNANCE_PAGES
