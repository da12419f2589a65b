"""The forms of the service vouchers: a scheme, giving vouchers, finding one by its code and
redeeming it against a done request."""

from typing import Any

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wijkkracht.contracts.models import VoucherScheme
from wijkkracht.contracts.services.vouchers import MOST_AT_ONCE
from wijkkracht.core.forms import DATE_WIDGET
from wijkkracht.help.models import HelpRequest


class VoucherSchemeForm(forms.ModelForm):
    class Meta:
        model = VoucherScheme
        fields = [
            "name",
            "funder",
            "funder_kind",
            "face_value",
            "per_person",
            "per_household",
            "valid_months",
        ]
        labels = {
            "name": _("Naam van de regeling"),
            "funder": _("Wie betaalt de cheques"),
            "funder_kind": _("Wat voor geldgever is dat"),
            "face_value": _("Waarde van één cheque (één uur hulp), in euro"),
            "per_person": _("Ten hoogste per persoon per jaar"),
            "per_household": _("Ten hoogste per huishouden per jaar"),
            "valid_months": _("Hoeveel maanden geldig"),
        }
        help_texts = {
            "name": _("Bijvoorbeeld: Dienstencheques Hoogeveen 2027."),
            "funder": _("Bijvoorbeeld: Gemeente Hoogeveen."),
            "face_value": _("Bijvoorbeeld 15,00."),
        }
        localized_fields = ["face_value"]


class VoucherGiveForm(forms.Form):
    count = forms.IntegerField(label=_("Hoeveel cheques"), min_value=1, max_value=MOST_AT_ONCE)
    on = forms.DateField(label=_("Gegeven op"), widget=DATE_WIDGET)


class VoucherCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code op de cheque"), max_length=20, help_text=_("Bijvoorbeeld DC-7KQ2-M9XA.")
    )


class _HelpChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: HelpRequest) -> str:
        return _("%(what)s op %(date)s") % {
            "what": obj.get_category_display(),
            "date": date_format(obj.date),
        }


class VoucherRedeemForm(forms.Form):
    request = _HelpChoice(
        label=_("Voor welke hulp"), queryset=HelpRequest.objects.none(), widget=forms.RadioSelect
    )

    def __init__(self, *args: Any, requests: list[HelpRequest], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["request"].queryset = HelpRequest.objects.filter(  # type: ignore[attr-defined]
            pk__in=[r.pk for r in requests]
        )
