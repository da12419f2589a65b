from django.urls import path

from wijkkracht.care.views import appreciation, circles, health, notes, tasks

app_name = "care"

CIRCLE = "zorgcirkels/<int:circle_id>/"
TASK = CIRCLE + "taken/<int:care_task_id>/"

urlpatterns = [
    path("zorgcirkels/", circles.circles_view, name="circles"),
    path("zorgcirkels/nieuw/", circles.circle_start_view, name="circle_start"),
    path("zorgcirkels/nieuw/<int:person_id>/", circles.circle_create_view, name="circle_create"),
    path("zorgcirkels/mantelzorgwaardering/", appreciation.appreciation_view, name="appreciation"),
    path(
        "zorgcirkels/mantelzorgwaardering/brieven/",
        appreciation.appreciation_letters_view,
        name="appreciation_letters",
    ),
    path("zorgcirkels/instellingen/", circles.settings_view, name="settings"),
    path(
        "zorgcirkels/bel-even/<int:strain_call_id>/", circles.strain_call_view, name="strain_call"
    ),
    path(CIRCLE, circles.circle_view, name="circle"),
    path(CIRCLE + "leden/nieuw/", circles.member_search_view, name="member_search"),
    path(CIRCLE + "leden/nieuw/<int:person_id>/", circles.member_add_view, name="member_add"),
    path(CIRCLE + "leden/<int:circle_member_id>/", circles.member_edit_view, name="member_edit"),
    path(
        CIRCLE + "leden/<int:circle_member_id>/weg/",
        circles.member_remove_view,
        name="member_remove",
    ),
    path(CIRCLE + "taken/nieuw/", tasks.task_create_view, name="task_create"),
    path(TASK + "opnemen/", tasks.task_action_view, {"action": "claim"}, name="task_claim"),
    path(TASK + "teruggeven/", tasks.task_action_view, {"action": "release"}, name="task_release"),
    path(TASK + "gedaan/", tasks.task_action_view, {"action": "done"}, name="task_done"),
    path(
        TASK + "gaat-niet-door/", tasks.task_action_view, {"action": "cancel"}, name="task_cancel"
    ),
    path(CIRCLE + "respijt/nieuw/", tasks.respite_create_view, name="respite_create"),
    path(
        CIRCLE + "respijt/<int:respite_id>/loket/",
        tasks.respite_loket_view,
        name="respite_loket",
    ),
    path(CIRCLE + "notities/", notes.notes_view, name="notes"),
    path(CIRCLE + "notities/toestemming/", notes.notes_consent_view, name="notes_consent"),
    path("mijn-gezondheid/", health.my_health_view, name="my_health"),
    path(
        "mijn-gezondheid/fhir.json",
        health.my_health_download_view,
        {"kind": "fhir"},
        name="my_health_fhir",
    ),
    path(
        "mijn-gezondheid/samenvatting.pdf",
        health.my_health_download_view,
        {"kind": "pdf"},
        name="my_health_pdf",
    ),
    path("gezondheid/<int:person_id>/", health.person_health_view, name="person_health"),
    path(
        "gezondheid/<int:person_id>/fhir.json",
        health.person_health_download_view,
        {"kind": "fhir"},
        name="person_health_fhir",
    ),
    path(
        "gezondheid/<int:person_id>/samenvatting.pdf",
        health.person_health_download_view,
        {"kind": "pdf"},
        name="person_health_pdf",
    ),
]
