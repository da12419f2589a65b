import base64
from io import BytesIO

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordResetConfirmView
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from wijkkracht.core.access import client_ip
from wijkkracht.core.forms import LoginForm, TokenForm
from wijkkracht.core.selectors import user_has_sensitive_role
from wijkkracht.core.services.accounts import (
    login_failure_record,
    login_failures_clear,
    login_is_throttled,
)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse(settings.LOGIN_REDIRECT_URL)


def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].lower()
        ip_address = client_ip(request)
        if login_is_throttled(email=email, ip_address=ip_address):
            form.add_error(
                None,
                _(
                    "U heeft te vaak een verkeerd wachtwoord getypt. "
                    "Wacht een kwartier en probeer het dan opnieuw."
                ),
            )
        else:
            user = authenticate(request, email=email, password=form.cleaned_data["password"])
            if user is None:
                login_failure_record(email=email, ip_address=ip_address)
                form.add_error(
                    None, _("Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.")
                )
            else:
                login_failures_clear(email=email)
                login(request, user)
                if settings.REQUIRE_TWO_FACTOR and user_has_sensitive_role(user=user):
                    return redirect(f"{reverse('core:two_factor')}?next={_next_url(request)}")
                return HttpResponseRedirect(_next_url(request))
    return render(request, "core/login.html", {"form": form, "next": request.GET.get("next", "")})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, _("U bent uitgelogd."))
    return redirect("core:start")


def _qr_svg(uri: str) -> str:
    import qrcode.image.svg  # loaded on first use: slow to import

    buffer = BytesIO()
    qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8).save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


@login_required
def two_factor_view(request: HttpRequest) -> HttpResponse:
    """Ask for the app's code; the first time, show the QR code to add the account to the app."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    setting_up = device is None
    if device is None:
        device, _created = TOTPDevice.objects.get_or_create(
            user=request.user, confirmed=False, defaults={"name": "app"}
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not device.verify_is_allowed()[0]:
            form.add_error(
                "token",
                _(
                    "U heeft te vaak een foute code getypt. "
                    "Wacht een minuut en probeer het dan opnieuw."
                ),
            )
        elif device.verify_token(form.cleaned_data["token"]):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return HttpResponseRedirect(_next_url(request))
        else:
            form.add_error(
                "token", _("Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat.")
            )
    context = {"form": form, "setting_up": setting_up, "next": request.GET.get("next", "")}
    if setting_up:
        context["qr_svg"] = mark_safe(_qr_svg(device.config_url))  # noqa: S308 - SVG made by qrcode
        context["secret"] = base64.b32encode(device.bin_key).decode()
    return render(request, "core/two_factor.html", context)


class InvitationView(PasswordResetConfirmView):
    """The link from an invitation: the person chooses a password and is logged in."""

    template_name = "core/invitation.html"
    post_reset_login = True
    success_url = reverse_lazy("core:start")
