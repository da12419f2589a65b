from django.urls import path

from wijkkracht.activities.views import activities, board, calendar, occurrences, own, places

app_name = "activities"

urlpatterns = [
    path("agenda/", calendar.calendar_view, name="calendar"),
    path("agenda.ics", calendar.feed_view, name="feed"),
    path("agenda/weekprogramma.pdf", calendar.programme_view, name="programme"),
    path("plekken/", places.place_list_view, name="place_list"),
    path("plekken/nieuw/", places.place_edit_view, name="place_create"),
    path("plekken/<int:place_id>/", places.place_detail_view, name="place_detail"),
    path("plekken/<int:place_id>/bewerken/", places.place_edit_view, name="place_edit"),
    path("plekken/<int:place_id>/agenda.ics", calendar.place_feed_view, name="place_feed"),
    path("plekken/<int:place_id>/zalen/nieuw/", places.room_edit_view, name="room_create"),
    path("zalen/<int:room_id>/", places.room_edit_view, name="room_edit"),
    path("zalen/<int:room_id>/reserveren/", places.booking_create_view, name="booking_create"),
    path("reserveringen/", places.booking_list_view, name="booking_list"),
    path(
        "reserveringen/<int:booking_id>/beslissen/",
        places.booking_decide_view,
        name="booking_decide",
    ),
    path(
        "reserveringen/<int:booking_id>/annuleren/",
        places.booking_cancel_view,
        name="booking_cancel",
    ),
    path("activiteiten/", activities.activity_list_view, name="activity_list"),
    path("activiteiten/nieuw/", activities.activity_edit_view, name="activity_create"),
    path("activiteiten/belijst/", activities.call_list_view, name="call_list"),
    path(
        "activiteiten/<int:activity_id>/",
        activities.activity_detail_view,
        name="activity_detail",
    ),
    path(
        "activiteiten/<int:activity_id>/bewerken/",
        activities.activity_edit_view,
        name="activity_edit",
    ),
    path(
        "activiteiten/<int:activity_id>/stoppen/",
        activities.activity_end_view,
        name="activity_end",
    ),
    path("keer/<int:occurrence_id>/", occurrences.occurrence_detail_view, name="occurrence_detail"),
    path("keer/<int:occurrence_id>/aanmelden/", occurrences.signup_view, name="signup"),
    path(
        "keer/<int:occurrence_id>/aanmelden-voor/",
        occurrences.signup_for_view,
        name="signup_for",
    ),
    path(
        "keer/<int:occurrence_id>/niet/",
        occurrences.occurrence_cancel_view,
        name="occurrence_cancel",
    ),
    path("keer/<int:occurrence_id>/menu/", occurrences.menu_view, name="menu"),
    path("keer/<int:occurrence_id>/kok/", occurrences.cook_view, name="cook"),
    path("keer/<int:occurrence_id>/lijst/", occurrences.host_list_view, name="host_list"),
    path(
        "aanmeldingen/<int:registration_id>/afmelden/",
        occurrences.registration_cancel_view,
        name="registration_cancel",
    ),
    path("mijn-activiteiten/", own.my_activities_view, name="my_activities"),
    path("mijn-activiteiten/dieet/", own.my_diet_view, name="my_diet"),
    path("activiteiten/dieet/<int:person_id>/", own.person_diet_view, name="person_diet"),
    path("prikbord/", board.board_view, name="board"),
    path("prikbord/nieuw/", board.post_create_view, name="post_create"),
    path("prikbord/meldingen/", board.moderation_view, name="moderation"),
    path("prikbord/<int:post_id>/", board.post_detail_view, name="post_detail"),
    path("prikbord/<int:post_id>/melden/", board.post_report_view, name="post_report"),
    path("prikbord/<int:post_id>/weghalen/", board.post_remove_view, name="post_remove"),
    path("prikbord/<int:post_id>/beoordelen/", board.post_moderate_view, name="post_moderate"),
]
