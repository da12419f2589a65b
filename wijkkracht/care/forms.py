"""The circle's forms: the consent that starts it, a member, a task, time off, a note."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkkracht.care.models import CircleRole, ConsentBy, Member, Settings, TaskKind
from wijkkracht.care.services.circles import CIRCLE_CONSENT_TEXT
from wijkkracht.care.services.respite import DAY_PARTS
from wijkkracht.core.forms import DATE_WIDGET, TIME_WIDGET
from wijkkracht.help.models import Channel

CONSENT_CHANNELS = [
    (key, label) for key, label in Channel.choices if key in ("phone", "walk_in", "paper", "online")
]


class CircleForm(forms.Form):
    consent = forms.BooleanField(label=CIRCLE_CONSENT_TEXT, required=False)
    consent_by = forms.ChoiceField(
        label=_("Wie gaf toestemming?"),
        choices=ConsentBy.choices,
        widget=forms.RadioSelect,
        initial=ConsentBy.SELF,
    )
    representative = forms.CharField(
        label=_("Naam van de vertegenwoordiger"), max_length=200, required=False
    )
    consent_via = forms.ChoiceField(
        label=_("Hoe?"), choices=CONSENT_CHANNELS, widget=forms.RadioSelect, initial="phone"
    )
    birth_date = forms.DateField(
        label=_("Geboortedatum"),
        required=False,
        widget=DATE_WIDGET,
        help_text=_("Alleen voor wat de bewoner meeneemt naar een zorgverlener."),
    )


class MemberForm(forms.ModelForm):
    role = forms.ChoiceField(
        label=_("Rol in de cirkel"), choices=CircleRole.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = Member
        fields = [
            "role",
            "reads_notes",
            "hours_per_week",
            "cares_since",
            "appreciation_consent",
            "strain_consent",
        ]
        widgets = {
            "role": forms.RadioSelect(choices=CircleRole.choices),
            "cares_since": DATE_WIDGET,
        }
        help_texts = {
            "reads_notes": _("Alleen als de bewoner dat zelf wil."),
            "hours_per_week": _("Voor een mantelzorger: ongeveer hoeveel uur per week."),
            "appreciation_consent": _(
                "De mantelzorger vindt het goed dat de gemeente naam en adres krijgt voor de "
                "jaarlijkse waardering."
            ),
            "strain_consent": _(
                "Alleen de coördinator ziet de uitkomst, en belt als het zwaar is."
            ),
        }


class TaskForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Soort"),
        choices=[c for c in TaskKind.choices if c[0] != TaskKind.RESPITE],
        widget=forms.RadioSelect,
    )
    title = forms.CharField(
        label=_("Wat moet er gebeuren?"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld: naar de huisarts in Hoogeveen, om 10 uur."),
    )
    date = forms.DateField(label=_("Datum"), widget=DATE_WIDGET)
    start_time = forms.TimeField(label=_("Van"), widget=TIME_WIDGET)
    end_time = forms.TimeField(label=_("Tot"), widget=TIME_WIDGET)


class RespiteForm(forms.Form):
    first_day = forms.DateField(label=_("Eerste dag"), widget=DATE_WIDGET)
    last_day = forms.DateField(label=_("Laatste dag"), widget=DATE_WIDGET)
    parts = forms.MultipleChoiceField(
        label=_("Welke dagdelen?"),
        choices=[(key, label) for key, (_start, _end, label) in DAY_PARTS.items()],
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(
        label=_("Wat moet de invaller weten?"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Nieuwe notitie"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000
    )


class SettingsForm(forms.ModelForm):
    class Meta:
        model = Settings
        fields = ["strain_threshold"]
