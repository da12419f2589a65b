from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.forms import DATE_WIDGET, PersonForm, SheetUploadForm, autocomplete_set
from wijkkracht.core.models import ContactPreference, Person
from wijkkracht.core.postcode import normalise_postcode
from wijkkracht.core.services.people import PERSON_FIELDS
from wijkkracht.members.models import (
    Application,
    ConsentTopic,
    ConsentVia,
    EndReason,
    PaymentMethod,
    RateKind,
)

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


class ApplicationForm(forms.ModelForm):
    """Lid worden: who, where, how to reach them, housemates, and how they pay.

    The online form asks to agree to the mandate text; the paper form (typed in by the
    coordinator) asks for the date it was signed instead.
    """

    housemates = forms.CharField(
        label=_("Huisgenoten die ook lid worden"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Eén naam per regel, bijvoorbeeld: Jan van der Berg. Zij wonen op hetzelfde adres."
        ),
    )
    pay_by = forms.ChoiceField(
        label=_("Hoe betaalt u de contributie?"),
        choices=[
            ("debit", _("Automatisch, elk jaar van mijn rekening")),
            ("transfer", _("Zelf overmaken of contant betalen")),
        ],
        widget=forms.RadioSelect,
        initial="debit",
    )
    iban = forms.CharField(
        label=_("IBAN"),
        max_length=42,
        required=False,
    )
    account_holder = forms.CharField(
        label=_("Naam rekeninghouder"),
        max_length=70,
        required=False,
        help_text=_("Leeg laten als de rekening op uw eigen naam staat."),
    )
    reference_token = forms.CharField(widget=forms.HiddenInput)
    contact_preference = forms.ChoiceField(
        label=_("Liefst bereikbaar via"),
        choices=ContactPreference.choices,
        initial=ContactPreference.PHONE,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Application
        fields = PERSON_FIELDS
        help_texts = {
            "email": _("Dan sturen wij een bevestiging. Geen e-mail? Dat is niet erg."),
            "postcode": _("Bijvoorbeeld 7915 AB."),
        }

    def __init__(self, *args: Any, on_paper: bool, with_debit: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.with_debit = with_debit
        self.fields["phone"].help_text = _("Vul een telefoonnummer of een e-mailadres in.")
        self.fields["iban"].help_text = _("Nodig als u automatisch betaalt.")
        if on_paper:
            self.fields["signed_on"] = forms.DateField(
                label=_("Getekend op"),
                widget=DATE_WIDGET,
                required=False,
                help_text=_("De datum bij de handtekening op het formulier."),
            )
        else:
            self.fields["agree"] = forms.BooleanField(
                label=_("Ik geef toestemming voor deze machtiging."), required=False
            )
        if not with_debit:
            for name in ("pay_by", "iban", "account_holder", "signed_on", "agree"):
                self.fields.pop(name, None)
        autocomplete_set(self)

    def clean_postcode(self) -> str:
        return normalise_postcode(self.cleaned_data["postcode"])

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.with_debit and data.get("pay_by") == "debit":
            if not data.get("iban"):
                self.add_error("iban", _("Vul uw IBAN in, of kies zelf overmaken."))
            if "agree" in self.fields and not data.get("agree"):
                self.add_error("agree", _("Zet een vinkje als u akkoord gaat met de machtiging."))
            if "signed_on" in self.fields and not data.get("signed_on"):
                self.add_error("signed_on", _("Vul de datum bij de handtekening in."))
        if not data.get("phone") and not data.get("email"):
            self.add_error("phone", _("Vul een telefoonnummer of e-mailadres in."))
        return data

    def _post_clean(self) -> None:
        # The service normalises and validates the application, like the person form.
        pass

    @property
    def debits(self) -> bool:
        return self.with_debit and self.cleaned_data.get("pay_by") == "debit"


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom niet?"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("De aanvrager krijgt dit te lezen."),
    )
