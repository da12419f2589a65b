from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.forms import DATE_WIDGET, PersonForm, SheetUploadForm
from wijkkracht.core.models import Person
from wijkkracht.members.models import ConsentTopic, ConsentVia, EndReason, PaymentMethod, RateKind

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

MY_DATA_FIELDS = (
    "email",
    "phone",
    "street",
    "house_number",
    "house_number_addition",
    "postcode",
    "city",
    "contact_preference",
)


def money(label: "_StrOrPromise") -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        min_value=Decimal("0.00"),
        max_digits=9,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "wk-input-short"}),
        help_text=_("In euro's, bijv. 7,50."),
    )


class MemberForm(PersonForm):
    """A new member: the person's details and the membership in one form."""

    since = forms.DateField(label=_("Lid sinds"), widget=DATE_WIDGET, initial=timezone.localdate)
    rate = forms.ChoiceField(
        label=_("Tarief"),
        choices=RateKind.choices,
        initial=RateKind.STANDARD,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, with_roles=False, **kwargs)
        for name in ("street", "house_number", "postcode", "city"):
            self.fields[name].required = True


class MemberEndForm(forms.Form):
    until = forms.DateField(
        label=_("Lid tot en met"), widget=DATE_WIDGET, initial=timezone.localdate
    )
    reason = forms.ChoiceField(
        label=_("Reden"), choices=EndReason.choices, widget=forms.RadioSelect
    )


class RateForm(forms.Form):
    rate = forms.ChoiceField(label=_("Tarief"), choices=RateKind.choices, widget=forms.RadioSelect)


class MandateForm(forms.Form):
    iban = forms.CharField(
        label=_("IBAN"), max_length=42, help_text=_("Bijvoorbeeld NL91 ABNA 0417 1643 00.")
    )
    account_holder = forms.CharField(label=_("Naam rekeninghouder"), max_length=70)
    signed_on = forms.DateField(label=_("Getekend op"), widget=DATE_WIDGET)


class ConsentForm(forms.Form):
    topic = forms.ChoiceField(choices=ConsentTopic.choices)
    action = forms.ChoiceField(choices=[("give", "give"), ("withdraw", "withdraw")])
    via = forms.ChoiceField(choices=ConsentVia.choices, required=False)


class UploadForm(SheetUploadForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].label = _("Ledenlijst")
        self.fields["file"].help_text = _("Een Excel-bestand (.xlsx) of een CSV-bestand (.csv).")


class RuleForm(forms.Form):
    first_amount = money(_("Eerste lid op een adres"))
    further_amount = money(_("Elk volgend lid op hetzelfde adres"))
    reduced_amount = money(_("Verlaagd tarief"))


class PaymentForm(forms.Form):
    amount = money(_("Bedrag"))
    method = forms.ChoiceField(
        label=_("Betaald via"),
        choices=[
            (PaymentMethod.TRANSFER, PaymentMethod.TRANSFER.label),
            (PaymentMethod.CASH, PaymentMethod.CASH.label),
        ],
        widget=forms.RadioSelect,
    )
    paid_on = forms.DateField(label=_("Betaald op"), widget=DATE_WIDGET, initial=timezone.localdate)


class ReverseForm(forms.Form):
    reversed_on = forms.DateField(
        label=_("Teruggeboekt op"), widget=DATE_WIDGET, initial=timezone.localdate
    )


class DebitRunForm(forms.Form):
    collection_date = forms.DateField(
        label=_("Incassodatum"),
        widget=DATE_WIDGET,
        help_text=_("De dag waarop de bank het geld afschrijft. Minstens morgen."),
    )


class CreditorForm(forms.Form):
    name = forms.CharField(label=_("Naam op het afschrift van de leden"), max_length=70)
    iban = forms.CharField(label=_("IBAN van de coöperatie"), max_length=42)
    creditor_id = forms.CharField(
        label=_("Incassant-ID"),
        max_length=35,
        help_text=_("Dit nummer staat in de incassocontract-brief van uw bank. Bijv. NL12ZZZ…"),
    )


class MyDataForm(forms.ModelForm):
    """What a member may change about themselves; names and roles go through the coordinator."""

    class Meta:
        model = Person
        fields = MY_DATA_FIELDS
        widgets = {"contact_preference": forms.RadioSelect}

    def _post_clean(self) -> None:
        pass  # the service normalises and validates, as for PersonForm
