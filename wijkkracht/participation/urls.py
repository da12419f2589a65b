from django.urls import path

from wijkkracht.participation.views import budgets, consultations, dialogues, proposals, surveys

app_name = "participation"

BUDGET = "inspraak/wijkbudget/<int:budget_id>/"
SURVEY = "inspraak/enquetes/<int:survey_id>/"
PROPOSAL = "inspraak/ideeen/<int:proposal_id>/"
DIALOGUE = "inspraak/dialoog/<int:dialogue_id>/"
CONSULTATION = "inspraak/aanbesteding/<int:consultation_id>/"

urlpatterns = [
    path("inspraak/", dialogues.overview_view, name="overview"),
    path("inspraak/wijkbudget/nieuw/", budgets.budget_create_view, name="budget_create"),
    path("inspraak/wijkbudget/inlezen/", budgets.budget_import_view, name="budget_import"),
    path(BUDGET, budgets.budget_view, name="budget"),
    path(BUDGET + "volgende-fase/", budgets.budget_next_phase_view, name="budget_next_phase"),
    path(BUDGET + "stemmen/", budgets.budget_vote_view, name="budget_vote"),
    path(BUDGET + "papier/", budgets.budget_paper_view, name="budget_paper"),
    path(BUDGET + "brieven/", budgets.budget_letters_view, name="budget_letters"),
    path(BUDGET + "uitslag/", budgets.budget_result_view, name="budget_result"),
    path(BUDGET + "stemming.pb", budgets.budget_pb_view, name="budget_pb"),
    path("inspraak/ideeen/", proposals.proposal_list_view, name="proposal_list"),
    path("inspraak/ideeen/nieuw/", proposals.proposal_create_view, name="proposal_create"),
    path(PROPOSAL, proposals.proposal_view, name="proposal"),
    path(PROPOSAL + "steunen/", proposals.proposal_support_view, name="proposal_support"),
    path(PROPOSAL + "besluit/", proposals.proposal_assess_view, name="proposal_assess"),
    path(PROPOSAL + "voortgang/", proposals.proposal_progress_view, name="proposal_progress"),
    path("inspraak/enquetes/nieuw/", surveys.survey_create_view, name="survey_create"),
    path(SURVEY, surveys.survey_view, name="survey"),
    path(SURVEY + "vraag/", surveys.question_add_view, name="question_add"),
    path(SURVEY + "openen/", surveys.survey_status_view, {"action": "open"}, name="survey_open"),
    path(SURVEY + "sluiten/", surveys.survey_status_view, {"action": "close"}, name="survey_close"),
    path(SURVEY + "invullen/", surveys.survey_answer_view, name="survey_answer"),
    path(SURVEY + "papier/", surveys.survey_paper_view, name="survey_paper"),
    path(SURVEY + "brieven/", surveys.survey_letters_view, name="survey_letters"),
    path(SURVEY + "uitslag/", surveys.survey_results_view, name="survey_results"),
    path(SURVEY + "antwoorden.csv", surveys.survey_export_view, {"kind": "csv"}, name="survey_csv"),
    path(
        SURVEY + "antwoorden.xlsx", surveys.survey_export_view, {"kind": "xlsx"}, name="survey_xlsx"
    ),
    path("inspraak/dialoog/nieuw/", dialogues.dialogue_create_view, name="dialogue_create"),
    path(DIALOGUE, dialogues.dialogue_view, name="dialogue"),
    path(DIALOGUE + "bijeenkomst/", dialogues.meeting_add_view, name="meeting_add"),
    path(DIALOGUE + "prioriteiten/", dialogues.priorities_view, name="priorities"),
    path(
        "inspraak/aanbesteding/nieuw/",
        consultations.consultation_create_view,
        name="consultation_create",
    ),
    path(CONSULTATION, consultations.consultation_view, name="consultation"),
    path(CONSULTATION + "biedplan/", consultations.consultation_bid_view, name="consultation_bid"),
    path(
        CONSULTATION + "publiceren/",
        consultations.consultation_publish_view,
        name="consultation_publish",
    ),
]
