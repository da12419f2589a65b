"""The service voucher pages: the schemes with their figures, a new scheme, one scheme (give
vouchers, find one by its code), a person's vouchers to print, and redeeming one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wijkkracht.contracts.models import Voucher, VoucherScheme
from wijkkracht.contracts.selectors import MAKERS, voucher_figures, voucher_holders, vouchers_of
from wijkkracht.contracts.services.vouchers import (
    code_normal,
    given_in_year,
    redeemable_requests,
    scheme_create,
    voucher_redeem,
    vouchers_give,
)
from wijkkracht.contracts.voucher_forms import (
    VoucherCodeForm,
    VoucherGiveForm,
    VoucherRedeemForm,
    VoucherSchemeForm,
)
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import Person
from wijkkracht.core.selectors import person_list

FOUND = 20  # people shown for a search


@role_required(*MAKERS)
def schemes_view(request: CollectiveRequest) -> HttpResponse:
    today = timezone.localdate()
    schemes = [(s, voucher_figures(s, today)) for s in VoucherScheme.objects.all()]
    return render(
        request, "contracts/vouchers/schemes.html", {"schemes": schemes, "year": today.year}
    )


@role_required(*MAKERS)
def scheme_create_view(request: CollectiveRequest) -> HttpResponse:
    form = VoucherSchemeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            scheme = scheme_create(
                actor=request.user, collective=request.collective, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("contracts:voucher_scheme", request.collective.slug, scheme.pk)
    return render(request, "contracts/vouchers/scheme_form.html", {"form": form})


@role_required(*MAKERS)
def scheme_view(request: CollectiveRequest, scheme_id: int) -> HttpResponse:
    """A scheme's figures, who has vouchers, finding a person to give vouchers to, and the
    code to redeem one."""
    scheme = get_object_or_404(VoucherScheme, pk=scheme_id)
    today = timezone.localdate()
    search = request.GET.get("q", "").strip()
    found = (
        person_list(search=search).order_by("family_name", "given_name")[:FOUND] if search else []
    )
    context = {
        "scheme": scheme,
        "figures": voucher_figures(scheme, today),
        "holders": voucher_holders(scheme, today.year),
        "search": search,
        "found": found,
        "code_form": VoucherCodeForm(),
    }
    return render(request, "contracts/vouchers/scheme.html", context)


@role_required(*MAKERS)
def person_view(request: CollectiveRequest, scheme_id: int, person_id: int) -> HttpResponse:
    """A person's vouchers of a scheme, to print and hand over, and giving more."""
    scheme = get_object_or_404(VoucherScheme, pk=scheme_id)
    person = get_object_or_404(Person, pk=person_id)
    today = timezone.localdate()
    give = VoucherGiveForm(request.POST or None, initial={"on": today, "count": 1})
    if request.method == "POST" and give.is_valid():
        try:
            given = vouchers_give(
                actor=request.user, scheme=scheme, person=person, **give.cleaned_data
            )
        except ValidationError as error:
            give.add_error(None, error)
        else:
            messages.success(
                request,
                ngettext(
                    "%(name)s kreeg %(count)d cheque. Print de cheques hieronder.",
                    "%(name)s kreeg %(count)d cheques. Print de cheques hieronder.",
                    len(given),
                )
                % {"name": person.full_name, "count": len(given)},
            )
            return redirect(request.path)
    given_this_year, _household = given_in_year(scheme, person, today.year)
    context = {
        "scheme": scheme,
        "person": person,
        "vouchers": vouchers_of(scheme, person),
        "left": max(0, scheme.per_person - given_this_year),
        "today": today,
        "give": give,
    }
    return render(request, "contracts/vouchers/person.html", context)


@role_required(*MAKERS)
def redeem_view(request: CollectiveRequest) -> HttpResponse:
    """Find a voucher by the code on it (?code=…), then choose the done help it pays for."""
    code_form = VoucherCodeForm(request.GET or None)
    voucher = None
    if code_form.is_valid():
        code = code_normal(code_form.cleaned_data["code"])
        voucher = (
            Voucher.objects.select_related("scheme", "person", "request").filter(code=code).first()
        )
        if voucher is None:
            code_form.add_error(
                "code", _("Er is geen cheque met de code %(code)s.") % {"code": code}
            )
    if voucher is None:
        return render(request, "contracts/vouchers/redeem.html", {"code_form": code_form})
    requests = redeemable_requests(voucher) if voucher.request_id is None else []
    form = VoucherRedeemForm(request.POST or None, requests=requests)
    if request.method == "POST" and form.is_valid():
        try:
            voucher_redeem(
                actor=request.user,
                voucher=voucher,
                request=form.cleaned_data["request"],
                on=timezone.localdate(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Cheque %(code)s is geïnd.") % {"code": voucher.code})
            return redirect("contracts:voucher_scheme", request.collective.slug, voucher.scheme_id)
    context = {
        "code_form": code_form,
        "voucher": voucher,
        "form": form,
        "requests": requests,
        "expired": voucher.expires_on < timezone.localdate(),
    }
    return render(request, "contracts/vouchers/redeem.html", context)
