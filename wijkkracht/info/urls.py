from django.urls import path

from wijkkracht.info.views import desk, federated, importing, manage, public

app_name = "info"

urlpatterns = [
    path("informatie/", public.home_view, name="home"),
    path("informatie/zoeken/", public.search_view, name="search"),
    path("informatie/hulp-bij/<slug:need>/", public.need_view, name="need"),
    path(
        "informatie/diensten/<int:service_id>/", public.service_detail_view, name="service_detail"
    ),
    path(
        "informatie/organisaties/<int:organisation_id>/",
        public.organisation_detail_view,
        name="organisation_detail",
    ),
    path("informatie/spreekuren/", public.walk_in_list_view, name="walk_in_list"),
    path("informatie/uitleg/", public.article_list_view, name="article_list"),
    path("informatie/uitleg/<int:article_id>/", public.article_detail_view, name="article_detail"),
    path("informatie/nieuws/", public.news_list_view, name="news_list"),
    path("informatie/buurtcijfers/", public.facts_view, name="facts"),
    path("informatie/balie/", desk.desk_choose_view, name="desk_choose"),
    path("informatie/balie/<int:walk_in_id>/", desk.desk_view, name="desk"),
    path("informatie/balie/<int:walk_in_id>/vraag/", desk.question_log_view, name="question_log"),
    path(
        "informatie/balie/vragen/<int:question_id>/",
        desk.question_refer_view,
        name="question_refer",
    ),
    path("informatie/beheer/", manage.map_manage_view, name="map_manage"),
    path("informatie/beheer/federatie/", federated.shared_map_view, name="shared_map"),
    path(
        "informatie/beheer/federatie/<int:source_service_id>/overnemen/",
        federated.shared_copy_view,
        name="shared_copy",
    ),
    path(
        "informatie/beheer/organisaties/nieuw/",
        manage.organisation_edit_view,
        name="organisation_create",
    ),
    path(
        "informatie/beheer/organisaties/<int:organisation_id>/",
        manage.organisation_edit_view,
        name="organisation_edit",
    ),
    path(
        "informatie/beheer/organisaties/<int:organisation_id>/gecontroleerd/",
        manage.checked_view,
        name="organisation_checked",
    ),
    path(
        "informatie/beheer/organisaties/<int:organisation_id>/diensten/nieuw/",
        manage.service_edit_view,
        name="service_create",
    ),
    path(
        "informatie/beheer/diensten/<int:service_id>/",
        manage.service_edit_view,
        name="service_edit",
    ),
    path(
        "informatie/beheer/diensten/<int:service_id>/verwijderen/",
        manage.service_delete_view,
        name="service_delete",
    ),
    path(
        "informatie/beheer/diensten/<int:service_id>/spreekuren/nieuw/",
        manage.walk_in_edit_view,
        name="walk_in_create",
    ),
    path(
        "informatie/beheer/spreekuren/<int:walk_in_id>/",
        manage.walk_in_edit_view,
        name="walk_in_edit",
    ),
    path("informatie/beheer/artikelen/", manage.article_manage_view, name="article_manage"),
    path("informatie/beheer/artikelen/nieuw/", manage.article_edit_view, name="article_create"),
    path(
        "informatie/beheer/artikelen/<int:article_id>/",
        manage.article_edit_view,
        name="article_edit",
    ),
    path(
        "informatie/beheer/artikelen/<int:article_id>/verwijderen/",
        manage.article_delete_view,
        name="article_delete",
    ),
    path("informatie/beheer/synoniemen/", manage.synonyms_view, name="synonyms"),
    path(
        "informatie/beheer/synoniemen/<int:group_id>/verwijderen/",
        manage.synonym_delete_view,
        name="synonym_delete",
    ),
    path("informatie/beheer/inlezen/", importing.import_upload_view, name="import_upload"),
    path(
        "informatie/beheer/inlezen/<int:map_import_id>/",
        importing.import_preview_view,
        name="import_preview",
    ),
    path(
        "informatie/beheer/inlezen/<int:map_import_id>/bevestigen/",
        importing.import_confirm_view,
        name="import_confirm",
    ),
]
