from django.urls import path

from wijkkracht.academy.views import catalogue, certificates, courses, editions, learning, sessions

app_name = "academy"

COURSE = "academie/cursussen/<int:course_id>/"
EDITION = "academie/uitvoeringen/<int:edition_id>/"
SESSION = "academie/bijeenkomsten/<int:session_id>/"

urlpatterns = [
    path("academie/", courses.courses_view, name="courses"),
    path("academie/leerlijn/", courses.path_seed_view, name="path_seed"),
    path("academie/cursussen/nieuw/", courses.course_create_view, name="course_create"),
    path(COURSE, courses.course_view, name="course"),
    path(COURSE + "wijzigen/", courses.course_edit_view, name="course_edit"),
    path(COURSE + "hand-out/", courses.course_handout_view, name="course_handout"),
    path(COURSE + "geven/", courses.edition_create_view, name="edition_create"),
    path(EDITION, editions.edition_view, name="edition"),
    path(EDITION + "inschrijven/", editions.enrol_view, name="enrol"),
    path(EDITION + "certificaten/", editions.certificates_issue_view, name="certificates_issue"),
    path(EDITION + "presentielijst.csv", editions.presence_csv_view, name="presence_csv"),
    path(SESSION, sessions.session_view, name="session"),
    path(SESSION + "tekenlijst/", sessions.session_sheet_view, name="session_sheet"),
    path(SESSION + "tekenlijst/invoeren/", sessions.session_paper_view, name="session_paper"),
    path(SESSION + "code/", sessions.session_room_view, name="session_room"),
    path("academie/inchecken/", sessions.check_in_view, name="check_in"),
    path(
        "academie/certificaten/<int:certificate_id>.pdf",
        certificates.certificate_pdf_view,
        name="certificate_pdf",
    ),
    path(
        "academie/certificaten/<int:certificate_id>/intrekken/",
        certificates.certificate_revoke_view,
        name="certificate_revoke",
    ),
    path("academie/mijn-leren/", learning.my_learning_view, name="my_learning"),
    path("academie/mijn-leren/register/", learning.register_number_view, name="register_number"),
    path("academie/federatie/", catalogue.catalogue_view, name="catalogue"),
    path(
        "academie/federatie/<int:source_course_id>/overnemen/",
        catalogue.catalogue_copy_view,
        name="catalogue_copy",
    ),
]
