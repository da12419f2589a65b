"""The governance forms: a version of a document with its parameters, a meeting, an agenda
item, a proxy recorded after a phone call, and a count of votes."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.forms import DATE_WIDGET, TIME_WIDGET
from wijkkracht.core.models import Person
from wijkkracht.governance.models import Choice, DocumentKind, Meeting, ProxyVia, RulesVersion

PARAMETERS = [
    "notarial_date",
    "proxies_allowed",
    "max_proxies",
    "remote_allowed",
    "early_vote_days",
    "convocation_days",
    "statutes_change_days",
    "inspection_days",
    "quorum_ordinary",
    "majority_ordinary",
    "rule_ordinary",
    "quorum_statutes",
    "majority_statutes",
    "rule_statutes",
    "quorum_dissolution",
    "majority_dissolution",
    "rule_dissolution",
    "second_meeting_after",
    "second_meeting_within",
    "request_share",
]


class RulesForm(forms.ModelForm):
    """The text and date; for the statuten also the parameters the meetings follow."""

    class Meta:
        model = RulesVersion
        fields = ["text", "adopted_on", *PARAMETERS]
        widgets = {
            "adopted_on": DATE_WIDGET,
            "notarial_date": DATE_WIDGET,
            "text": forms.Textarea(attrs={"rows": 12}),
        }
        labels = {
            "rule_ordinary": _("gewoon besluit: het deel zelf telt mee"),
            "rule_statutes": _("statutenwijziging: het deel zelf telt mee"),
            "rule_dissolution": _("ontbinding: het deel zelf telt mee"),
        }
        help_texts = {
            "quorum_ordinary": _('Hoeveel leden er moeten zijn, als deel: "1/2". Leeg: geen.'),
            "majority_statutes": _('Van de uitgebrachte stemmen, als deel: "2/3".'),
        }

    def __init__(self, *args: Any, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kind != DocumentKind.STATUTES:
            for name in PARAMETERS:
                del self.fields[name]


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("Naam"), max_length=120, initial=_("Algemene ledenvergadering"))
    date = forms.DateField(label=_("Datum"), widget=DATE_WIDGET)
    time = forms.TimeField(label=_("Begint om"), widget=TIME_WIDGET)
    place = forms.CharField(label=_("Plek"), max_length=200)


class ItemForm(forms.Form):
    title = forms.CharField(label=_("Onderwerp"), max_length=200)
    proposal = forms.CharField(
        label=_("Voorstel"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Wat de vergadering besluit als het wordt aangenomen."),
    )
    decision_type = forms.ChoiceField(
        label=_("Stemmen we erover?"),
        choices=[
            ("", _("nee, alleen bespreken")),
            ("ordinary", _("ja, een gewoon besluit")),
            ("statutes", _("ja, een statutenwijziging")),
            ("dissolution", _("ja, ontbinding")),
        ],
        required=False,
        widget=forms.RadioSelect,
    )
    minutes_of: forms.ModelChoiceField[Meeting] = forms.ModelChoiceField(
        label=_("Stelt dit punt de notulen vast van een eerdere vergadering?"),
        queryset=None,
        required=False,
    )
    secret = forms.BooleanField(
        label=_("Geheime stemming"),
        required=False,
        help_text=_(
            "Bijvoorbeeld over personen. Ieder lid stemt één keer, online of met een briefje "
            "met een code; niemand kan zien wie wat stemde."
        ),
    )
    accounts_year = forms.IntegerField(
        label=_("Gaat het om de jaarrekening? Over welk jaar?"),
        required=False,
        min_value=2000,
        max_value=2100,
        help_text=_("Dan houden we de termijnen voor de KvK bij."),
    )

    def __init__(self, *args: Any, meeting: Meeting, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        earlier = Meeting.objects.filter(starts_at__lt=meeting.starts_at)
        self.fields["minutes_of"].queryset = earlier  # type: ignore[attr-defined]


class ProxyForm(forms.Form):
    giver = forms.IntegerField(
        label=_("Lidnummer van wie niet kan komen"),
        min_value=1,
        help_text=_("Zie het ledenregister."),
    )
    holder = forms.IntegerField(label=_("Lidnummer van wie voor hem of haar stemt"), min_value=1)
    via = forms.ChoiceField(
        label=_("Hoe is de volmacht gegeven?"), choices=ProxyVia.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Aantekening"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld: gebeld op 3 maart, brief ligt in de map."),
    )


class TallyForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Hoe is gestemd?"),
        choices=[("paper", _("op papier")), ("hands", _("handopsteken"))],
        widget=forms.RadioSelect,
    )
    votes_for = forms.IntegerField(label=_("Voor"), min_value=0)
    votes_against = forms.IntegerField(label=_("Tegen"), min_value=0)
    abstentions = forms.IntegerField(label=_("Onthouding"), min_value=0, initial=0)


class CheckinForm(forms.Form):
    code = forms.CharField(
        label=_("Code van de uitnodiging"),
        max_length=20,
        help_text=_("Tien letters en cijfers, bijvoorbeeld ABCD-EFGH-JK."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class SlipForm(forms.Form):
    code = forms.CharField(
        label=_("Code op het briefje"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    choice = forms.ChoiceField(
        label=_("Wat is aangekruist?"), choices=Choice.choices, widget=forms.RadioSelect
    )


class AccountsImportForm(forms.Form):
    file = forms.FileField(
        label=_("Het bestand van de penningmeester"),
        help_text=_(
            "Een .xlsx of .csv met de kolommen onderdeel, post, bedrag en vorig jaar. Onderdeel "
            "is baten, lasten, bezittingen of schulden en eigen vermogen."
        ),
    )


class AccountsCheckForm(forms.Form):
    number = forms.IntegerField(label=_("Lidnummer van het lid van de kascommissie"), min_value=1)
    approved = forms.TypedChoiceField(
        label=_("Klopt de jaarrekening?"),
        choices=[("1", _("ja, akkoord")), ("0", _("nee, niet akkoord"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    remark = forms.CharField(
        label=_("Opmerking"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    signed_on = forms.DateField(label=_("Getekend op"), widget=DATE_WIDGET)


class FollowUpForm(forms.Form):
    text = forms.CharField(label=_("Wat moet er gebeuren?"), max_length=300)
    owner: forms.ModelChoiceField[Person] = forms.ModelChoiceField(
        label=_("Wie doet het?"), queryset=None, required=False
    )
    due_on = forms.DateField(label=_("Klaar op"), required=False, widget=DATE_WIDGET)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        board = Person.objects.filter(roles__name__in=["board", "coordinator"]).distinct()
        self.fields["owner"].queryset = board.order_by("family_name")  # type: ignore[attr-defined]
