"""An information point with one of everything, for the isolation walker and the page registry.

The walker's objects are the collective's members-only ones (a service, an article): public ones
are public by design.
"""

import datetime
from dataclasses import dataclass

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Area, Collective, User
from wijkkracht.core.services.records import sheet_upload_store
from wijkkracht.info.models import ArticleKind, MapImport, Need
from wijkkracht.info.services.articles import article_save, synonym_group_save
from wijkkracht.info.services.desk import question_log
from wijkkracht.info.services.facts import facts_load, facts_plan
from wijkkracht.info.services.socialmap import organisation_save, service_save, walk_in_save


@dataclass(frozen=True)
class InfoIds:
    organisation_id: int
    service_id: int  # members only
    public_service_id: int
    walk_in_id: int
    article_id: int  # members only
    public_article_id: int
    question_id: int
    group_id: int
    map_import_id: int


# Real CBS figures (kwb 2023 and 2024) of one Utrecht buurt, its wijk, the city and the country.
KWB = {
    2023: "GM0344;Utrecht;Gemeente;367947;39373;187640;95359;0,7\n"
    "WK034401;Wijk 01 West;Wijk;29040;2855;15480;8165;0,6\n"
    "BU03440121;Lombok-Oost;Buurt;2220;195;1450;940;0,3\n",
    2024: "NL00;Nederland;Land;17942942;;;;\n"
    "GM0344;Utrecht;Gemeente;374238;40261;193267;100296;\n"
    "WK034401;Wijk 01 West;Wijk;29710;2855;16165;8775;\n"
    "BU03440121;Lombok-Oost;Buurt;2260;195;1505;1015;\n",
}


def facts_build(collective: Collective) -> None:
    """Load a few real CBS figures and let the collective serve Lombok-Oost."""
    header = "gwb_code;regio;recs;a_inw;a_65_oo;a_hh;a_1p_hh;g_afs_gs\n"
    for year, rows in KWB.items():
        plan = facts_plan(content=(header + rows).encode(), filename="kwb.csv", year=year)
        facts_load(plan)
    collective.areas.add(Area.objects.get(code="BU03440121"))


def info_build(collective: Collective, actor: User | None = None) -> InfoIds:
    facts_build(collective)
    with scope(collective=collective):
        organisation = organisation_save(
            actor=actor,
            collective=collective,
            name="Stichting Thuisadministratie",
            kind="vrijwilligers",
            phone="030 123 4567",
        )
        private = service_save(
            actor=actor,
            organisation=organisation,
            name="Ledenspreekuur",
            need=Need.QUESTIONS,
            description="Alleen voor leden: vragen over de coöperatie.",
            public=False,
        )
        public = service_save(
            actor=actor,
            organisation=organisation,
            name="Formulierenhulp",
            need=Need.MONEY,
            description="Hulp met brieven van de gemeente.",
        )
        walk_in = walk_in_save(
            actor=actor,
            service=private,
            weekday=1,
            starts_at=datetime.time(10),
            ends_at=datetime.time(12),
            location="Buurthuis, Dorpsstraat 1",
        )
        article = _article(collective, actor, "Voor leden: de jaarvergadering", public=False)
        public_article = _article(collective, actor, "Wat is de Wmo?", public=True)
        question = question_log(actor=actor, walk_in=walk_in, topic=Need.MONEY)
        group = synonym_group_save(
            actor=actor,
            collective=collective,
            words_text="aangifte, belasting",
        )
        upload = sheet_upload_store(
            MapImport,
            actor=actor,
            collective=collective,
            upload=SimpleUploadedFile("k.csv", b"organisatie;onderwerp\n"),
        )
    return InfoIds(
        organisation_id=organisation.pk,
        service_id=private.pk,
        public_service_id=public.pk,
        walk_in_id=walk_in.pk,
        article_id=article.pk,
        public_article_id=public_article.pk,
        question_id=question.pk,
        group_id=group.pk,
        map_import_id=upload.pk,
    )


def _article(collective: Collective, actor: User | None, title: str, *, public: bool) -> object:
    with scope(collective=collective):
        return article_save(
            actor=actor,
            collective=collective,
            kind=ArticleKind.ARTICLE,
            title=title,
            summary="Kort gezegd.",
            body="Korte zinnen.",
            public=public,
            published_on=timezone.localdate(),
        )
