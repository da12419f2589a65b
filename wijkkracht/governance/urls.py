from django.urls import path

from wijkkracht.governance.views import accounts, meetings, minutes, requests, rules, votes

app_name = "governance"

MEETING = "alv/<int:meeting_id>/"
ITEM = "alv/agenda/<int:agenda_item_id>/"

urlpatterns = [
    path("spelregels/", rules.home_view, name="home"),
    path("spelregels/nieuw/", rules.rules_create_view, name="rules_create"),
    path("spelregels/<int:rules_id>/", rules.rules_view, name="rules"),
    path("besluiten/", rules.decisions_view, name="decisions"),
    path("besluiten/<int:decision_id>/", rules.decision_view, name="decision"),
    path(
        "besluiten/actie/<int:follow_up_id>/klaar/",
        rules.follow_up_done_view,
        name="follow_up_done",
    ),
    path("jaarverslag/<int:year>.pdf", rules.annual_report_view, name="annual_report"),
    path("jaarrekening/<int:year>/", accounts.accounts_view, name="accounts"),
    path("jaarrekening/voorbeeld.xlsx", accounts.accounts_template_view, name="accounts_template"),
    path("alv/nieuw/", meetings.meeting_create_view, name="meeting_create"),
    path("alv/verzoeken/", requests.requests_view, name="requests"),
    path("alv/verzoeken/<int:meeting_request_id>/", requests.request_view, name="request"),
    path(MEETING, meetings.meeting_view, name="meeting"),
    path(MEETING + "agenda/nieuw/", meetings.item_add_view, name="item_add"),
    path(MEETING + "oproepen/", meetings.convene_view, name="convene"),
    path(MEETING + "brieven.pdf", meetings.letters_view, name="letters"),
    path(MEETING + "aanwezig/", meetings.attendance_view, name="attendance"),
    path(MEETING + "volmacht/", meetings.proxy_add_view, name="proxy_add"),
    path(MEETING + "volmacht/intrekken/", meetings.proxy_revoke_view, name="proxy_revoke"),
    path(MEETING + "stemmen/", votes.vote_view, name="vote"),
    path(MEETING + "notulen/", minutes.minutes_view, name="minutes"),
    path(ITEM, votes.item_view, name="item"),
    path(ITEM + "handen-bevestigen/", votes.tally_confirm_view, name="tally_confirm"),
    path(ITEM + "besluiten/", votes.decide_view, name="decide"),
    path(ITEM + "stembriefjes/", votes.slips_view, name="slips"),
]
