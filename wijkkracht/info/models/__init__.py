from wijkkracht.info.models.articles import Article, ArticleKind
from wijkkracht.info.models.desk import Question
from wijkkracht.info.models.facts import NETHERLANDS, AreaFigure, Measure
from wijkkracht.info.models.importing import MapImport
from wijkkracht.info.models.search import EntryKind, SearchEntry, SearchWord, SynonymGroup
from wijkkracht.info.models.socialmap import (
    Need,
    Organisation,
    OrganisationKind,
    Service,
    WalkInHour,
)

__all__ = [
    "NETHERLANDS",
    "AreaFigure",
    "Article",
    "ArticleKind",
    "EntryKind",
    "MapImport",
    "Measure",
    "Need",
    "Organisation",
    "OrganisationKind",
    "Question",
    "SearchEntry",
    "SearchWord",
    "Service",
    "SynonymGroup",
    "WalkInHour",
]
