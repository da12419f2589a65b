from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from wijkkracht.core.views import accounts, collective, home, jobs, me, people, platform, privacy

app_name = "core"

account_patterns = [
    path("inloggen/", accounts.login_view, name="login"),
    path("uitloggen/", accounts.logout_view, name="logout"),
    path("tweestaps/", accounts.two_factor_view, name="two_factor"),
    path(
        "wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(
            template_name="core/password_reset.html",
            email_template_name="core/mail/password_reset.txt",
            subject_template_name="core/mail/password_reset_subject.txt",
            success_url=reverse_lazy("core:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(template_name="core/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "wachtwoord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="core/password_reset_confirm.html",
            success_url=reverse_lazy("core:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord/klaar/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="core/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("uitnodiging/<uidb64>/<token>/", accounts.InvitationView.as_view(), name="invitation"),
]

collective_patterns = [
    path("", collective.collective_home, name="collective_home"),
    path("voorpagina/", collective.collective_edit_view, name="collective_edit"),
    path("menu/<slug:group>/", collective.menu_group_view, name="menu_group"),
    path("mensen/", people.person_list_view, name="person_list"),
    path("mensen/nieuw/", people.person_create_view, name="person_create"),
    path("mensen/<int:person_id>/", people.person_detail_view, name="person_detail"),
    path("mensen/<int:person_id>/bewerken/", people.person_edit_view, name="person_edit"),
    path("mensen/<int:person_id>/rol/", people.person_role_view, name="person_role"),
    path("mensen/<int:person_id>/uitnodigen/", people.person_invite_view, name="person_invite"),
    path("mensen/<int:person_id>/alle-gegevens/", privacy.person_export_view, name="person_export"),
    path("mensen/<int:person_id>/wissen/", privacy.person_erase_view, name="person_erase"),
    path("mijn-gegevens/", me.my_data_view, name="my_data"),
    path("mijn-gegevens/alles/", privacy.my_export_view, name="my_export"),
    path("api-sleutels/", me.api_tokens_view, name="api_tokens"),
    path(
        "api-sleutels/<int:token_id>/intrekken/", me.api_token_revoke_view, name="api_token_revoke"
    ),
    path("logboek/", me.audit_log_view, name="audit_log"),
    path("taken/<int:job_id>/", jobs.job_view, name="job"),
]

urlpatterns = [
    path("", home.start, name="start"),
    path("account/", include(account_patterns)),
    path("beheer/", platform.platform_view, name="platform"),
    # Last: the first part of every other URL is the collective's slug.
    path("<slug:collective_slug>/", include(collective_patterns)),
]
