from django.urls import path

from wijkkracht.help.views import answer, callbacks, care, dashboard, own, requests, volunteers

app_name = "help"

urlpatterns = [
    path("hulp/", dashboard.dashboard_view, name="dashboard"),
    path("hulp/belijst/", dashboard.call_list_view, name="call_list"),
    path("hulp/bel-mij/", callbacks.callback_create_view, name="callback_create"),
    path("hulp/terugbellen/", callbacks.callback_list_view, name="callback_list"),
    path(
        "hulp/terugbellen/<int:callback_id>/klaar/",
        callbacks.callback_done_view,
        name="callback_done",
    ),
    path("hulp/week/", dashboard.week_plan_view, name="week_plan"),
    path("hulp/vragen/", requests.request_list_view, name="request_list"),
    path("hulp/vragen/nieuw/", requests.request_start_view, name="request_start"),
    path("hulp/vragen/nieuw/<int:person_id>/", requests.request_create_view, name="request_create"),
    path("hulp/vragen/<int:request_id>/", requests.request_detail_view, name="request_detail"),
    path("hulp/vragen/<int:request_id>/bewerken/", requests.request_edit_view, name="request_edit"),
    path(
        "hulp/vragen/<int:request_id>/vrijwilliger-vragen/",
        requests.request_propose_view,
        name="request_propose",
    ),
    path(
        "hulp/vragen/<int:request_id>/annuleren/",
        requests.request_cancel_view,
        name="request_cancel",
    ),
    path(
        "hulp/vragen/<int:request_id>/afsluiten/", requests.request_close_view, name="request_close"
    ),
    path(
        "hulp/vragen/<int:request_id>/nagebeld/",
        requests.request_follow_up_view,
        name="request_follow_up",
    ),
    path(
        "hulp/vragen/<int:request_id>/doorverwijzen/",
        care.referral_create_view,
        name="referral_create",
    ),
    path("hulp/vragen/<int:request_id>/gezondheid/", care.health_note_view, name="health_note"),
    path(
        "hulp/vragen/<int:request_id>/gezondheid/bewerken/",
        care.health_note_edit_view,
        name="health_note_edit",
    ),
    path(
        "hulp/vragen/<int:request_id>/gezondheid/wissen/",
        care.health_note_erase_view,
        name="health_note_erase",
    ),
    path(
        "hulp/koppelingen/<int:assignment_id>/antwoord/",
        requests.assignment_answer_view,
        name="assignment_answer",
    ),
    path(
        "hulp/koppelingen/<int:assignment_id>/terugnemen/",
        requests.assignment_withdraw_view,
        name="assignment_withdraw",
    ),
    path(
        "hulp/doorverwijzingen/<int:referral_id>/nagebeld/",
        care.referral_follow_up_view,
        name="referral_follow_up",
    ),
    path("hulp/vrijwilligers/", volunteers.volunteer_list_view, name="volunteer_list"),
    path(
        "hulp/vrijwilligers/<int:person_id>/",
        volunteers.volunteer_profile_view,
        name="volunteer_profile",
    ),
    path(
        "hulp/vrijwilligers/<int:person_id>/tijden/",
        volunteers.availability_view,
        name="availability",
    ),
    path(
        "hulp/vrijwilligers/<int:person_id>/afwezig/",
        volunteers.absence_add_view,
        name="absence_add",
    ),
    path(
        "hulp/afwezigheid/<int:absence_id>/weghalen/",
        volunteers.absence_remove_view,
        name="absence_remove",
    ),
    path("hulp/vrijwilligers/<int:person_id>/pauze/", volunteers.pause_view, name="pause"),
    path("hulp/antwoord/<str:token>/", answer.answer_view, name="answer"),
    path("hulp/mijn-taken/", own.my_tasks_view, name="my_tasks"),
    path("hulp/mijn-taken/pauze/", own.my_pause_view, name="my_pause"),
    path("hulp/mijn-taken/<int:assignment_id>/", own.my_task_view, name="my_task"),
    path(
        "hulp/mijn-taken/<int:assignment_id>/antwoord/",
        own.my_task_answer_view,
        name="my_task_answer",
    ),
    path(
        "hulp/mijn-taken/<int:assignment_id>/gezondheid/",
        own.my_task_note_view,
        name="my_task_note",
    ),
    path("hulp/mijn-taken/<int:assignment_id>/uren/", own.my_task_hours_view, name="my_task_hours"),
    path("hulp/mijn-uren/<int:year>/", own.my_hours_view, name="my_hours"),
    path("hulp/vraag/", own.ask_view, name="ask"),
    path("hulp/mijn-vragen/", own.my_requests_view, name="my_requests"),
]
